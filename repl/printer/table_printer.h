#pragma once
// The default output: an aligned +---+ table, then "N rows" and, for a statement that changed
// the graph, a summary such as "Created 2 nodes, set 4 properties". Strings are bare at the top
// level, numbers right-aligned, and line breaks inside cells shown as \n so rows stay one line.
// A statement with no columns prints only its summary, or "(no changes, no records)".
#include <optional>
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

// What the shell adds to a table: the statement's time after the row count ("3 rows (1.2 ms)"),
// and a cap on the rows shown ("... 9,000 more rows" before the count of all of them).
struct TableOptions {
  std::optional<double> elapsedMs;
  std::optional<size_t> maxRows;
};

void printTable(const QueryResult& result, std::ostream& out, const TableOptions& options = {});

}  // namespace rollcall::repl
