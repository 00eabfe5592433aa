#pragma once
// Query parameters given on the command line (`--param NAME=JSON`) and in the shell.
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/common/value.h"
#include "engine/main/database.h"

namespace rollcall::repl {

// A malformed parameter: the command line reports it as a usage error (exit status 2).
class ParamError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// JSON to Value: integers become INT, other numbers FLOAT, objects MAP, {"~date":"2024-05-01"}
// a DATE and {"~float":"NaN"} (or "Infinity", "-Infinity") a FLOAT. The bare tokens NaN,
// Infinity and -Infinity are accepted too, as Python's json module writes them.
Value valueFromJson(std::string_view json);

// "NAME=JSON", split at the first '='.
std::pair<std::string, Value> parseParamAssignment(std::string_view assignment);
Parameters parseParamAssignments(const std::vector<std::string>& assignments);

}  // namespace rollcall::repl
