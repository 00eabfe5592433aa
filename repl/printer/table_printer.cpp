#include "repl/printer/table_printer.h"

#include <algorithm>
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

}  // namespace

size_t displayWidth(std::string_view text) {
  // Continuation bytes (10xxxxxx) do not start a code point.
  return size_t(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

void printTextTable(const std::vector<std::string>& header,
                    const std::vector<std::vector<std::string>>& rows,
                    const std::vector<bool>& rightAligned, std::ostream& out) {
  std::vector<size_t> widths;
  for (const std::string& h : header) widths.push_back(displayWidth(h));
  for (const auto& row : rows) {
    for (size_t i = 0; i < row.size() && i < widths.size(); ++i)
      widths[i] = std::max(widths[i], displayWidth(row[i]));
  }
  std::string separator = rule(widths);
  out << separator << '\n' << rowLine(header, widths, {}) << '\n' << separator << '\n';
  for (const auto& row : rows) out << rowLine(row, widths, rightAligned) << '\n';
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
    printTextTable(header, rows, numericColumns(result), out);
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
