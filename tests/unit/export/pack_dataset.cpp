#include "tests/unit/export/pack_dataset.h"

#include <unistd.h>

#include <fstream>
#include <map>
#include <sstream>

#include "loaders/export/sql_export.h"
#include "loaders/generate/generator.h"
#include "loaders/import/attendance_loader.h"
#include "tests/unit/export/edge_graph.h"
#include "tests/unit/export/pg_cluster.h"

namespace rollcall::sqltest {

namespace {

namespace fs = std::filesystem;

loaders::AttendanceFiles filesIn(const fs::path& dir) {
  return {(dir / "students.csv").string(), (dir / "sessions.csv").string(),
          (dir / "attendance.csv").string()};
}

// Seed 7 at this size gives a session without a module and one without an instructor.
loaders::GeneratorOptions dirtyOptions() {
  loaders::GeneratorOptions options;
  options.students = 400;
  options.sessions = 300;
  options.attendance = 6000;
  options.seed = 7;
  options.dirty = true;
  return options;
}

std::string exportScript(Database& db, loaders::SqlDialect dialect) {
  loaders::SqlExportOptions options;
  options.dialect = dialect;
  std::ostringstream out;
  loaders::exportSql(db.store(), options, out);
  return out.str();
}

std::map<PackData, std::unique_ptr<PackDataset>>& datasets() {
  static std::map<PackData, std::unique_ptr<PackDataset>> sets;
  return sets;
}

}  // namespace

const char* packDataName(PackData data) {
  switch (data) {
    case PackData::SAMPLE:
      return "sample";
    case PackData::DIRTY:
      return "dirty";
    case PackData::EDGE:
      return "edge";
  }
  return "?";
}

PackDataset& PackDataset::get(PackData data) {
  auto& set = datasets()[data];
  if (!set) set = std::make_unique<PackDataset>(data);
  return *set;
}

void PackDataset::releaseAll() { datasets().clear(); }

PackDataset::PackDataset(PackData data) {
  dir_ = fs::temp_directory_path() /
         ("rollcall-sqlpack-" + std::to_string(::getpid()) + "-" + packDataName(data));
  fs::remove_all(dir_);
  fs::create_directories(dir_);
  db_ = std::make_unique<Database>((dir_ / "db").string());
  load(data);
}

PackDataset::~PackDataset() {
  db_.reset();
  std::error_code ignored;
  fs::remove_all(dir_, ignored);
}

void PackDataset::load(PackData data) {
  fs::path csv = fs::path(ROLLCALL_SOURCE_DIR) / "data" / "sample";
  if (data == PackData::DIRTY) {
    csv = dir_ / "csv";
    loaders::generateAttendance(dirtyOptions(), csv);
  }
  loaders::loadAttendance(db_->store(), filesIn(csv));
  if (data == PackData::EDGE) addEdgeCases(*db_);
}

SqlRows PackDataset::sqlite(const std::string& sql) {
  if (!sqlite_) {
    sqlite_ = std::make_unique<SqliteDb>();
    sqlite_->exec(exportScript(*db_, loaders::SqlDialect::SQLITE));
  }
  return sqlite_->query(sql);
}

SqlRows PackDataset::postgres(const std::string& sql) {
  auto& pg = PgCluster::shared();
  if (pgDatabase_.empty()) {
    std::string database = pg.createDatabase();
    std::string path = pg.folder() + "/" + database + ".sql";
    std::ofstream(path, std::ios::binary) << exportScript(*db_, loaders::SqlDialect::POSTGRES);
    auto result = pg.loadFile(database, path);
    if (result.exitStatus != 0) {
      throw std::runtime_error("psql could not load the PostgreSQL export (status " +
                               std::to_string(result.exitStatus) + "):\n" + result.errors);
    }
    pgDatabase_ = database;
  }
  return pg.query(pgDatabase_, sql);
}

}  // namespace rollcall::sqltest
