#pragma once
// Statements that would write, refused up front in a database opened read-only.
#include "engine/parser/ast/statement.h"

namespace rollcall {

// Throws SemanticError (AccessMode) naming the first part of `stmt` that writes (a CREATE,
// MERGE, SET, REMOVE or DELETE clause, also inside CALL { }; a procedure that stores
// something; a schema command), pointing at it. Nothing has been touched when it throws: token
// creation and transactions come later.
void rejectWrites(const ast::Statement& stmt);

}  // namespace rollcall
