// What a write transaction keeps outside its indexed batch until commit (node records, label
// entries, remembered index answers) and commitAndContinue, which commits and goes on: reads in
// between, scans, commits, rollbacks and a reopen must all see exactly the data written.
#include "storage/common/storage_error.h"
#include "tests/unit/storage/storage_test_util.h"

namespace rollcall::storage::testing {
namespace {

// Node records written in a transaction stay out of the indexed batch until commit or a scan of
// all nodes: every read in between, the scan, commit and rollback must see the latest record.
TEST_F(StoreTest, RewrittenNodeRecordsReadBackThroughScansCommitAndRollback) {
  auto person = label("Person");
  auto n = key("n");
  auto seed = store_->begin();
  NodeId committed = seed->createNode({person}, {{n, int64_t{0}}});
  seed->commit();

  auto txn = store_->begin();
  std::vector<NodeId> ids;
  for (int64_t i = 1; i <= 200; ++i) {
    NodeId id = txn->createNode({person}, {});
    for (int64_t v = 0; v <= i % 4; ++v)
      txn->setNodeProperty(id, n, i * 10 + v);  // ends i*10 + i%4
    ids.push_back(id);
  }
  txn->setNodeProperty(committed, n, int64_t{-1});
  EXPECT_EQ(txn->nodeProperty(ids[6], n), PropertyValue(int64_t{73}));
  auto all = txn->scanAllNodes();
  EXPECT_EQ(drain(*all).size(), 201u);
  txn->setNodeProperty(ids[6], n, int64_t{7});  // after the scan moved the records to the batch
  txn->deleteNode(ids[7]);
  EXPECT_FALSE(txn->getNode(ids[7]).has_value());
  EXPECT_THROW(txn->setNodeProperty(ids[7], n, int64_t{1}), StorageError);
  txn->commit();

  auto read = store_->begin();
  EXPECT_EQ(read->nodeProperty(ids[6], n), PropertyValue(int64_t{7}));
  EXPECT_EQ(read->nodeProperty(ids[8], n), PropertyValue(int64_t{91}));
  EXPECT_EQ(read->nodeProperty(ids[10], n), PropertyValue(int64_t{113}));
  EXPECT_EQ(read->nodeProperty(committed, n), PropertyValue(int64_t{-1}));
  EXPECT_FALSE(read->getNode(ids[7]).has_value());
  EXPECT_EQ(store_->nodeCount(), 200u);

  auto discarded = store_->begin();
  discarded->setNodeProperty(committed, n, int64_t{99});
  NodeId gone = discarded->createNode({person}, {{n, int64_t{5}}});
  discarded.reset();  // rolled back
  auto after = store_->begin();
  EXPECT_EQ(after->nodeProperty(committed, n), PropertyValue(int64_t{-1}));
  EXPECT_FALSE(after->getNode(gone).has_value());
}

// commitAndContinue keeps what the transaction learnt between its commits and starts new chunks
// after large committed ones: lists built over many commits must read back exactly, deletes
// must find entries in any chunk, and a rollback must drop only the work after the last commit.
TEST_F(StoreTest, CommitAndContinueBuildsListsOverManyCommits) {
  auto type = relType("KNOWS");
  auto txn = store_->begin();
  NodeId hub = txn->createNode({}, {});
  Pairs expected;
  std::vector<NodeId> leaves;
  for (int batch = 0; batch < 12; ++batch) {
    for (int i = 0; i < 150; ++i) {  // 150 entries: past the size at which a chunk is sealed
      NodeId leaf = txn->createNode({}, {});
      leaves.push_back(leaf);
      expected.emplace_back(txn->createRel(type, hub, leaf, {}), leaf);
    }
    txn->commitAndContinue();
    ASSERT_EQ(neighbourPairs(*txn, hub, type, Direction::OUT), expected) << batch;
  }
  // Remove one entry from an early chunk and the very last one, then commit again.
  auto early = expected.begin() + 20;
  txn->deleteRel(early->first);
  expected.erase(early);
  txn->deleteRel(expected.back().first);
  expected.pop_back();
  txn->commitAndContinue();
  EXPECT_EQ(neighbourPairs(*txn, hub, type, Direction::OUT), expected);
  EXPECT_EQ(txn->degree(hub, type, Direction::OUT), expected.size());

  // Work after the last commit is what a rollback drops.
  NodeId late = txn->createNode({}, {});
  txn->createRel(type, hub, late, {});
  txn->rollback();

  {
    auto read = store_->begin();
    EXPECT_EQ(neighbourPairs(*read, hub, type, Direction::OUT), expected);
    EXPECT_EQ(read->degree(hub, type, Direction::OUT), expected.size());
    EXPECT_EQ(drain(*read->scanRelType(type)).size(), expected.size());
    EXPECT_FALSE(read->getNode(late).has_value());
  }
  EXPECT_EQ(store_->relCount(), expected.size());
  EXPECT_EQ(store_->nodeCount(), 1 + leaves.size());
  txn.reset();
  reopen();
  auto again = store_->begin();
  EXPECT_EQ(neighbourPairs(*again, hub, type, Direction::OUT), expected);
}

TEST_F(StoreTest, CommitAndContinueSeesIndexChangesOfEarlierCommits) {
  auto person = label("Person");
  auto id = key("id");
  store_->createIndex({"person_id", person, id, /*unique=*/true});
  auto txn = store_->begin();
  NodeId a = txn->createNode({person}, {{id, int64_t{1}}});
  EXPECT_EQ(txn->indexSeek(person, id, int64_t{1}), std::vector<NodeId>{a});
  txn->commitAndContinue();
  EXPECT_EQ(txn->indexSeek(person, id, int64_t{1}), std::vector<NodeId>{a});  // remembered
  txn->setNodeProperty(a, id, int64_t{2});
  EXPECT_TRUE(txn->indexSeek(person, id, int64_t{1}).empty());
  txn->commitAndContinue();
  EXPECT_EQ(txn->indexSeek(person, id, int64_t{2}), std::vector<NodeId>{a});
  EXPECT_THROW(txn->createNode({person}, {{id, int64_t{2}}}), StorageError);
  txn->commit();
  auto read = store_->begin();
  EXPECT_EQ(read->indexSeek(person, id, int64_t{2}), std::vector<NodeId>{a});
  EXPECT_EQ(read->nodeProperty(a, id), PropertyValue(int64_t{2}));
}

// Label entries wait outside the batch until a label scan or commit, replayed in order.
TEST_F(StoreTest, LabelEntriesWrittenAndRemovedInOneTransactionScanExactly) {
  auto student = label("Student");
  auto other = label("Other");
  auto txn = store_->begin();
  NodeId gone = txn->createNode({student}, {});
  NodeId kept = txn->createNode({student, other}, {});
  txn->deleteNode(gone);
  EXPECT_EQ(drain(*txn->scanLabel(student)), std::vector<NodeId>{kept});
  NodeId late = txn->createNode({student}, {});  // after the scan flushed the earlier entries
  txn->removeLabel(kept, other);
  EXPECT_EQ(drain(*txn->scanLabel(student)), (std::vector<NodeId>{kept, late}));
  EXPECT_TRUE(drain(*txn->scanLabel(other)).empty());
  txn->addLabel(late, other);
  txn->commit();
  auto read = store_->begin();
  EXPECT_EQ(drain(*read->scanLabel(student)), (std::vector<NodeId>{kept, late}));
  EXPECT_EQ(drain(*read->scanLabel(other)), std::vector<NodeId>{late});
  EXPECT_EQ(store_->labelCount(student), 2u);
  auto discarded = store_->begin();
  discarded->createNode({other}, {});
  discarded->rollback();
  auto after = store_->begin();
  EXPECT_EQ(drain(*after->scanLabel(other)), std::vector<NodeId>{late});
}

// A write transaction remembers index answers and applies its own index writes to them: every
// lookup after a create, an update or a delete must see that write.
TEST_F(StoreTest, RememberedIndexAnswersFollowTheTransactionsWrites) {
  auto person = label("Person");
  auto id = key("id");
  store_->createIndex({"person_id", person, id, /*unique=*/false});
  auto txn = store_->begin();
  NodeId a = txn->createNode({person}, {{id, int64_t{1}}});     // the transaction now writes
  EXPECT_TRUE(txn->indexSeek(person, id, int64_t{2}).empty());  // remembered as empty
  NodeId b = txn->createNode({person}, {{id, int64_t{2}}});
  EXPECT_EQ(txn->indexSeek(person, id, int64_t{2}), std::vector<NodeId>{b});
  NodeId c = txn->createNode({person}, {{id, int64_t{2}}});
  EXPECT_EQ(txn->indexSeek(person, id, int64_t{2}), (std::vector<NodeId>{b, c}));
  txn->setNodeProperty(b, id, int64_t{1});
  EXPECT_EQ(txn->indexSeek(person, id, int64_t{2}), std::vector<NodeId>{c});
  EXPECT_EQ(txn->indexSeek(person, id, int64_t{1}), (std::vector<NodeId>{a, b}));
  txn->deleteNode(c);
  EXPECT_TRUE(txn->indexSeek(person, id, int64_t{2}).empty());
  NodeId d = txn->createNode({person}, {{id, 1.0}});  // the same index value as 1
  EXPECT_EQ(txn->indexSeek(person, id, int64_t{1}), (std::vector<NodeId>{a, b, d}));
  txn->commit();
  auto read = store_->begin();
  EXPECT_EQ(read->indexSeek(person, id, 1.0), (std::vector<NodeId>{a, b, d}));
  EXPECT_TRUE(read->indexSeek(person, id, int64_t{2}).empty());
}

}  // namespace
}  // namespace rollcall::storage::testing
