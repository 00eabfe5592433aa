#pragma once
// Runs one query statement: bind, plan, instantiate operators, pull results, commit.
#include <string_view>

#include "engine/main/database.h"
#include "engine/parser/ast/statement.h"

namespace rollcall::storage {
class Transaction;
}

namespace rollcall {

// The transaction a statement runs in: its own, begun and committed by executeQuery, or an
// explicit transaction the caller holds open (statements see each other's writes; nothing is
// committed here).
struct StatementTransaction {
  storage::Transaction* open = nullptr;  // null: the statement's own
  // Set when a statement that writes starts running in `open`: if it then fails, `open` may hold
  // part of its writes and only a rollback of the whole transaction undoes them.
  bool mayHaveWritten = false;
};

QueryResult executeQuery(storage::GraphStore& store, const ast::Statement& stmt,
                         std::string_view text, const Parameters& params,
                         const DatabaseOptions& options, StatementTransaction& txn);

}  // namespace rollcall
