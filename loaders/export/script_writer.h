#pragma once
// The export script around the rows: header, one transaction, CREATE TABLE in dependency order
// (referenced tables first), the data, then (PostgreSQL) keys and foreign keys, and indexes.
#include <ostream>
#include <vector>

#include "loaders/export/sql_export.h"
#include "loaders/export/table_spec.h"

namespace rollcall::loaders {

// Writes `tables` (reordered: a table after the tables it references, by name otherwise) and
// returns the rows written.
uint64_t writeScript(std::vector<TableSpec>& tables, const SqlExportOptions& options,
                     std::ostream& out);

// Referenced tables before the tables referencing them, by name otherwise; a cycle of
// references is broken by name (the script defers foreign-key checks to commit).
void orderTables(std::vector<TableSpec>& tables);

}  // namespace rollcall::loaders
