// A format 3 database, whose index keys kept each number's exact type: read-only it cannot be
// seeked; the first open for writing rewrites its index entries, after which 1 and 1.0 are one
// key, and later opens leave them alone.
#include "storage/graph/index_entries.h"
#include "tests/unit/storage/old_index_format.h"
#include "tests/unit/storage/storage_test_util.h"

namespace rollcall::storage::testing {
namespace {

class IndexMigrationTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    person = label("Person");
    x = key("x");
    store_->createIndex({"person_x", person, x, /*unique=*/false});
    auto txn = store_->begin();
    one = txn->createNode({person}, {{x, 1}});
    oneFloat = txn->createNode({person}, {{x, 1.0}});
    half = txn->createNode({person}, {{x, 2.5}});
    text = txn->createNode({person}, {{x, "s"}});
    txn->commit();
    store_.reset();
    downgradeToFormatThree(dir_);
  }
  std::vector<NodeId> seek(const PropertyValue& value) {
    return store_->begin()->indexSeek(person, x, value);
  }
  std::vector<std::string> expectedEntries() {
    std::vector<std::string> out;
    for (auto [node, value] : std::vector<std::pair<NodeId, PropertyValue>>{
             {one, 1}, {oneFloat, 1.0}, {half, 2.5}, {text, "s"}}) {
      out.push_back(indexValuePrefix(person, x, value));
      codec::putU64(out.back(), node);
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  LabelId person;
  PropKeyId x;
  NodeId one, oneFloat, half, text;
};

TEST_F(IndexMigrationTest, OpeningForWritingRewritesTheEntries) {
  store_ = GraphStore::open(dir_, {.createIfMissing = false});
  EXPECT_TRUE(store_->indexSeeksAvailable());
  EXPECT_EQ(seek(1), (std::vector<NodeId>{one, oneFloat}));
  EXPECT_EQ(seek(1.0), (std::vector<NodeId>{one, oneFloat}));
  EXPECT_EQ(seek(2.5), std::vector<NodeId>{half});
  EXPECT_EQ(seek("s"), std::vector<NodeId>{text});
  store_.reset();
  EXPECT_EQ(indexFamily(dir_), expectedEntries());  // no entry of the old encoding is left
}

TEST_F(IndexMigrationTest, ReadOnlyCannotSeekTheOldEntries) {
  store_ = GraphStore::open(dir_, {.createIfMissing = false, .readOnly = true});
  EXPECT_FALSE(store_->indexSeeksAvailable());
  try {
    seek(1);
    FAIL() << "seeking a format 3 index read-only should fail";
  } catch (const StorageError& e) {
    EXPECT_EQ(e.kind(), StorageErrorKind::FORMAT_VERSION);
    EXPECT_STREQ(e.what(), ("database '" + dir_ +
                            "' has format version 3; open it once for writing to convert its "
                            "indexes")
                               .c_str());
  }
}

// The migration writes its batch with the new format version: a later open does not run it
// again, so an entry removed by hand behind the store's back stays removed.
TEST_F(IndexMigrationTest, ReopeningAMigratedDatabaseChangesNothing) {
  store_ = GraphStore::open(dir_, {.createIfMissing = false});
  store_.reset();
  auto entries = indexFamily(dir_);
  {
    kv::KvStore kv(dir_, /*createIfMissing=*/false, /*readOnly=*/false);
    rocksdb::WriteBatch batch;
    batch.Delete(kv.cf(kv::Cf::INDEX), entries.back());
    kv.write(batch);
  }
  reopen();
  store_.reset();
  entries.pop_back();
  EXPECT_EQ(indexFamily(dir_), entries);
}

}  // namespace
}  // namespace rollcall::storage::testing
