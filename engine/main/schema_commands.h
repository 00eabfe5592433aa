#pragma once
// CREATE/DROP INDEX and CONSTRAINT, SHOW INDEXES and SHOW CONSTRAINTS.
#include "engine/main/query_result.h"
#include "engine/parser/ast/statement.h"

namespace rollcall::storage {
class GraphStore;
}

namespace rollcall {

QueryResult executeSchemaCommand(storage::GraphStore& store, const ast::Statement& stmt);

}  // namespace rollcall
