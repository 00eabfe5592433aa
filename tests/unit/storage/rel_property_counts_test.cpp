// Counts of relationships holding each property key, per type (format 3): exact after every
// kind of write, the bulk path and a rollback, and counted once for a database of format 2.
#include <rocksdb/write_batch.h>

#include "storage/codec/big_endian.h"
#include "storage/codec/keys.h"
#include "storage/kv/kv_store.h"
#include "tests/unit/storage/storage_test_util.h"

namespace rollcall::storage::testing {
namespace {

class RelPropertyCountsTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    person = label("Person");
    knows = relType("KNOWS");
    since = key("since");
    weight = key("weight");
  }
  uint64_t count(PropKeyId k) { return store_->relPropertyCount(knows, k).value(); }

  LabelId person;
  RelTypeId knows;
  PropKeyId since, weight;
};

TEST_F(RelPropertyCountsTest, FollowEveryKindOfWrite) {
  auto txn = store_->begin();
  NodeId a = txn->createNode({person}, {}), b = txn->createNode({person}, {});
  RelId r1 = txn->createRel(knows, a, b, {{since, 2020}});
  RelId r2 = txn->createRel(knows, b, a, {{since, 2021}, {weight, 0.5}});
  RelId r3 = txn->createRel(knows, a, a, {});
  txn->commit();
  EXPECT_EQ(count(since), 2u);
  EXPECT_EQ(count(weight), 1u);

  txn = store_->begin();
  txn->setRelProperty(r3, since, 2022);         // gained
  txn->setRelProperty(r1, since, PropertyValue());  // removed by null
  txn->setRelProperty(r2, since, 1999);         // overwritten: no change
  txn->commit();
  EXPECT_EQ(count(since), 2u);

  txn = store_->begin();
  txn->setRelProperties(r2, {{weight, 1.0}});  // since lost, weight kept
  txn->deleteRel(r3);
  txn->commit();
  EXPECT_EQ(count(since), 0u);
  EXPECT_EQ(count(weight), 1u);
}

TEST_F(RelPropertyCountsTest, RollbackAndReopenKeepTheCommittedCounts) {
  auto txn = store_->begin();
  NodeId a = txn->createNode({person}, {});
  txn->createRel(knows, a, a, {{since, 1}});
  txn->commit();
  txn = store_->begin();
  txn->createRel(knows, a, a, {{since, 2}});
  txn->rollback();
  reopen();
  EXPECT_EQ(count(since), 1u);
  EXPECT_EQ(count(weight), 0u);
}

TEST_F(RelPropertyCountsTest, CountedByTheBulkWriter) {
  auto bulk = store_->bulkWriter();
  NodeId a = bulk->addNode({person}, {}), b = bulk->addNode({person}, {});
  bulk->addRel(knows, a, b, {{since, 1}, {weight, 2.0}});
  bulk->addRel(knows, b, a, {{since, 3}});
  bulk->addRel(knows, b, b, {});
  bulk->finish();
  EXPECT_EQ(count(since), 2u);
  EXPECT_EQ(count(weight), 1u);
}

// A database of format 2 has no such counts: read-only, the store says it does not know;
// opened for writing, it counts them once, equal to what commits would have kept.
TEST_F(RelPropertyCountsTest, CountedWhenAFormat2DatabaseIsOpened) {
  auto txn = store_->begin();
  NodeId a = txn->createNode({person}, {});
  txn->createRel(knows, a, a, {{since, 1}});
  txn->createRel(knows, a, a, {{since, 2}, {weight, 1.5}});
  txn->commit();
  store_.reset();
  {
    kv::KvStore kv(dir_, /*createIfMissing=*/false, /*readOnly=*/false);
    rocksdb::WriteBatch batch;
    std::string prefix = keys::countKey(keys::CountKind::REL_PROPERTY, 0).substr(0, 5);
    batch.DeleteRange(kv.cf(kv::Cf::META), prefix, keys::prefixEnd(prefix));
    std::string v2;
    codec::putU32(v2, 2);
    batch.Put(kv.cf(kv::Cf::META), keys::META_FORMAT, v2);
    kv.write(batch);
  }
  store_ = GraphStore::open(dir_, {.createIfMissing = false, .readOnly = true});
  EXPECT_FALSE(store_->relPropertyCount(knows, since).has_value());
  store_ = nullptr;
  store_ = GraphStore::open(dir_);
  EXPECT_EQ(count(since), 2u);
  EXPECT_EQ(count(weight), 1u);
}

TEST_F(RelPropertyCountsTest, NodeRecordScanReadsWholeNodesInIdOrder) {
  auto txn = store_->begin();
  LabelId tutor = label("Tutor");
  NodeId a = txn->createNode({person}, {{since, 1}});
  NodeId b = txn->createNode({tutor}, {{weight, 2.0}});
  NodeId c = txn->createNode({person, tutor}, {});
  txn->commit();
  txn = store_->begin();
  auto all = txn->scanNodeRecords();
  NodeRecord buf[2];
  std::vector<NodeRecord> seen;
  while (size_t n = all->next(buf, 2)) seen.insert(seen.end(), buf, buf + n);
  ASSERT_EQ(seen.size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    auto expected = txn->getNode(seen[i].id);
    ASSERT_TRUE(expected.has_value());
    EXPECT_EQ(seen[i].labels, expected->labels);
    EXPECT_EQ(seen[i].properties, expected->properties);
  }
  EXPECT_EQ((std::vector<NodeId>{seen[0].id, seen[1].id, seen[2].id}), (std::vector<NodeId>{a, b, c}));
  auto tutors = txn->scanNodeRecords(tutor);
  std::vector<NodeId> tutorIds;
  while (size_t n = tutors->next(buf, 1)) tutorIds.push_back(buf[0].id);
  EXPECT_EQ(tutorIds, (std::vector<NodeId>{b, c}));
}

}  // namespace
}  // namespace rollcall::storage::testing
