#include "repl/report/report_queries.h"

#include "engine/common/error.h"
#include "engine/main/statement_splitter.h"

namespace rollcall::repl {

const ReportQuery& reportQuery(std::string_view name) {
  for (const ReportQuery& query : reportQueries()) {
    if (query.name == name) return query;
  }
  throw internalError("no report query named " + std::string(name));
}

Parameters scopeParameters(const ReportScope& scope) {
  return {{"from", scope.from ? Value(*scope.from) : Value::null()},
          {"to", scope.to ? Value(*scope.to) : Value::null()},
          {"module", scope.module ? Value(*scope.module) : Value::null()},
          {"threshold", Value(scope.threshold)}};
}

QueryResult runReportQuery(Database& db, const ReportQuery& query, const Parameters& params) {
  std::vector<ScriptStatement> statements = splitStatements(query.text);
  RC_ASSERT(statements.size() == 1);
  return db.execute(statements.front().text, params);
}

}  // namespace rollcall::repl
