#pragma once
// The Cypher `rollcall report` runs: the files of queries/report/, embedded in the binary at
// build time (repl/CMakeLists.txt), so the page can show each query exactly as the file has it
// and the report needs no source tree at run time.
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "engine/main/database.h"

namespace rollcall::repl {

struct ReportQuery {
  std::string_view name;  // the file name without .cypher, e.g. "09_top_students"
  std::string_view text;  // the whole file, header comment included
};

// Every embedded query, by file name (defined in the generated report_query_texts.cpp).
std::span<const ReportQuery> reportQueries();

// The query named `name`; an unknown name is a bug (InternalError).
const ReportQuery& reportQuery(std::string_view name);

// What the report covers. Unset members do not filter: they are passed as null parameters.
struct ReportScope {
  std::optional<Date> from;
  std::optional<Date> to;
  std::optional<std::string> module;
  double threshold = 0.5;  // students at risk: attended under this share of a module's sessions
};

// $from, $to, $module and $threshold for the queries.
Parameters scopeParameters(const ReportScope& scope);

// Runs the query's one statement with the scope's parameters.
QueryResult runReportQuery(Database& db, const ReportQuery& query, const Parameters& params);

}  // namespace rollcall::repl
