#include "engine/main/database.h"

#include "engine/main/error_context.h"
#include "engine/main/query_executor.h"
#include "engine/main/read_only_guard.h"
#include "engine/main/schema_commands.h"
#include "engine/parser/parser.h"
#include "storage/common/storage_error.h"
#include "storage/graph/graph_store.h"

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
  try {
    auto stmt = statements_.get(query);
    if (options_.readOnly) rejectWrites(*stmt);
    if (stmt->kind != ast::StatementKind::QUERY) return executeSchemaCommand(*store_, *stmt);
    return executeQuery(*store_, *stmt, query, params, options_);
  } catch (CypherError& e) {
    if (e.offset()) e.setContext(positionContext(query, *e.offset()));
    throw;
  } catch (const storage::StorageError& e) {
    throw fromStorageError(e);
  } catch (const std::bad_alloc&) {
    // The limit's estimates fell short (or it is off) and the allocator said no: the
    // statement is over and rolled back, the process goes on.
    throw CypherError(ErrorClass::MEMORY_LIMIT_EXCEEDED, "",
                      "the statement ran out of memory and was stopped; its uncommitted writes "
                      "were rolled back");
  }
}

}  // namespace rollcall
