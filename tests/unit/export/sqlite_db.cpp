#include "tests/unit/export/sqlite_db.h"

#include <sqlite3.h>

#include <memory>
#include <stdexcept>

namespace rollcall::sqltest {

namespace {

std::runtime_error sqliteError(sqlite3* db, const std::string& what) {
  return std::runtime_error("sqlite: " + what + ": " + sqlite3_errmsg(db));
}

SqlCell cellAt(sqlite3_stmt* stmt, int column) {
  if (sqlite3_column_type(stmt, column) == SQLITE_NULL) return std::nullopt;
  // Text is read with its byte length so embedded NUL bytes survive.
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
  return std::string(text, static_cast<size_t>(sqlite3_column_bytes(stmt, column)));
}

}  // namespace

SqliteDb::SqliteDb(const std::string& path) {
  if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK) {
    auto error = sqliteError(db_, "cannot open " + path);
    sqlite3_close(db_);
    throw error;
  }
}

SqliteDb::~SqliteDb() { sqlite3_close(db_); }

void SqliteDb::exec(const std::string& script) {
  char* message = nullptr;
  if (sqlite3_exec(db_, script.c_str(), nullptr, nullptr, &message) == SQLITE_OK) return;
  std::string text = message ? message : sqlite3_errmsg(db_);
  sqlite3_free(message);
  throw std::runtime_error("sqlite: script failed: " + text);
}

SqlRows SqliteDb::query(const std::string& sql) {
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &raw, nullptr) !=
      SQLITE_OK) {
    throw sqliteError(db_, "cannot prepare query");
  }
  std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> stmt(raw, sqlite3_finalize);
  SqlRows rows;
  int step;
  while ((step = sqlite3_step(raw)) == SQLITE_ROW) {
    SqlRow row;
    for (int c = 0; c < sqlite3_column_count(raw); ++c) row.push_back(cellAt(raw, c));
    rows.push_back(std::move(row));
  }
  if (step != SQLITE_DONE) throw sqliteError(db_, "query failed");
  return rows;
}

}  // namespace rollcall::sqltest
