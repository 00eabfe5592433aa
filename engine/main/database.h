#pragma once
// The public API of the engine: open a database directory, run Cypher statements.
#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "engine/common/value.h"
#include "engine/exec/memory_budget.h"
#include "engine/main/query_result.h"
#include "engine/main/statement_cache.h"

namespace rollcall::storage {
class GraphStore;
class Transaction;
}  // namespace rollcall::storage

namespace rollcall {

class CypherError;
struct StatementTransaction;
using Parameters = std::map<std::string, Value, std::less<>>;

struct DatabaseOptions {
  // LOAD CSV resolves file:/// URLs inside this directory; empty means the current directory.
  std::string importDir;
  // Opens without the write lock, beside a writer in another process (storage's secondary
  // instance): statements see the state committed when the database was opened, and a
  // statement that would write fails with SemanticError (AccessMode) before touching anything.
  bool readOnly = false;
  // A statement running longer stops with TransactionTimedOut and is rolled back; 0: no limit.
  std::chrono::milliseconds statementTimeout{0};
  // Bytes a statement may hold (rows it sorts, groups or returns, lists it builds, uncommitted
  // writes) before it stops with MemoryLimitExceeded and is rolled back; 0: no limit.
  uint64_t memoryLimit = defaultMemoryLimit();
  // Told how a long-running step (a graph algorithm) is getting on: `done` of `total` units
  // (total 0 when unknown) of `what`. Called from the statement's thread every so often; the
  // shell draws a progress line with it. Empty: nobody listens.
  std::function<void(std::string_view what, uint64_t done, uint64_t total)> progress;
  // Set (by a signal handler: Ctrl-C) to stop the running statement, which then fails with
  // TransactionTerminated and is rolled back. Read once per batch; the caller clears it.
  const std::atomic<bool>* cancel = nullptr;
};

class Database {
 public:
  // Opens and locks `dir` (created when missing; read-only: neither locked nor created). Throws
  // CypherError (STORAGE_ERROR) when the directory is locked by another process, not a
  // rollcall database, or of a newer format.
  explicit Database(const std::string& dir, DatabaseOptions options = {});
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs one statement atomically: on any error (a CypherError, with the query position rendered
  // into its message) the database is left exactly as it was. One statement at a time: a
  // Database is used from one thread (its parsed-statement cache is not locked).
  //
  // While a transaction is open (beginTransaction), the statement runs inside it instead: it
  // sees the earlier statements' writes and commits nothing. A statement that fails before it
  // writes (any error while parsing or planning, or any error of a statement without writing
  // clauses) leaves the open transaction as it was. One that fails while writing rolls the
  // whole transaction back, as Neo4j does (PostgreSQL too lets nothing of such a transaction
  // commit): there are no savepoints to undo just that statement. The error then says so, and inTransaction() turns false.
  QueryResult execute(std::string_view query, const Parameters& params = {});

  // An explicit, multi-statement transaction (the shell's :begin, :commit and :rollback).
  // Other processes and later opens see its writes only once commitTransaction returns. Schema
  // commands, CALL { } IN TRANSACTIONS and USING PERIODIC COMMIT are refused inside it
  // (TransactionError: they commit on their own). Beginning one while one is open, or ending
  // one when none is, is a TransactionError. A Database closed with a transaction open rolls
  // it back. A failed commit rolls back too.
  void beginTransaction();
  void commitTransaction();
  void rollbackTransaction();
  bool inTransaction() const { return open_ != nullptr; }

  const DatabaseOptions& options() const { return options_; }
  void setImportDir(std::string dir) { options_.importDir = std::move(dir); }
  void setStatementTimeout(std::chrono::milliseconds limit) { options_.statementTimeout = limit; }
  void setMemoryLimit(uint64_t bytes) { options_.memoryLimit = bytes; }
  void setProgressListener(decltype(DatabaseOptions::progress) listener) {
    options_.progress = std::move(listener);
  }
  storage::GraphStore& store() { return *store_; }

 private:
  void abandonAfterFailedWrite(const StatementTransaction& txn, CypherError& error);

  DatabaseOptions options_;
  std::unique_ptr<storage::GraphStore> store_;
  StatementCache statements_;
  // The explicit transaction, when one is open. Declared after store_: destroyed (rolled
  // back) before the store closes.
  std::unique_ptr<storage::Transaction> open_;
};

}  // namespace rollcall
