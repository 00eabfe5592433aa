#pragma once
// The relational model an export writes: tables, their columns and constraints, and where each
// table's rows come from. A mapping (generic_mapping, star_mapping) builds it from the graph; the
// script writer turns it into SQL for one dialect.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/export/column_type.h"
#include "storage/common/property_value.h"

namespace rollcall::loaders {

struct ColumnSpec {
  std::string name;
  ColumnType type;
  bool notNull = false;
};

struct ForeignKeySpec {
  std::vector<std::string> columns;
  std::string table;  // referenced table and its columns
  std::vector<std::string> refColumns;
};

// Receives one table's rows, cell by cell, in column order.
class RowSink {
 public:
  virtual ~RowSink() = default;
  virtual void value(const storage::PropertyValue& v) = 0;
  // A cell already rendered for this sink by renderKey (a cached key of a referenced row).
  virtual void rendered(std::string_view cell) = 0;
  virtual void null() = 0;
  virtual void endRow() = 0;
  // How the sink renders a value of `column` (exactly what value() would write), so a key can be
  // rendered once and repeated by rendered().
  virtual std::string renderKey(const storage::PropertyValue& v, const ColumnSpec& column) = 0;
};

struct TableSpec {
  std::string name;
  std::vector<ColumnSpec> columns;
  std::vector<std::string> primaryKey;
  std::vector<std::string> unique;  // single-column unique constraints besides the key
  std::vector<ForeignKeySpec> foreignKeys;
  std::vector<std::vector<std::string>> indexes;
  std::string comment;        // what the table holds, written above CREATE TABLE
  uint64_t expectedRows = 0;  // for progress; the writer counts what actually comes
  // Streams the rows, in a deterministic order, to the sink (cells in `columns` order).
  std::function<void(RowSink&)> rows;

  const ColumnSpec& column(std::string_view name) const;
};

}  // namespace rollcall::loaders
