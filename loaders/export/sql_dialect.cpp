#include "loaders/export/sql_dialect.h"

#include <cmath>

#include "engine/common/date.h"
#include "loaders/export/value_text.h"

namespace rollcall::loaders {

using storage::PropertyValue;
using Type = PropertyValue::Type;

std::string quoteIdent(std::string_view name) {
  std::string out = "\"";
  for (char c : name) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

namespace {

// PostgreSQL's date input: years before 1 are written as "... BC" (there is no year 0).
std::string postgresDate(storage::Date d) {
  YearMonthDay ymd = ymdFromDate(d);
  if (ymd.year >= 1) return formatIsoDate(d);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d BC", 1 - ymd.year, ymd.month, ymd.day);
  return buf;
}

// COPY's text format: backslash starts an escape; tab, newline and carriage return would end a
// field or a row.
void appendCopyEscaped(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '\\': out.append("\\\\"); break;
      case '\t': out.append("\\t"); break;
      case '\n': out.append("\\n"); break;
      case '\r': out.append("\\r"); break;
      default: out.push_back(c);
    }
  }
}

class PostgresWriter final : public SqlDialectWriter {
 public:
  std::string typeName(const ColumnType& type) const override {
    if (type.mixed && type.list) return "JSONB";
    std::string name = scalarName(type.scalar);
    return type.list ? name + "[]" : name;
  }

  void appendCell(std::string& out, const PropertyValue& v, const ColumnType& type) const override {
    // The common cells go straight to the output: numbers, booleans and dates hold nothing COPY
    // would escape, and a string is escaped as it is copied.
    if (!type.list && !type.mixed) {
      if (v.type() != Type::STRING) return appendScalar(out, v);
      return appendCopyEscaped(out, checkedText(v.asString()));
    }
    std::string text;
    if (type.list && !type.mixed) {
      appendArray(text, v);
    } else if (type.list || type.mixed) {
      type.list ? appendJson(text, v) : appendText(text, v);
    } else {
      appendScalar(text, v);
    }
    appendCopyEscaped(out, text);
  }

  std::string_view nullCell() const override { return "\\N"; }
  bool constraintsAfterData() const override { return true; }

 private:
  static std::string scalarName(ScalarType t) {
    switch (t) {
      case ScalarType::INTEGER: return "BIGINT";
      case ScalarType::FLOAT: return "DOUBLE PRECISION";
      case ScalarType::TEXT: return "TEXT";
      case ScalarType::BOOLEAN: return "BOOLEAN";
      case ScalarType::DATE: return "DATE";
      case ScalarType::LOCAL_TIME: return "TIME";
      case ScalarType::TIME: return "TIME WITH TIME ZONE";
      case ScalarType::LOCAL_DATETIME: return "TIMESTAMP";
      case ScalarType::DATETIME: return "TIMESTAMP WITH TIME ZONE";
      case ScalarType::DURATION: return "INTERVAL";
    }
    return "TEXT";
  }

  static void appendScalar(std::string& out, const PropertyValue& v) {
    if (v.type() == Type::DATE) return out.append(postgresDate(v.asDate())), void();
    if (isTimeValue(v)) return appendSqlTemporal(out, v);
    if (v.type() == Type::BOOL) return out.push_back(v.asBool() ? 't' : 'f');
    appendText(out, v);
  }

  // An array literal: {1,2} or {"a","b\"c"}; elements always double-quoted when text-like so
  // that commas, braces, spaces and the word NULL stay data.
  static void appendArray(std::string& out, const PropertyValue& v) {
    out.push_back('{');
    bool first = true;
    for (const PropertyValue& e : v.asList()) {
      if (!first) out.push_back(',');
      first = false;
      if (e.isNull()) {
        out.append("NULL");
        continue;
      }
      std::string element;
      appendScalar(element, e);
      out.push_back('"');
      for (char c : element) {
        if (c == '"' || c == '\\') out.push_back('\\');
        out.push_back(c);
      }
      out.push_back('"');
    }
    out.push_back('}');
  }
};

class SqliteWriter final : public SqlDialectWriter {
 public:
  std::string typeName(const ColumnType& type) const override {
    if (type.list || type.mixed) return "TEXT";
    switch (type.scalar) {
      case ScalarType::INTEGER: return "INTEGER";
      case ScalarType::FLOAT: return "REAL";
      case ScalarType::TEXT: return "TEXT";
      case ScalarType::BOOLEAN: return "BOOLEAN";
      case ScalarType::DATE: return "DATE";
      // SQLite has no time types: ISO 8601 text its date and time functions read, under the
      // names such columns usually get.
      case ScalarType::LOCAL_TIME:
      case ScalarType::TIME: return "TIME";
      case ScalarType::LOCAL_DATETIME:
      case ScalarType::DATETIME: return "DATETIME";
      case ScalarType::DURATION: return "TEXT";
    }
    return "TEXT";
  }

  void appendCell(std::string& out, const PropertyValue& v, const ColumnType& type) const override {
    if (!type.list && !type.mixed) {
      switch (v.type()) {
        case Type::INT: return appendInt(out, v.asInt());
        case Type::BOOL: return out.push_back(v.asBool() ? '1' : '0');
        case Type::DOUBLE: return appendReal(out, v.asDouble());
        default: break;
      }
    }
    std::string text;
    if (type.list) {
      appendJson(text, v);
    } else if (!type.mixed && isTimeValue(v)) {
      appendSqlTemporal(text, v);
    } else {
      appendText(text, v);
    }
    appendQuoted(out, text);
  }

  std::string_view nullCell() const override { return "NULL"; }
  bool constraintsAfterData() const override { return false; }

 private:
  // SQLite has no literal for infinity or NaN: 9e999 overflows to infinity; NaN is stored as
  // NULL by SQLite whatever is written, so it is written as NULL.
  static void appendReal(std::string& out, double d) {
    if (std::isnan(d)) return out.append("NULL"), void();
    if (std::isinf(d)) return out.append(d > 0 ? "9e999" : "-9e999"), void();
    appendFloat(out, d);
  }

  static void appendQuoted(std::string& out, std::string_view text) {
    out.push_back('\'');
    for (char c : text) {
      if (c == '\'') out.push_back('\'');
      out.push_back(c);
    }
    out.push_back('\'');
  }
};

}  // namespace

std::unique_ptr<SqlDialectWriter> makeDialect(SqlDialect dialect) {
  if (dialect == SqlDialect::SQLITE) return std::make_unique<SqliteWriter>();
  return std::make_unique<PostgresWriter>();
}

}  // namespace rollcall::loaders
