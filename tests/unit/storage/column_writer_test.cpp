// A transaction that reads cached chunks and then writes to them sees its own writes from then
// on, including in a label scan it opened before its first write.
#include <algorithm>
#include <iterator>

#include "tests/unit/storage/column_test_util.h"

namespace rollcall::storage::testing {
namespace {

class ColumnWriterTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    a_ = label("A");
    k_ = key("k");
    r_ = relType("R");
    auto txn = store_->begin();
    for (int i = 0; i < 10000; ++i) {
      ids_.push_back(txn->createNode(i % 2 == 0 ? std::vector{a_} : std::vector<LabelId>{},
                                     {{k_, int64_t{i}}}));
    }
    txn->createRel(r_, ids_[0], ids_[1], {});
    txn->commit();
  }

  LabelId a_;
  PropKeyId k_;
  RelTypeId r_;
  std::vector<NodeId> ids_;
};

TEST_F(ColumnWriterTest, WritesAfterCachedReadsAreSeen) {
  auto txn = store_->begin();
  for (int i = 0; i < 40; ++i) {  // builds the chunks of node 0 in the cache
    ASSERT_TRUE(txn->hasLabel(ids_[0], a_));
    ASSERT_EQ(txn->nodeProperty(ids_[0], k_), PropertyValue(0));
    ASSERT_EQ(txn->degree(ids_[0], r_, Direction::OUT), 1u);
  }
  ASSERT_EQ(txn->propertyColumn(k_, columnChunkOf(ids_[2]))->get(columnSlotOf(ids_[2])),
            PropertyValue(2));
  txn->removeLabel(ids_[0], a_);
  txn->setNodeProperty(ids_[2], k_, "two");
  txn->createRel(r_, ids_[0], ids_[3], {});
  EXPECT_FALSE(txn->hasLabel(ids_[0], a_));
  EXPECT_EQ(txn->nodeProperty(ids_[2], k_), PropertyValue("two"));
  EXPECT_EQ(txn->degree(ids_[0], r_, Direction::OUT), 2u);
  EXPECT_EQ(txn->degree(ids_[3], r_, Direction::IN), 1u);
  EXPECT_FALSE(txn->labelColumn(a_, columnChunkOf(ids_[0]))->members.test(columnSlotOf(ids_[0])));
  EXPECT_EQ(txn->propertyColumn(k_, columnChunkOf(ids_[2]))->get(columnSlotOf(ids_[2])),
            PropertyValue("two"));
  // Another chunk, unwritten, still comes from the cache.
  EXPECT_EQ(txn->nodeProperty(ids_[9000], k_), PropertyValue(9000));
  auto reader = store_->begin();
  EXPECT_TRUE(reader->hasLabel(ids_[0], a_));
  EXPECT_EQ(reader->nodeProperty(ids_[2], k_), PropertyValue(2));
  EXPECT_EQ(reader->degree(ids_[0], r_, Direction::OUT), 1u);
  EXPECT_EQ(reader->propertyColumn(k_, columnChunkOf(ids_[2]))->get(columnSlotOf(ids_[2])),
            PropertyValue(2));
}

// The scan's id range is fixed when it opens (a node created later is not returned); chunks it
// reaches after the transaction wrote to them are read as the transaction sees them.
TEST_F(ColumnWriterTest, LabelScanOpenedBeforeTheFirstWrite) {
  auto txn = store_->begin();
  auto scan = txn->scanLabel(a_);
  NodeId buf[3];
  ASSERT_EQ(scan->next(buf, 3), 3u);
  EXPECT_EQ(std::vector<NodeId>(buf, buf + 3), (std::vector<NodeId>{ids_[0], ids_[2], ids_[4]}));
  txn->addLabel(ids_[5001], a_);
  txn->removeLabel(ids_[9998], a_);
  NodeId created = txn->createNode({a_}, {});
  std::vector<NodeId> expected;
  for (int i = 6; i < 10000; i += 2) {
    if (i == 5002) expected.push_back(ids_[5001]);
    if (i != 9998) expected.push_back(ids_[i]);
  }
  auto rest = drain(*scan);
  std::vector<NodeId> old;
  std::copy_if(rest.begin(), rest.end(), std::back_inserter(old),
               [&](NodeId id) { return id != created; });
  EXPECT_EQ(old, expected);
  // txn_columns.cpp: "The id range is fixed when the cursor opens, so nodes created later (by
  // this transaction) are not returned".
  EXPECT_EQ(std::count(rest.begin(), rest.end(), created), 0)
      << "node " << created << " created after the scan opened was returned";
  auto again = txn->scanLabel(a_);  // a writing transaction's new scan sees the new node too
  auto all = drain(*again);
  ASSERT_EQ(all.size(), 5001u);
  EXPECT_EQ(all.back(), created);
}

}  // namespace
}  // namespace rollcall::storage::testing
