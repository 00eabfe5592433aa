#pragma once
// Which clause of a query writes: the binder creates tokens for a query that writes (and plans
// its Eager rules), and a database opened read-only refuses it before binding.
#include <cstdint>
#include <optional>
#include <string>

#include "engine/parser/ast/statement.h"

namespace rollcall {

struct WritingClause {
  std::string what;  // "CREATE", "DETACH DELETE", "CALL algo.pageRank.write"
  uint32_t offset;   // where it starts in the statement
};

// The first CREATE, MERGE, SET, REMOVE or DELETE clause, or CALL of a procedure that stores
// something, in query order, looking inside CALL { } subqueries; nullopt for a read-only query.
std::optional<WritingClause> firstWritingClause(const ast::QueryStatement& query);

// CREATE, MERGE, SET, REMOVE, DELETE: the clauses that may end a query without RETURN.
bool isUpdateClause(ast::ClauseKind kind);

}  // namespace rollcall
