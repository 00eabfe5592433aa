// Edges of what a write transaction holds back from its batch (pending_family.h): records
// rewritten or deleted after a scan moved them to the batch, relationship records rewritten out
// of id order, deletes of committed records, and a rollback after commitAndContinue.
#include <algorithm>

#include "storage/common/storage_error.h"
#include "tests/unit/storage/storage_test_util.h"

namespace rollcall::storage::testing {
namespace {

std::vector<RelId> relIds(const std::vector<RelEntry>& entries) {
  std::vector<RelId> ids;
  for (const auto& e : entries) ids.push_back(e.id);
  return ids;
}

// A type scan moves the held records and chunks to the batch; a delete after it, and appends
// after the delete, must still reach the commit exactly.
TEST_F(StoreTest, CreateScanTypeDeleteAndCommitInOneTransaction) {
  auto r = relType("R");
  auto w = key("w");
  auto txn = store_->begin();
  NodeId a = txn->createNode({}, {}), b = txn->createNode({}, {});
  RelId r1 = txn->createRel(r, a, b, {{w, int64_t{1}}});
  RelId r2 = txn->createRel(r, b, a, {});
  auto scan = txn->scanRelType(r);
  EXPECT_EQ(relIds(drain(*scan)), (std::vector<RelId>{r1, r2}));
  txn->deleteRel(r1);
  EXPECT_FALSE(txn->relExists(r1));
  EXPECT_FALSE(txn->getRel(r1).has_value());
  RelId r3 = txn->createRel(r, a, a, {});
  auto again = txn->scanRelType(r);
  EXPECT_EQ(relIds(drain(*again)), (std::vector<RelId>{r2, r3}));
  auto all = txn->scanAllRels();
  EXPECT_EQ(relIds(drain(*all)), (std::vector<RelId>{r2, r3}));
  EXPECT_EQ(neighbourPairs(*txn, a, r, Direction::OUT), (Pairs{{r3, a}}));
  txn->commit();

  auto read = store_->begin();
  EXPECT_FALSE(read->relExists(r1));
  EXPECT_TRUE(read->relExists(r2));
  EXPECT_EQ(read->getRel(r3)->end, a);
  auto scanned = read->scanRelType(r);
  EXPECT_EQ(relIds(drain(*scanned)), (std::vector<RelId>{r2, r3}));
  EXPECT_EQ(read->degree(a, r, Direction::OUT), 1u);
  EXPECT_EQ(read->degree(b, r, Direction::IN), 0u);
  EXPECT_EQ(store_->relCount(), 2u);
}

// New relationship records are held in id order: rewriting or deleting one of them, or a
// committed one, goes against that order and must not lose any version.
TEST_F(StoreTest, RelationshipRecordsRewrittenOutOfIdOrder) {
  auto r = relType("R");
  auto w = key("w");
  auto seed = store_->begin();
  NodeId a = seed->createNode({}, {});
  RelId committed = seed->createRel(r, a, a, {{w, int64_t{0}}});
  RelId doomed = seed->createRel(r, a, a, {});
  seed->commit();

  auto txn = store_->begin();
  std::vector<RelId> ids;
  for (int64_t i = 0; i < 50; ++i) ids.push_back(txn->createRel(r, a, a, {{w, i}}));
  txn->setRelProperty(ids[10], w, int64_t{-10});
  txn->setRelProperty(committed, w, int64_t{7});
  ids.push_back(txn->createRel(r, a, a, {{w, int64_t{50}}}));
  txn->deleteRel(ids[20]);
  txn->deleteRel(doomed);
  txn->setRelProperty(ids[30], w, int64_t{-30});
  EXPECT_EQ(txn->relProperty(ids[10], w), PropertyValue(int64_t{-10}));
  EXPECT_EQ(txn->relProperty(ids[11], w), PropertyValue(int64_t{11}));
  EXPECT_EQ(txn->relProperty(committed, w), PropertyValue(int64_t{7}));
  EXPECT_EQ(txn->relProperty(ids[50], w), PropertyValue(int64_t{50}));
  EXPECT_FALSE(txn->relExists(ids[20]));
  EXPECT_FALSE(txn->relExists(doomed));
  EXPECT_THROW(txn->setRelProperty(ids[20], w, int64_t{1}), StorageError);
  txn->commit();

  auto read = store_->begin();
  EXPECT_EQ(read->relProperty(ids[10], w), PropertyValue(int64_t{-10}));
  EXPECT_EQ(read->relProperty(ids[30], w), PropertyValue(int64_t{-30}));
  EXPECT_EQ(read->relProperty(ids[49], w), PropertyValue(int64_t{49}));
  EXPECT_EQ(read->relProperty(committed, w), PropertyValue(int64_t{7}));
  EXPECT_FALSE(read->relExists(ids[20]));
  EXPECT_FALSE(read->relExists(doomed));
  auto all = read->scanAllRels();
  EXPECT_EQ(drain(*all).size(), 51u);  // committed + 51 new - ids[20]
  EXPECT_EQ(read->degree(a, r, Direction::OUT), 51u);
}

// A MERGE-like create and SETs, then a scan of all nodes and of the label, in one transaction;
// then a delete of a committed node (a delete of a key the transaction never held).
TEST_F(StoreTest, NodesWrittenThenScannedAndCommittedNodesDeleted) {
  auto person = label("Person");
  auto n = key("n");
  auto seed = store_->begin();
  NodeId old = seed->createNode({person}, {{n, int64_t{1}}});
  seed->commit();

  auto txn = store_->begin();
  NodeId fresh = txn->createNode({person}, {});
  for (int64_t v = 0; v < 4; ++v) txn->setNodeProperty(fresh, n, v);
  auto nodes = txn->scanAllNodes();
  EXPECT_EQ(drain(*nodes), (std::vector<NodeId>{old, fresh}));
  auto people = txn->scanLabel(person);
  EXPECT_EQ(drain(*people), (std::vector<NodeId>{old, fresh}));
  txn->deleteNode(old);
  EXPECT_FALSE(txn->nodeExists(old));
  EXPECT_FALSE(txn->hasLabel(old, person));
  EXPECT_EQ(txn->nodeProperty(old, n), PropertyValue());
  auto after = txn->scanAllNodes();
  EXPECT_EQ(drain(*after), (std::vector<NodeId>{fresh}));
  auto afterLabel = txn->scanLabel(person);
  EXPECT_EQ(drain(*afterLabel), (std::vector<NodeId>{fresh}));
  txn->commit();

  auto read = store_->begin();
  EXPECT_FALSE(read->nodeExists(old));
  EXPECT_EQ(read->nodeProperty(fresh, n), PropertyValue(int64_t{3}));
  auto scanned = read->scanLabel(person);
  EXPECT_EQ(drain(*scanned), (std::vector<NodeId>{fresh}));
  EXPECT_EQ(store_->nodeCount(), 1u);
}

// A rollback after commitAndContinue drops exactly the work since the last commit: records,
// label entries, chunks and degrees held or remembered alike.
TEST_F(StoreTest, RollbackAfterCommitAndContinueKeepsTheCommittedBatches) {
  auto person = label("Person");
  auto r = relType("R");
  auto n = key("n");
  auto txn = store_->begin();
  NodeId hub = txn->createNode({person}, {{n, int64_t{0}}});
  Pairs expected;
  for (int batch = 0; batch < 3; ++batch) {
    for (int i = 0; i < 200; ++i) {
      NodeId other = txn->createNode({person}, {});
      expected.emplace_back(txn->createRel(r, hub, other, {}), other);
    }
    txn->commitAndContinue();
  }
  RelId firstRel = expected.front().first;
  NodeId lonely = txn->createNode({person}, {});
  txn->commitAndContinue();

  txn->setNodeProperty(hub, n, int64_t{99});
  txn->deleteRel(firstRel);
  txn->deleteNode(lonely);
  for (int i = 0; i < 50; ++i) txn->createRel(r, hub, hub, {});
  NodeId gone = txn->createNode({person}, {});
  EXPECT_EQ(txn->degree(hub, r, Direction::OUT), expected.size() + 49);
  txn->rollback();

  auto read = store_->begin();
  EXPECT_EQ(read->nodeProperty(hub, n), PropertyValue(int64_t{0}));
  EXPECT_TRUE(read->relExists(firstRel));
  EXPECT_TRUE(read->nodeExists(lonely));
  EXPECT_FALSE(read->nodeExists(gone));
  EXPECT_EQ(neighbourPairs(*read, hub, r, Direction::OUT), expected);
  EXPECT_EQ(read->degree(hub, r, Direction::OUT), expected.size());
  auto people = read->scanLabel(person);
  EXPECT_EQ(drain(*people).size(), 602u);
  EXPECT_EQ(store_->relCount(), expected.size());

  // The store takes a new writer, which sees the same lists.
  auto next = store_->begin();
  NodeId last = next->createNode({}, {});
  RelId added = next->createRel(r, hub, last, {});
  expected.emplace_back(added, last);
  EXPECT_EQ(neighbourPairs(*next, hub, r, Direction::OUT), expected);
  next->commit();
}

}  // namespace
}  // namespace rollcall::storage::testing
