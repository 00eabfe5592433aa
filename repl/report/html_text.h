#pragma once
// Text for the report's HTML: escaping of anything read from the database, number formats.
#include <string>
#include <string_view>

namespace rollcall::repl {

// `text` with &, <, >, " and ' replaced by character references: safe in element content and in
// quoted attribute values alike.
std::string escapeHtml(std::string_view text);

// 1234567 -> "1,234,567": headline figures are read by people.
std::string groupedNumber(long long n);

// Three significant digits, so that small rates do not show as 0: 0.4567 -> "45.7%",
// 0.0001 -> "0.01%".
std::string percent(double fraction);

// A number short enough for an axis tick: 12, 2.5, 1.2k, 3.4M.
std::string shortNumber(double n);

}  // namespace rollcall::repl
