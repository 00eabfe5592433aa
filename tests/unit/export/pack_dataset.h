#pragma once
// One data set of the SQL pack test: a rollcall database loaded with attendance data, and its
// SQL export loaded into SQLite or PostgreSQL when first asked of that engine.
#include <filesystem>
#include <memory>
#include <string>

#include "engine/main/database.h"
#include "tests/unit/export/sqlite_db.h"

namespace rollcall::sqltest {

enum class PackData {
  SAMPLE,  // data/sample/
  DIRTY,   // generated: a few hundred students, with --dirty mess (null module, instructor, ...)
  EDGE,    // the sample plus the cases neither has (edge_graph.h)
};

const char* packDataName(PackData data);

class PackDataset {
 public:
  // Built on first use in each test process (ctest runs every test in a process of its own).
  static PackDataset& get(PackData data);
  // Closes every data set. Called before static destruction: RocksDB's own statics are gone by
  // then, and closing a database after them aborts.
  static void releaseAll();

  explicit PackDataset(PackData data);
  ~PackDataset();
  PackDataset(const PackDataset&) = delete;
  PackDataset& operator=(const PackDataset&) = delete;

  Database& graph() { return *db_; }
  // The export's tables in a private in-memory SQLite database.
  SqlRows sqlite(const std::string& sql);
  // The export's tables in a database of the shared PostgreSQL cluster, loaded with psql.
  SqlRows postgres(const std::string& sql);

 private:
  void load(PackData data);

  std::filesystem::path dir_;
  std::unique_ptr<Database> db_;
  std::unique_ptr<SqliteDb> sqlite_;
  std::string pgDatabase_;
};

}  // namespace rollcall::sqltest
