#include "repl/report/report_sections.h"

#include <algorithm>

#include "engine/common/error.h"
#include "engine/common/value_ops.h"

namespace rollcall::repl {

Answer::Answer(Database& db, std::string_view queryName, const Parameters& params)
    : query_(&reportQuery(queryName)), result_(runReportQuery(db, *query_, params)) {}

const Value& Answer::at(size_t row, std::string_view column) const {
  auto found = std::find(result_.columns.begin(), result_.columns.end(), column);
  RC_ASSERT(found != result_.columns.end());
  return result_.rows.at(row)[size_t(found - result_.columns.begin())];
}

double Answer::number(size_t row, std::string_view column) const {
  const Value& value = at(row, column);
  return value.isNumber() ? value.asNumber() : 0;
}

std::string Answer::text(size_t row, std::string_view column) const {
  const Value& value = at(row, column);
  return value.isNull() ? "" : toDisplayString(value);
}

std::vector<ReportSection> reportSections(Database& db, const ReportScope& scope) {
  Parameters params = scopeParameters(scope);
  Answer sessions(db, "01_headline_sessions", params);
  Answer students(db, "02_headline_students", params);
  std::vector<ReportSection> sections{headlineSection(sessions, students)};
  for (auto& section : chartSections(db, params, students)) sections.push_back(std::move(section));
  for (auto& section : tableSections(db, scope, params)) sections.push_back(std::move(section));
  return sections;
}

}  // namespace rollcall::repl
