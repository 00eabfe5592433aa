#include "repl/report/report_file.h"

#include <cstdio>
#include <fstream>

#include "repl/report/report_sections.h"
#include "repl/statement_executor.h"
#include "storage/common/temporal/temporal_text.h"

namespace rollcall::repl {
namespace {

std::string scopeText(const ReportScope& scope, const std::string& dbName) {
  std::string text = "Database " + dbName + "; sessions ";
  if (!scope.from && !scope.to) text += "of every date";
  if (scope.from) text += "from " + temporal::formatDate(*scope.from);
  if (scope.from && scope.to) text += " ";
  if (scope.to) text += "to " + temporal::formatDate(*scope.to);
  text += scope.module ? ", of module " + *scope.module : ", of every module";
  return text + ".";
}

}  // namespace

std::string renderReport(Database& db, const ReportScope& scope, const std::string& dbName) {
  std::vector<ReportSection> sections = reportSections(db, scope);
  return reportPage({"Attendance report", scopeText(scope, dbName)}, sections);
}

std::optional<uint64_t> writeReport(Database& db, const ReportScope& scope,
                                    const std::string& dbName, const std::string& path,
                                    std::ostream& err) {
  std::string page;
  if (!runReportingErrors([&] { page = renderReport(db, scope, dbName); }, err)) {
    return std::nullopt;
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << page;
  out.close();
  if (!out) {
    err << "error: cannot write " << path << "\n";
    return std::nullopt;
  }
  return page.size();
}

std::string fileSizeText(uint64_t bytes) {
  constexpr double MIB = 1024.0 * 1024.0;
  char buf[32];
  if (double(bytes) < MIB) {
    std::snprintf(buf, sizeof buf, "%.0f KB", double(bytes) / 1024);
  } else {
    std::snprintf(buf, sizeof buf, "%.1f MB", double(bytes) / MIB);
  }
  return buf;
}

}  // namespace rollcall::repl
