#pragma once
// `rollcall export sql`: the graph as relational tables, written as one SQL script that loads
// as it is into PostgreSQL (`psql -f`) or SQLite (`sqlite3 db < file`) in one transaction.
// The mapping rules are in docs/export.md.
#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "storage/graph/graph_store.h"

namespace rollcall::loaders {

enum class SqlDialect { POSTGRES, SQLITE };

enum class SqlShape {
  GENERIC,  // one table per label, join tables or foreign-key columns per relationship type
  STAR,     // the attendance graph as dim_* and fact_attendance tables for BI tools
};

struct SqlExportOptions {
  SqlDialect dialect = SqlDialect::POSTGRES;
  SqlShape shape = SqlShape::GENERIC;
  bool schema = true;  // CREATE TABLE / INDEX statements (false: --data-only)
  bool data = true;    // rows (false: --schema-only)
  // Called now and then for a progress bar: the phase ("reading" the graph, "writing" rows), what
  // is done of it and its expected total.
  std::function<void(std::string_view phase, uint64_t done, uint64_t total)> progress;
};

struct SqlExportSummary {
  uint64_t tables = 0;
  uint64_t rows = 0;
  // Things the user should know (a column of mixed types exported as text, a relationship end
  // without a common label, ...), one line each, also meant for stderr.
  std::vector<std::string> notes;
};

// Writes the script for the committed graph of `store` to `out`. Same graph, same bytes.
// Throws LoadError-class errors (CypherError) for graphs it cannot map (e.g. --star on a graph
// without the attendance labels).
SqlExportSummary exportSql(storage::GraphStore& store, const SqlExportOptions& options,
                           std::ostream& out);

}  // namespace rollcall::loaders
