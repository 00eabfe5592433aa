#pragma once
// The SQL type of an exported column, inferred from the property values found in the graph.
#include <cstdint>
#include <string>

#include "storage/common/property_value.h"

namespace rollcall::loaders {

// One per property type that SQL has a type for; the temporal ones map to TIME, TIME WITH TIME
// ZONE, TIMESTAMP, TIMESTAMP WITH TIME ZONE and INTERVAL in PostgreSQL (sql_dialect.cpp).
enum class ScalarType : uint8_t {
  INTEGER,
  FLOAT,
  TEXT,
  BOOLEAN,
  DATE,
  LOCAL_TIME,
  TIME,
  LOCAL_DATETIME,
  DATETIME,
  DURATION,
};

struct ColumnType {
  ScalarType scalar = ScalarType::TEXT;
  // A list property: an array of `scalar` in PostgreSQL, JSON text in SQLite.
  bool list = false;
  // Values that do not share one type, written as text (JSON for lists): the export says so.
  bool mixed = false;

  bool operator==(const ColumnType&) const = default;
};

// What one column's values were seen to be, accumulated value by value.
class TypeSet {
 public:
  void add(const storage::PropertyValue& value);
  void merge(const TypeSet& other);
  bool empty() const { return seen_ == 0; }
  // Every value has the same storage type and it is not a list: usable as a key, whose text
  // rendering must not make two different values equal (1 and 1.0 would be).
  bool singleScalar() const {
    return seen_ != 0 && (seen_ & (seen_ - 1)) == 0 && seen_ != bit(storage::PropertyValue::Type::LIST);
  }
  // The narrowest type holding every value: integers widen to float when floats are also
  // present; anything else mixed is text (lists: JSON text).
  ColumnType resolve() const;
  // "INTEGER and STRING": the property types seen, for the note about a mixed column.
  std::string describe() const;

 private:
  static uint32_t bit(storage::PropertyValue::Type t) { return 1u << uint32_t(t); }
  uint32_t seen_ = 0;      // top-level value types
  uint32_t elements_ = 0;  // element types of lists
  bool nested_ = false;    // a list inside a list
};

}  // namespace rollcall::loaders
