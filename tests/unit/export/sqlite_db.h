#pragma once
// Test fixture: a SQLite database (the system's libsqlite3) that runs whole scripts, as
// `sqlite3 db < export.sql` would, and answers queries as rows of text.
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace rollcall::sqltest {

// One result cell as text; std::nullopt is SQL NULL, so a text value 'NULL' stays distinct.
using SqlCell = std::optional<std::string>;
using SqlRow = std::vector<SqlCell>;
using SqlRows = std::vector<SqlRow>;

class SqliteDb {
 public:
  // Opens (creating) the database at `path`; ":memory:" for a private in-memory one.
  // Throws std::runtime_error with SQLite's message on failure.
  explicit SqliteDb(const std::string& path = ":memory:");
  ~SqliteDb();
  SqliteDb(const SqliteDb&) = delete;
  SqliteDb& operator=(const SqliteDb&) = delete;

  // Runs every statement of `script`; the first error throws std::runtime_error carrying
  // SQLite's message (statements before it have run).
  void exec(const std::string& script);

  // Runs one query. Integers come back as decimal text, reals as SQLite renders them (up to
  // 15 significant digits), text and dates as stored.
  SqlRows query(const std::string& sql);

 private:
  sqlite3* db_ = nullptr;
};

}  // namespace rollcall::sqltest
