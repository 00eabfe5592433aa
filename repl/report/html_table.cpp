#include "repl/report/html_table.h"

#include "engine/common/value_ops.h"
#include "repl/report/html_text.h"

namespace rollcall::repl {
namespace {

std::string cell(const Value& value) {
  if (value.isNull()) return "<td></td>";
  std::string text = escapeHtml(toDisplayString(value));
  return value.isNumber() ? "<td class=\"num\">" + text + "</td>" : "<td>" + text + "</td>";
}

}  // namespace

std::string sortableTable(const QueryResult& result, std::string_view name) {
  std::string html = "<div class=\"table-wrap\"><table class=\"sortable\" data-table=\"" +
                     escapeHtml(name) + "\"><thead><tr>";
  for (const std::string& column : result.columns) {
    html += "<th scope=\"col\">" + escapeHtml(column) + "</th>";
  }
  html += "</tr></thead><tbody>";
  for (const auto& row : result.rows) {
    html += "<tr>";
    for (const Value& value : row) html += cell(value);
    html += "</tr>";
  }
  html += "</tbody></table></div>";
  if (result.rows.empty()) html += "<p class=\"empty\">No rows in scope.</p>";
  return html;
}

}  // namespace rollcall::repl
