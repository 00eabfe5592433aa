#include "repl/printer/csv_printer.h"

#include <vector>

#include "engine/common/value_ops.h"

namespace rollcall::repl {
namespace {

std::string csvCell(const Value& v) {
  if (v.isNull()) return "";
  if (v.kind() == Value::Kind::STRING && v.asString().empty()) return "\"\"";
  if (v.kind() == Value::Kind::STRING) return csvField(v.asString());
  return csvField(toDisplayString(v));
}

template <typename T, typename Render>
void printLine(const std::vector<T>& items, Render render, std::ostream& out) {
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out << ',';
    out << render(items[i]);
  }
  out << '\n';
}

}  // namespace

std::string csvField(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

void printCsv(const QueryResult& result, std::ostream& out) {
  if (result.columns.empty()) return;
  printLine(
      result.columns, [](const std::string& c) { return csvField(c); }, out);
  for (const auto& row : result.rows) printLine(row, csvCell, out);
}

}  // namespace rollcall::repl
