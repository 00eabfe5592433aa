#pragma once
// The report page's inline style sheet and scripts: the page loads nothing from anywhere else.
#include <string_view>

namespace rollcall::repl {

// Screen and print styles.
std::string_view pageStyle();

// Runs first: records any script error into the page (#script-errors) so a headless browser's
// DOM dump shows it, and marks the page's status "error".
std::string_view errorRecorderScript();

// Makes every table.sortable sortable by a click (or Enter) on a column header, then sets
// document.body.dataset.status to "ok" when no error was recorded.
std::string_view pageScript();

}  // namespace rollcall::repl
