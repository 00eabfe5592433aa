#pragma once
// `--format json`: one line per statement,
//   {"columns":[...],"rows":[[...],...],"stats":{"nodes_created":0,...}}
// plus "plan" when the statement was EXPLAIN or PROFILE, and "notifications" (code, message,
// offset in the statement) when it named a label, type or property key that does not exist. Values: null, booleans, integers
// without a decimal point, floats always with a decimal point or exponent (NaN, Infinity and
// -Infinity as those bare tokens, which Python's json module and the TCK runner read), strings,
// lists, maps; temporal values as {"~date":"2024-05-01"} and the other tags of temporal_json.h;
// {"~node":{"id","labels","properties"}};
// {"~rel":{"id","type","start","end","properties"}}; {"~path":[node,rel,node,...]} where each
// relationship also carries "direction": "->" when it starts at the node before it, else "<-".
#include <ostream>
#include <string>

#include "engine/common/value.h"
#include "engine/main/query_result.h"

namespace rollcall::repl {

void appendJsonValue(const Value& value, std::string& out);
void appendJsonString(std::string_view text, std::string& out);
// The statement's line, without the trailing newline.
std::string jsonResultLine(const QueryResult& result);
void printJson(const QueryResult& result, std::ostream& out);

}  // namespace rollcall::repl
