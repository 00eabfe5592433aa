#pragma once
// The default output: an aligned +---+ table, then "N rows" and, for a statement that changed
// the graph, a summary such as "Created 2 nodes, set 4 properties". Strings are bare at the top
// level, numbers right-aligned, and line breaks inside cells shown as \n so rows stay one line.
// A statement with no columns prints only its summary, or "(no changes, no records)".
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "engine/main/query_result.h"

namespace rollcall::repl {

// Width in terminal columns, counting each UTF-8 code point as one.
size_t displayWidth(std::string_view text);

// A table of already rendered cells; `rightAligned[i]` right-aligns column i.
void printTextTable(const std::vector<std::string>& header,
                    const std::vector<std::vector<std::string>>& rows,
                    const std::vector<bool>& rightAligned, std::ostream& out);

void printTable(const QueryResult& result, std::ostream& out);

}  // namespace rollcall::repl
