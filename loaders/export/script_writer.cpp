#include "loaders/export/script_writer.h"

#include "loaders/export/data_sinks.h"
#include "loaders/export/naming.h"
#include "loaders/export/sql_dialect.h"

namespace rollcall::loaders {

namespace {

std::string joinIdents(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) out += (i ? ", " : "") + quoteIdent(names[i]);
  return out;
}

class ScriptWriter {
 public:
  ScriptWriter(const SqlExportOptions& options, std::ostream& out)
      : options_(options), dialect_(makeDialect(options.dialect)), out_(out) {}

  uint64_t write(const std::vector<TableSpec>& tables) {
    header();
    if (options_.schema) {
      for (const TableSpec& t : tables) createTable(t);
    }
    if (options_.data) data(tables);
    if (options_.schema) constraintsAndIndexes(tables);
    out_.append("COMMIT;\n");
    out_.flush();
    return counter_.rows;
  }

 private:
  bool postgres() const { return options_.dialect == SqlDialect::POSTGRES; }

  void header() {
    out_.append(postgres() ? "-- rollcall export for PostgreSQL. Load: psql -v ON_ERROR_STOP=1 -f FILE\n"
                           : "-- rollcall export for SQLite. Load: sqlite3 DATABASE < FILE\n");
    if (postgres()) {
      out_.append("SET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n");
    }
    out_.append("BEGIN;\n");
    // Data loaded into existing tables may reference rows that come later (or in a cycle).
    if (!options_.schema) {
      out_.append(postgres() ? "SET CONSTRAINTS ALL DEFERRED;\n" : "PRAGMA defer_foreign_keys = ON;\n");
    }
    out_.append("\n");
  }

  void createTable(const TableSpec& t) {
    std::string s = "-- " + t.comment + "\nCREATE TABLE " + quoteIdent(t.name) + " (";
    for (size_t i = 0; i < t.columns.size(); ++i) {
      const ColumnSpec& c = t.columns[i];
      s += (i ? ",\n  " : "\n  ") + quoteIdent(c.name) + " " + dialect_->typeName(c.type);
      if (c.notNull) s += " NOT NULL";
    }
    if (!dialect_->constraintsAfterData()) s += inlineConstraints(t);
    out_.append(s + "\n);\n\n");
  }

  // SQLite cannot add keys to an existing table: they are declared with it.
  std::string inlineConstraints(const TableSpec& t) const {
    std::string s;
    if (!t.primaryKey.empty()) s += ",\n  PRIMARY KEY (" + joinIdents(t.primaryKey) + ")";
    for (const std::string& u : t.unique) s += ",\n  UNIQUE (" + quoteIdent(u) + ")";
    for (const ForeignKeySpec& fk : t.foreignKeys) s += ",\n  " + foreignKey(fk);
    return s;
  }

  std::string foreignKey(const ForeignKeySpec& fk) const {
    return "FOREIGN KEY (" + joinIdents(fk.columns) + ") REFERENCES " + quoteIdent(fk.table) +
           " (" + joinIdents(fk.refColumns) + ")" +
           (postgres() ? " DEFERRABLE" : " DEFERRABLE INITIALLY DEFERRED");
  }

  void data(const std::vector<TableSpec>& tables) {
    counter_.progress = options_.progress;
    for (const TableSpec& t : tables) counter_.total += t.expectedRows;
    for (const TableSpec& t : tables) {
      auto sink = makeTableSink(options_.dialect, *dialect_, t, out_, counter_);
      t.rows(*sink);
      sink->finish();
    }
    if (options_.progress) options_.progress("writing", counter_.rows, counter_.total);
    out_.append("\n");
  }

  void constraintsAndIndexes(const std::vector<TableSpec>& tables) {
    if (dialect_->constraintsAfterData()) {
      for (const TableSpec& t : tables) keys(t);
      for (const TableSpec& t : tables) {
        for (const ForeignKeySpec& fk : t.foreignKeys) {
          out_.append("ALTER TABLE " + quoteIdent(t.name) + " ADD " + foreignKey(fk) + ";\n");
        }
      }
    }
    // Index names share one namespace with the tables (PostgreSQL: per schema; SQLite: per
    // database).
    NameScope names;
    for (const TableSpec& t : tables) names.claim(t.name);
    for (const TableSpec& t : tables) {
      for (const auto& columns : t.indexes) {
        std::string name = t.name;
        for (const std::string& c : columns) name += "_" + c;
        out_.append("CREATE INDEX " + quoteIdent(names.claim(name + "_idx")) + " ON " +
                    quoteIdent(t.name) + " (" + joinIdents(columns) + ");\n");
      }
    }
  }

  void keys(const TableSpec& t) {
    std::string table = "ALTER TABLE " + quoteIdent(t.name) + " ADD ";
    if (!t.primaryKey.empty()) out_.append(table + "PRIMARY KEY (" + joinIdents(t.primaryKey) + ");\n");
    for (const std::string& u : t.unique) out_.append(table + "UNIQUE (" + quoteIdent(u) + ");\n");
  }

  const SqlExportOptions& options_;
  std::unique_ptr<SqlDialectWriter> dialect_;
  ScriptBuffer out_;
  RowCounter counter_;
};

}  // namespace

uint64_t writeScript(std::vector<TableSpec>& tables, const SqlExportOptions& options,
                     std::ostream& out) {
  orderTables(tables);
  return ScriptWriter(options, out).write(tables);
}

}  // namespace rollcall::loaders
