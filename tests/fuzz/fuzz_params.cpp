// The `--param NAME=JSON` reader of `rollcall run/query/shell` (repl/params.cpp), whole
// assignments as the command line passes them. A ParamError is the expected answer to bad input
// (the command line turns it into a usage message); anything else escaping, or a sanitizer
// report, is a bug. Each value is also rendered for display, as the shell shows values.
#include <cstdint>
#include <string>

#include "engine/common/value_ops.h"
#include "repl/params.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string assignment(reinterpret_cast<const char*>(data), size);
  try {
    auto [name, value] = rollcall::repl::parseParamAssignment(assignment);
    rollcall::toDisplayString(value);
  } catch (const rollcall::repl::ParamError&) {
  }
  return 0;
}
