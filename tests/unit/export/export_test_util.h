#pragma once
// Fixture of the exporter's tests: a fresh graph built with Cypher, its export as text, and the
// export loaded into SQLite (in memory) and into a database of the shared PostgreSQL cluster.
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "engine/main/database.h"
#include "loaders/export/sql_export.h"
#include "tests/unit/export/pg_cluster.h"
#include "tests/unit/export/sqlite_db.h"

namespace rollcall::sqltest {

class ExportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    static std::atomic<int> counter{0};
    dir_ = std::filesystem::temp_directory_path() /
           ("rollcall-export-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_ = std::make_unique<Database>((dir_ / "db").string());
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }

  void cypher(const std::string& statement) { db_->execute(statement); }
  // The single integer a query returns (`MATCH (n {name: 'Ann'}) RETURN id(n)`), as text.
  std::string scalar(const std::string& query) {
    QueryResult result = db_->execute(query);
    EXPECT_EQ(result.rows.size(), 1u) << query;
    return result.rows.empty() ? "" : std::to_string(result.rows[0][0].asInt());
  }

  std::string exportScript(loaders::SqlDialect dialect,
                           loaders::SqlShape shape = loaders::SqlShape::GENERIC,
                           loaders::SqlExportSummary* summary = nullptr) {
    loaders::SqlExportOptions options;
    options.dialect = dialect;
    options.shape = shape;
    std::ostringstream out;
    loaders::SqlExportSummary s = loaders::exportSql(db_->store(), options, out);
    if (summary) *summary = s;
    return out.str();
  }

  // The export loaded into a fresh in-memory SQLite database.
  std::unique_ptr<SqliteDb> loadSqlite(loaders::SqlShape shape = loaders::SqlShape::GENERIC) {
    auto sqlite = std::make_unique<SqliteDb>();
    sqlite->exec(exportScript(loaders::SqlDialect::SQLITE, shape));
    return sqlite;
  }

  // The export loaded with psql into a new database of the shared cluster; its name.
  std::string loadPostgres(loaders::SqlShape shape = loaders::SqlShape::GENERIC) {
    PgCluster& pg = PgCluster::shared();
    std::string database = pg.createDatabase();
    std::filesystem::path file = std::filesystem::path(pg.folder()) / (database + ".sql");
    std::ofstream(file, std::ios::binary) << exportScript(loaders::SqlDialect::POSTGRES, shape);
    std::filesystem::permissions(file, std::filesystem::perms::others_read,
                                 std::filesystem::perm_options::add);
    PgCluster::ScriptResult result = pg.loadFile(database, file.string());
    EXPECT_EQ(result.exitStatus, 0) << result.errors;
    return database;
  }

  std::filesystem::path dir_;
  std::unique_ptr<Database> db_;
};

// Rows written inline: {{"1", "Ann"}, {"2", NUL}}.
inline const SqlCell NUL = std::nullopt;

}  // namespace rollcall::sqltest
