#include "engine/main/read_only_guard.h"

#include <optional>
#include <string>

#include "engine/binder/writing_clause.h"
#include "engine/common/error.h"

namespace rollcall {
namespace {

std::optional<WritingClause> schemaWriter(const ast::Statement& stmt) {
  uint32_t offset = stmt.schema.range.begin;
  switch (stmt.kind) {
    case ast::StatementKind::CREATE_INDEX:
      return WritingClause{"CREATE INDEX", offset};
    case ast::StatementKind::CREATE_CONSTRAINT:
      return WritingClause{"CREATE CONSTRAINT", offset};
    case ast::StatementKind::DROP_INDEX:
      return WritingClause{"DROP INDEX", offset};
    case ast::StatementKind::DROP_CONSTRAINT:
      return WritingClause{"DROP CONSTRAINT", offset};
    default:
      return std::nullopt;
  }
}

}  // namespace

void rejectWrites(const ast::Statement& stmt) {
  std::optional<WritingClause> writer =
      stmt.kind == ast::StatementKind::QUERY ? firstWritingClause(*stmt.query) : schemaWriter(stmt);
  if (!writer) return;
  throw semanticError(
      "AccessMode", "database opened read-only (--read-only): " + writer->what + " is not allowed",
      writer->offset);
}

}  // namespace rollcall
