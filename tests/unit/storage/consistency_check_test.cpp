// `rollcall check`'s reader: a database written through transactions and the bulk writer is
// consistent; a label list entry, a neighbour list or a count damaged behind the store's back is
// reported, exactly.
#include "storage/check/consistency_check.h"

#include <rocksdb/write_batch.h>

#include "storage/codec/big_endian.h"
#include "storage/codec/keys.h"
#include "storage/kv/kv_store.h"
#include "tests/unit/storage/storage_test_util.h"

namespace rollcall::storage::testing {
namespace {

class ConsistencyCheckTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    student = label("Student");
    session = label("Session");
    attended = relType("ATTENDED");
    name = key("name");
    store_->createIndex({"student_name", student, name, true});
    auto txn = store_->begin();
    ann = txn->createNode({student}, {{name, "Ann"}});
    NodeId bob = txn->createNode({student, session}, {{name, "Bob"}});
    NodeId s1 = txn->createNode({session}, {});
    txn->createRel(attended, ann, s1, {{name, "first"}});
    txn->createRel(attended, bob, s1, {});
    txn->createRel(attended, bob, bob, {});  // a self-loop sits in both of bob's lists
    txn->commit();
    auto bulk = store_->bulkWriter();
    NodeId cy = bulk->addNode({student}, {{name, "Cy"}});
    bulk->addRel(attended, cy, s1, {});
    bulk->finish();
  }
  // Writes `batch` behind the store's back, then opens the store again.
  void damage(const std::function<void(kv::KvStore&, rocksdb::WriteBatch&)>& edit) {
    store_.reset();
    {
      kv::KvStore kv(dir_, /*createIfMissing=*/false, /*readOnly=*/false);
      rocksdb::WriteBatch batch;
      edit(kv, batch);
      kv.write(batch);
    }
    store_ = GraphStore::open(dir_);
  }

  LabelId student, session;
  RelTypeId attended;
  PropKeyId name;
  NodeId ann = 0;
};

TEST_F(ConsistencyCheckTest, AWellWrittenDatabaseIsConsistent) {
  ConsistencyReport report = checkConsistency(*store_);
  EXPECT_TRUE(report.ok()) << (report.problems.empty() ? "" : report.problems.front());
  EXPECT_EQ(report.nodes, 4u);
  EXPECT_EQ(report.relationships, 4u);
  EXPECT_EQ(report.indexEntries, 3u);
}

TEST_F(ConsistencyCheckTest, AMissingLabelListEntryIsReported) {
  damage([&](kv::KvStore& kv, rocksdb::WriteBatch& batch) {
    batch.Delete(kv.cf(kv::Cf::LABELS), keys::labelKey(student, ann));
  });
  ConsistencyReport report = checkConsistency(*store_);
  EXPECT_EQ(report.problems,
            (std::vector<std::string>{"label Student: 3 node records have it, its list has 2"}));
}

TEST_F(ConsistencyCheckTest, AWrongCountIsReported) {
  damage([&](kv::KvStore& kv, rocksdb::WriteBatch& batch) {
    std::string value;
    codec::putU64(value, 7);
    batch.Put(kv.cf(kv::Cf::META), keys::countKey(keys::CountKind::REL_TYPE, attended), value);
  });
  ConsistencyReport report = checkConsistency(*store_);
  EXPECT_EQ(report.problems,
            (std::vector<std::string>{"count of type ATTENDED: stored 7, counted 4"}));
}

TEST_F(ConsistencyCheckTest, ALostNeighbourListIsReported) {
  damage([&](kv::KvStore& kv, rocksdb::WriteBatch& batch) {
    std::string prefix = keys::adjPrefix(ann, Direction::OUT, attended);
    batch.DeleteRange(kv.cf(kv::Cf::ADJ), prefix, keys::prefixEnd(prefix));
  });
  ConsistencyReport report = checkConsistency(*store_);
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.problems.front(),
            "4 relationship records, but 3 outgoing and 4 incoming neighbour list entries");
}

}  // namespace
}  // namespace rollcall::storage::testing
