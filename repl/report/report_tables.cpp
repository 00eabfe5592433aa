// The table sections: students at risk, top students, the sessions with the lowest attendance.
#include "repl/report/html_table.h"
#include "repl/report/html_text.h"
#include "repl/report/report_sections.h"

namespace rollcall::repl {
namespace {

ReportSection table(Database& db, const Parameters& params, std::string_view query, std::string id,
                    std::string title, std::string note) {
  Answer a(db, query, params);
  std::string body = sortableTable(a.result(), id);
  return {std::move(id), std::move(title), std::move(note), std::move(body), {&a.query()}};
}

}  // namespace

std::vector<ReportSection> tableSections(Database& db, const ReportScope& scope,
                                         const Parameters& params) {
  std::vector<ReportSection> sections;
  sections.push_back(table(db, params, "08_students_at_risk", "students-at-risk",
                           "Students at risk",
                           "Students who attended under " + percent(scope.threshold) +
                               " of the sessions of a module they attend (--threshold); the "
                               "first 100. Click a column to sort."));
  sections.push_back(table(db, params, "09_top_students", "top-students", "Top students",
                           "The 10 students who attended the most sessions."));
  sections.push_back(table(db, params, "10_lowest_sessions", "lowest-sessions",
                           "Sessions with the lowest attendance",
                           "The 10 sessions with the fewest students, nobody included."));
  return sections;
}

}  // namespace rollcall::repl
