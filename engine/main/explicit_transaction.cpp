#include "engine/main/explicit_transaction.h"

#include <optional>

#include "engine/common/error.h"
#include "engine/parser/ast/clause.h"

namespace rollcall {
namespace {

CypherError needsOwnTransaction(const std::string& what, uint32_t offset) {
  return CypherError(ErrorClass::TRANSACTION_ERROR, "ExplicitTransaction",
                     what + " cannot run inside an open transaction; commit or roll it back first",
                     offset);
}

std::optional<uint32_t> firstCallInTransactions(const ast::QueryStatement& query) {
  for (const auto& part : query.parts) {
    for (const auto& clause : part.clauses) {
      if (clause->kind != ast::ClauseKind::CALL_SUBQUERY) continue;
      const auto& call = clause->cast<ast::CallSubqueryClause>();
      if (call.inTransactions) return clause->range.begin;
      if (auto inner = firstCallInTransactions(*call.body)) return inner;
    }
  }
  return std::nullopt;
}

}  // namespace

void rejectInExplicitTransaction(const ast::Statement& stmt) {
  if (stmt.kind == ast::StatementKind::SHOW_INDEXES ||
      stmt.kind == ast::StatementKind::SHOW_CONSTRAINTS) {
    return;
  }
  if (stmt.kind != ast::StatementKind::QUERY) {
    throw needsOwnTransaction("a schema command", stmt.range.begin);
  }
  if (stmt.periodicCommit) throw needsOwnTransaction("USING PERIODIC COMMIT", stmt.range.begin);
  if (auto offset = firstCallInTransactions(*stmt.query)) {
    throw needsOwnTransaction("CALL { } IN TRANSACTIONS", *offset);
  }
}

}  // namespace rollcall
