#pragma once
// What may not run inside an explicit transaction (Database::beginTransaction), refused before
// anything is touched so the open transaction stays as it was.
#include "engine/parser/ast/statement.h"

namespace rollcall {

// Throws TransactionError naming the part of `stmt` that needs a transaction of its own: a
// schema command (it commits at once, outside any transaction), USING PERIODIC COMMIT or
// CALL { } IN TRANSACTIONS (they commit batches as they go, which would commit the open
// transaction's earlier statements half way).
void rejectInExplicitTransaction(const ast::Statement& stmt);

}  // namespace rollcall
