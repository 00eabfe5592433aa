#pragma once
// What differs between PostgreSQL and SQLite in an export script: type names, how a cell of
// data is written (PostgreSQL: COPY's text format; SQLite: SQL literals in multi-row INSERTs),
// and the statements around the data. Identifiers are always double-quoted (both dialects).
#include <memory>
#include <string>
#include <string_view>

#include "loaders/export/column_type.h"
#include "loaders/export/sql_export.h"
#include "storage/common/property_value.h"

namespace rollcall::loaders {

class SqlDialectWriter {
 public:
  virtual ~SqlDialectWriter() = default;

  virtual std::string typeName(const ColumnType& type) const = 0;
  // Appends one data cell: a non-null value of a column of `type`.
  virtual void appendCell(std::string& out, const storage::PropertyValue& v,
                          const ColumnType& type) const = 0;
  virtual std::string_view nullCell() const = 0;
  // Whether primary and foreign keys are added after the data (PostgreSQL: faster, and the order
  // tables load in does not matter) or declared in CREATE TABLE (SQLite cannot add them later).
  virtual bool constraintsAfterData() const = 0;
};

std::unique_ptr<SqlDialectWriter> makeDialect(SqlDialect dialect);

// "name" with embedded double quotes doubled.
std::string quoteIdent(std::string_view name);

}  // namespace rollcall::loaders
