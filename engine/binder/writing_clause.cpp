#include "engine/binder/writing_clause.h"

#include "engine/parser/ast/clause.h"
#include "engine/procedures/procedure.h"

namespace rollcall {
namespace {

std::optional<std::string> updateName(const ast::Clause& clause) {
  if (!isUpdateClause(clause.kind)) return std::nullopt;
  switch (clause.kind) {
    case ast::ClauseKind::CREATE:
      return "CREATE";
    case ast::ClauseKind::MERGE:
      return "MERGE";
    case ast::ClauseKind::SET:
      return "SET";
    case ast::ClauseKind::REMOVE:
      return "REMOVE";
    default:
      return clause.cast<ast::DeleteClause>().detach ? "DETACH DELETE" : "DELETE";
  }
}

std::optional<WritingClause> clauseWriter(const ast::Clause& clause) {
  if (auto name = updateName(clause)) return WritingClause{*name, clause.range.begin};
  if (clause.kind == ast::ClauseKind::CALL_PROCEDURE) {
    const auto& call = clause.cast<ast::CallProcedureClause>();
    const ProcedureInfo* procedure = lookupProcedure(call.name);
    if (procedure && procedure->writes) return WritingClause{"CALL " + call.name, clause.range.begin};
  }
  if (clause.kind == ast::ClauseKind::CALL_SUBQUERY) {
    return firstWritingClause(*clause.cast<ast::CallSubqueryClause>().body);
  }
  return std::nullopt;
}

}  // namespace

bool isUpdateClause(ast::ClauseKind kind) {
  switch (kind) {
    case ast::ClauseKind::CREATE:
    case ast::ClauseKind::MERGE:
    case ast::ClauseKind::SET:
    case ast::ClauseKind::REMOVE:
    case ast::ClauseKind::DELETE:
      return true;
    default:
      return false;
  }
}

std::optional<WritingClause> firstWritingClause(const ast::QueryStatement& query) {
  for (const auto& part : query.parts) {
    for (const auto& clause : part.clauses) {
      if (auto writer = clauseWriter(*clause)) return writer;
    }
  }
  return std::nullopt;
}

}  // namespace rollcall
