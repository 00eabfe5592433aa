#pragma once
// The shell's :schema: labels and relationship types with their node and relationship counts,
// then indexes and unique constraints, as tables.
#include <ostream>

#include "storage/graph/graph_store.h"

namespace rollcall::repl {

// Labels and types that no entity carries any more are left out, as queries cannot see them.
void printStoreSchema(storage::GraphStore& store, std::ostream& out);

}  // namespace rollcall::repl
