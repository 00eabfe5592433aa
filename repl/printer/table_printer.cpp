#include "repl/printer/table_printer.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "engine/common/value_ops.h"
#include "repl/printer/result_printer.h"

namespace rollcall::repl {
namespace {

std::string escapeBreaks(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\n')
      out += "\\n";
    else if (c == '\r')
      out += "\\r";
    else if (c == '\t')
      out += "\\t";
    else
      out += c;
  }
  return out;
}

std::string cellText(const Value& v) { return escapeBreaks(toDisplayString(v)); }

std::string rule(const std::vector<size_t>& widths) {
  std::string line = "+";
  for (size_t w : widths) line += std::string(w + 2, '-') + "+";
  return line;
}

std::string rowLine(const std::vector<std::string>& cells, const std::vector<size_t>& widths,
                    const std::vector<bool>& rightAligned) {
  std::string line = "|";
  for (size_t i = 0; i < widths.size(); ++i) {
    const std::string& cell = i < cells.size() ? cells[i] : std::string();
    std::string pad(widths[i] - displayWidth(cell), ' ');
    bool right = i < rightAligned.size() && rightAligned[i];
    line += " " + (right ? pad + cell : cell + pad) + " |";
  }
  return line;
}

std::string rowCount(size_t n) { return std::to_string(n) + (n == 1 ? " row" : " rows"); }

// A column is right-aligned when every non-null value in it is a number.
std::vector<bool> numericColumns(const QueryResult& result) {
  std::vector<bool> numeric(result.columns.size(), !result.rows.empty());
  for (const auto& row : result.rows) {
    for (size_t i = 0; i < row.size() && i < numeric.size(); ++i) {
      if (!row[i].isNull() && !row[i].isNumber()) numeric[i] = false;
    }
  }
  return numeric;
}

// 9000 as "9,000".
std::string withThousands(size_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string elapsedText(double ms) {
  char buf[32];
  std::snprintf(buf, sizeof buf, ms < 10 ? " (%.1f ms)" : " (%.0f ms)", ms);
  return buf;
}

// The widest a column may be for the table to fit in `maxWidth`: the largest cap whose capped
// widths, with the borders and padding (3 per column and 1), still fit; never under
// MIN_CUT_WIDTH. Columns already narrower keep their width.
size_t columnCap(const std::vector<size_t>& widths, size_t maxWidth) {
  size_t frame = 3 * widths.size() + 1;
  size_t widest = widths.empty() ? 0 : *std::max_element(widths.begin(), widths.end());
  auto total = [&](size_t cap) {
    size_t sum = frame;
    for (size_t w : widths) sum += std::min(w, cap);
    return sum;
  };
  if (total(widest) <= maxWidth) return widest;
  size_t low = MIN_CUT_WIDTH, high = widest;  // total(high) is too wide
  if (total(low) > maxWidth) return low;
  while (high - low > 1) {
    size_t mid = low + (high - low) / 2;
    (total(mid) <= maxWidth ? low : high) = mid;
  }
  return low;
}

}  // namespace

std::string cutToWidth(const std::string& text, size_t width) {
  if (displayWidth(text) <= width) return text;
  if (width == 0) return "";
  std::string out;
  size_t kept = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    bool starts = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    if (starts && kept++ == width - 1) break;
    out += text[i];
  }
  return out + "\xE2\x80\xA6";  // U+2026, one display column
}

size_t displayWidth(std::string_view text) {
  // Continuation bytes (10xxxxxx) do not start a code point.
  return size_t(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

void printTextTable(const std::vector<std::string>& header,
                    const std::vector<std::vector<std::string>>& rows,
                    const std::vector<bool>& rightAligned, std::ostream& out,
                    std::optional<size_t> maxWidth) {
  std::vector<size_t> widths;
  for (const std::string& h : header) widths.push_back(displayWidth(h));
  for (const auto& row : rows) {
    for (size_t i = 0; i < row.size() && i < widths.size(); ++i)
      widths[i] = std::max(widths[i], displayWidth(row[i]));
  }
  size_t cap = maxWidth ? columnCap(widths, *maxWidth) : SIZE_MAX;
  for (size_t& w : widths) w = std::min(w, cap);
  auto line = [&](const std::vector<std::string>& cells, const std::vector<bool>& right) {
    if (cap == SIZE_MAX) return rowLine(cells, widths, right);
    std::vector<std::string> cut;
    for (const std::string& cell : cells) cut.push_back(cutToWidth(cell, cap));
    return rowLine(cut, widths, right);
  };
  std::string separator = rule(widths);
  out << separator << '\n' << line(header, {}) << '\n' << separator << '\n';
  for (const auto& row : rows) out << line(row, rightAligned) << '\n';
  if (!rows.empty()) out << separator << '\n';
}

void printTable(const QueryResult& result, std::ostream& out, const TableOptions& options) {
  if (!result.plan.empty()) out << result.plan << (result.plan.back() == '\n' ? "" : "\n");
  std::string summary = statsSummary(result.stats);
  std::string elapsed = options.elapsedMs ? elapsedText(*options.elapsedMs) : "";
  if (!result.columns.empty()) {
    std::vector<std::string> header;
    for (const std::string& c : result.columns) header.push_back(escapeBreaks(c));
    size_t shown = std::min(result.rows.size(), options.maxRows.value_or(result.rows.size()));
    std::vector<std::vector<std::string>> rows;
    for (size_t r = 0; r < shown; ++r) {
      rows.emplace_back();
      for (const Value& v : result.rows[r]) rows.back().push_back(cellText(v));
    }
    printTextTable(header, rows, numericColumns(result), out, options.maxWidth);
    if (shown < result.rows.size()) {
      size_t more = result.rows.size() - shown;
      out << "... " << withThousands(more) << (more == 1 ? " more row" : " more rows") << '\n';
    }
    out << rowCount(result.rows.size()) << elapsed << '\n';
  } else if (summary.empty() && result.plan.empty()) {
    out << "(no changes, no records)" << elapsed << "\n";
    elapsed.clear();
  }
  if (!summary.empty()) out << summary << (result.columns.empty() ? elapsed : "") << '\n';
}

}  // namespace rollcall::repl
