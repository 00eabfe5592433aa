// Opening what a crash or a damaged disk leaves: a creation cut short is finished, a damaged
// CURRENT is a corruption error (not "not a rollcall database"), a killed bulk load's files go.
#include <rocksdb/db.h>

#include <filesystem>
#include <fstream>

#include "storage/common/storage_error.h"
#include "tests/unit/storage/storage_test_util.h"

namespace rollcall::storage::testing {
namespace {

namespace fs = std::filesystem;

TEST(DamagedOpen, CreationKilledBeforeCurrentIsFinished) {
  std::string dir = uniqueTempDir("created_half");
  fs::create_directories(dir);
  for (const char* name : {"LOCK", "IDENTITY", "LOG", "MANIFEST-000001"}) {
    std::ofstream(dir + "/" + name) << "";
  }
  EXPECT_THROW(GraphStore::open(dir, {.readOnly = true}), StorageError);  // nothing there yet
  GraphStore::open(dir).reset();
  EXPECT_NO_THROW(GraphStore::open(dir).reset());
  fs::remove_all(dir);
}

TEST(DamagedOpen, CreationKilledBeforeTheFormatKeyIsFinished) {
  std::string dir = uniqueTempDir("no_format");
  {  // RocksDB created the database and a few of our families, then the process died
    rocksdb::Options options;
    options.create_if_missing = true;
    options.create_missing_column_families = true;
    std::vector<rocksdb::ColumnFamilyDescriptor> cfs = {
        {rocksdb::kDefaultColumnFamilyName, {}}, {"nodes", {}}, {"labels", {}}};
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* db = nullptr;
    ASSERT_TRUE(rocksdb::DB::Open(options, dir, cfs, &handles, &db).ok());
    for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
    delete db;
  }
  auto store = GraphStore::open(dir);
  EXPECT_EQ(store->nodeCount(), 0u);
  store.reset();
  fs::remove_all(dir);
}

TEST(DamagedOpen, DamagedCurrentIsCorruption) {
  std::string dir = uniqueTempDir("bad_current");
  GraphStore::open(dir).reset();
  std::ofstream(dir + "/CURRENT", std::ios::trunc) << "MANIFEST-999999\n";
  try {
    GraphStore::open(dir);
    FAIL() << "opened a database whose CURRENT names no manifest";
  } catch (const StorageError& e) {
    EXPECT_EQ(e.kind(), StorageErrorKind::CORRUPTION) << e.what();
    EXPECT_NE(std::string(e.what()).find("the database is corrupt"), std::string::npos);
  }
  fs::remove_all(dir);
}

TEST(DamagedOpen, KilledBulkLoadFilesAreRemoved) {
  std::string dir = uniqueTempDir("bulk_left");
  GraphStore::open(dir).reset();
  std::ofstream(dir + "/bulk-12345-0.sst") << "half a sorted file";
  GraphStore::open(dir, {.readOnly = true}).reset();
  EXPECT_TRUE(fs::exists(dir + "/bulk-12345-0.sst")) << "a reader removed a writer's file";
  GraphStore::open(dir).reset();
  EXPECT_FALSE(fs::exists(dir + "/bulk-12345-0.sst"));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace rollcall::storage::testing
