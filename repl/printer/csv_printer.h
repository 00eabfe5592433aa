#pragma once
// `--format csv`: per statement a header line and one line per row, RFC 4180 quoting (a field
// holding , " CR or LF is quoted, quotes doubled), lines ended by "\n". A null is an empty field
// and an empty string is "" so the two stay apart; strings are bare, other values rendered by
// toDisplayString. A statement without columns prints nothing.
#include <ostream>
#include <string>
#include <string_view>

#include "engine/main/query_result.h"

namespace rollcall::repl {

std::string csvField(std::string_view text);
void printCsv(const QueryResult& result, std::ostream& out);

}  // namespace rollcall::repl
