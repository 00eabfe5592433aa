#pragma once
// Assembles the report page: a title, what it covers, then one <section> per chart, table or
// group of figures, each followed by the Cypher it came from in a collapsed <details>.
#include <string>
#include <vector>

#include "repl/report/report_queries.h"

namespace rollcall::repl {

struct ReportSection {
  std::string id;     // the section's anchor, e.g. "top-students"
  std::string title;  // plain text, escaped when written
  std::string note;   // one plain-text sentence under the title: what is shown, what is left out
  std::string body;   // HTML: a chart, a table or figures
  std::vector<const ReportQuery*> queries;
};

struct PageHeading {
  std::string title;  // plain text
  std::string scope;  // plain text: the database and the filters
};

std::string reportPage(const PageHeading& heading, const std::vector<ReportSection>& sections);

// <details><summary>Query: NAME.cypher</summary><pre>TEXT</pre></details>
std::string queryDetails(const ReportQuery& query);

}  // namespace rollcall::repl
