#include "repl/report/html_page.h"

#include "repl/report/html_text.h"
#include "repl/report/page_assets.h"

namespace rollcall::repl {
namespace {

std::string sectionHtml(const ReportSection& section) {
  std::string html =
      "<section id=\"" + escapeHtml(section.id) + "\"><h2>" + escapeHtml(section.title) + "</h2>";
  if (!section.note.empty()) html += "<p class=\"note\">" + escapeHtml(section.note) + "</p>";
  html += section.body;
  for (const ReportQuery* query : section.queries) html += queryDetails(*query);
  return html + "</section>\n";
}

}  // namespace

std::string queryDetails(const ReportQuery& query) {
  return "<details><summary>Query: queries/report/" + escapeHtml(query.name) +
         ".cypher</summary><pre data-query=\"" + escapeHtml(query.name) + "\">" +
         escapeHtml(query.text) + "</pre></details>";
}

std::string reportPage(const PageHeading& heading, const std::vector<ReportSection>& sections) {
  std::string html =
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" +
      escapeHtml(heading.title) + "</title><style>" + std::string(pageStyle()) +
      "</style></head>\n<body data-status=\"loading\"><h1>" + escapeHtml(heading.title) +
      "</h1><p class=\"scope\">" + escapeHtml(heading.scope) +
      "</p><ul id=\"script-errors\"></ul>\n";
  for (const ReportSection& section : sections) html += sectionHtml(section);
  return html + "<script>" + std::string(errorRecorderScript()) + "</script><script>" +
         std::string(pageScript()) + "</script></body></html>\n";
}

}  // namespace rollcall::repl
