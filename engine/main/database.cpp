#include "engine/main/database.h"

#include "engine/main/error_context.h"
#include "engine/main/explicit_transaction.h"
#include "engine/main/query_executor.h"
#include "engine/main/read_only_guard.h"
#include "engine/main/schema_commands.h"
#include "engine/parser/parser.h"
#include "storage/common/storage_error.h"
#include "storage/graph/graph_store.h"
#include "storage/graph/transaction.h"

namespace rollcall {

bool QueryStats::containsUpdates() const {
  return nodesCreated || nodesDeleted || relationshipsCreated || relationshipsDeleted ||
         propertiesSet || labelsAdded || labelsRemoved || indexesAdded || indexesRemoved ||
         constraintsAdded || constraintsRemoved;
}

Database::Database(const std::string& dir, DatabaseOptions options) : options_(std::move(options)) {
  try {
    storage::OpenOptions open;
    open.readOnly = options_.readOnly;
    store_ = storage::GraphStore::open(dir, open);
  } catch (const storage::StorageError& e) {
    throw fromStorageError(e);
  }
}

Database::~Database() = default;

QueryResult Database::execute(std::string_view query, const Parameters& params) {
  StatementTransaction txn{open_.get()};
  try {
    auto stmt = statements_.get(query);
    if (options_.readOnly) rejectWrites(*stmt);
    if (open_) rejectInExplicitTransaction(*stmt);
    if (stmt->kind != ast::StatementKind::QUERY) return executeSchemaCommand(*store_, *stmt);
    return executeQuery(*store_, *stmt, query, params, options_, txn);
  } catch (CypherError& e) {
    if (e.offset()) e.setContext(positionContext(query, *e.offset()));
    abandonAfterFailedWrite(txn, e);
    throw;
  } catch (const storage::StorageError& e) {
    CypherError error = fromStorageError(e);
    abandonAfterFailedWrite(txn, error);
    throw error;
  } catch (const std::bad_alloc&) {
    // The limit's estimates fell short (or it is off) and the allocator said no: the
    // statement is over and rolled back, the process goes on.
    CypherError error(ErrorClass::MEMORY_LIMIT_EXCEEDED, "",
                      "the statement ran out of memory and was stopped; its uncommitted writes "
                      "were rolled back");
    abandonAfterFailedWrite(txn, error);
    throw error;
  }
}

// The failed statement may have left part of its writes in the open transaction; without
// savepoints only rolling the whole transaction back undoes them.
void Database::abandonAfterFailedWrite(const StatementTransaction& txn, CypherError& error) {
  if (!txn.mayHaveWritten || !open_) return;
  open_->rollback();
  open_.reset();
  error.appendMessage(
      " (the open transaction was rolled back with it: every statement since it began is "
      "undone)");
}

void Database::beginTransaction() {
  if (open_) throw CypherError(ErrorClass::TRANSACTION_ERROR, "", "a transaction is already open");
  try {
    open_ = store_->begin();
  } catch (const storage::StorageError& e) {
    throw fromStorageError(e);
  }
}

void Database::commitTransaction() {
  if (!open_) {
    throw CypherError(ErrorClass::TRANSACTION_ERROR, "", "there is no open transaction to commit");
  }
  std::unique_ptr<storage::Transaction> txn = std::move(open_);
  try {
    txn->commit();
  } catch (const storage::StorageError& e) {
    CypherError error = fromStorageError(e);
    error.appendMessage(" (the transaction was rolled back)");
    throw error;  // `txn` goes out of scope uncommitted: rolled back
  }
}

void Database::rollbackTransaction() {
  if (!open_) {
    throw CypherError(ErrorClass::TRANSACTION_ERROR, "",
                      "there is no open transaction to roll back");
  }
  std::unique_ptr<storage::Transaction> txn = std::move(open_);
  txn->rollback();
}

}  // namespace rollcall
