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

// A table of already rendered cells; `rightAligned[i]` right-aligns column i. With `maxWidth`,
// cells are cut as TableOptions says.
void printTextTable(const std::vector<std::string>& header,
                    const std::vector<std::vector<std::string>>& rows,
                    const std::vector<bool>& rightAligned, std::ostream& out,
                    std::optional<size_t> maxWidth = std::nullopt);

// What the shell adds to a table: the statement's time after the row count ("3 rows (1.2 ms)"),
// a cap on the rows shown ("... 9,000 more rows" before the count of all of them), and the
// terminal's width: the widest columns are narrowed until the table fits, their longer cells
// cut with "…" (no column narrower than MIN_CUT_WIDTH, so a table of very many columns may still
// be wider).
struct TableOptions {
  std::optional<double> elapsedMs;
  std::optional<size_t> maxRows;
  std::optional<size_t> maxWidth;
};
inline constexpr size_t MIN_CUT_WIDTH = 8;

// `text` cut to at most `width` display columns, its last one "…" when something was cut.
std::string cutToWidth(const std::string& text, size_t width);

void printTable(const QueryResult& result, std::ostream& out, const TableOptions& options = {});

}  // namespace rollcall::repl
