#include "engine/main/read_only_guard.h"

#include <optional>
#include <string>

#include "engine/common/error.h"
#include "engine/parser/ast/clause.h"
#include "engine/procedures/procedure.h"

namespace rollcall {
namespace {

struct Writer {
  std::string what;  // "CREATE", "DETACH DELETE", "CALL algo.pageRank.write", "CREATE INDEX"
  uint32_t offset;
};

std::optional<std::string> updateName(const ast::Clause& clause) {
  switch (clause.kind) {
    case ast::ClauseKind::CREATE:
      return "CREATE";
    case ast::ClauseKind::MERGE:
      return "MERGE";
    case ast::ClauseKind::SET:
      return "SET";
    case ast::ClauseKind::REMOVE:
      return "REMOVE";
    case ast::ClauseKind::DELETE:
      return clause.cast<ast::DeleteClause>().detach ? "DETACH DELETE" : "DELETE";
    default:
      return std::nullopt;
  }
}

std::optional<Writer> firstWriter(const ast::QueryStatement& query);

std::optional<Writer> clauseWriter(const ast::Clause& clause) {
  if (auto name = updateName(clause)) return Writer{*name, clause.range.begin};
  if (clause.kind == ast::ClauseKind::CALL_PROCEDURE) {
    const auto& call = clause.cast<ast::CallProcedureClause>();
    const ProcedureInfo* procedure = lookupProcedure(call.name);
    if (procedure && procedure->writes) return Writer{"CALL " + call.name, clause.range.begin};
  }
  if (clause.kind == ast::ClauseKind::CALL_SUBQUERY) {
    return firstWriter(*clause.cast<ast::CallSubqueryClause>().body);
  }
  return std::nullopt;
}

std::optional<Writer> firstWriter(const ast::QueryStatement& query) {
  for (const auto& part : query.parts) {
    for (const auto& clause : part.clauses) {
      if (auto writer = clauseWriter(*clause)) return writer;
    }
  }
  return std::nullopt;
}

std::optional<Writer> schemaWriter(const ast::Statement& stmt) {
  uint32_t offset = stmt.schema.range.begin;
  switch (stmt.kind) {
    case ast::StatementKind::CREATE_INDEX:
      return Writer{"CREATE INDEX", offset};
    case ast::StatementKind::CREATE_CONSTRAINT:
      return Writer{"CREATE CONSTRAINT", offset};
    case ast::StatementKind::DROP_INDEX:
      return Writer{"DROP INDEX", offset};
    case ast::StatementKind::DROP_CONSTRAINT:
      return Writer{"DROP CONSTRAINT", offset};
    default:
      return std::nullopt;
  }
}

}  // namespace

void rejectWrites(const ast::Statement& stmt) {
  std::optional<Writer> writer =
      stmt.kind == ast::StatementKind::QUERY ? firstWriter(*stmt.query) : schemaWriter(stmt);
  if (!writer) return;
  throw semanticError(
      "AccessMode", "database opened read-only (--read-only): " + writer->what + " is not allowed",
      writer->offset);
}

}  // namespace rollcall
