#pragma once
// The report's content: each section runs its queries of queries/report/ on the database and
// turns the answers into figures, a chart or a table.
#include <string>
#include <string_view>
#include <vector>

#include "repl/report/html_page.h"
#include "repl/report/report_queries.h"

namespace rollcall::repl {

// Every section, in page order.
std::vector<ReportSection> reportSections(Database& db, const ReportScope& scope);

class Answer;

// The sections of each kind (report_headline.cpp, report_charts.cpp, report_tables.cpp). The
// headline's answers are given to the charts too: the histogram's 0 bar is its never_attended.
ReportSection headlineSection(const Answer& sessions, const Answer& students);
std::vector<ReportSection> chartSections(Database& db, const Parameters& params,
                                         const Answer& headlineStudents);
std::vector<ReportSection> tableSections(Database& db, const ReportScope& scope,
                                         const Parameters& params);

// A query's answer with its columns found by name, so a section reads "attendance" rather than
// column 2 (and a query file that loses a column fails loudly, as a bug).
class Answer {
 public:
  Answer(Database& db, std::string_view queryName, const Parameters& params);
  const ReportQuery& query() const { return *query_; }
  const QueryResult& result() const { return result_; }
  size_t rows() const { return result_.rows.size(); }
  const Value& at(size_t row, std::string_view column) const;
  double number(size_t row, std::string_view column) const;
  std::string text(size_t row, std::string_view column) const;

 private:
  const ReportQuery* query_;
  QueryResult result_;
};

}  // namespace rollcall::repl
