// The transactional write path keeps per-transaction state (last chunks, degrees, nodes known to
// exist) outside the batch: reads inside the transaction, commit and rollback must all see
// exactly what a batch-only implementation would.
#include <algorithm>

#include "storage/common/storage_error.h"
#include "tests/unit/storage/storage_test_util.h"

namespace rollcall::storage::testing {
namespace {

using Pairs = std::vector<std::pair<RelId, NodeId>>;

Pairs neighbourPairs(Transaction& txn, NodeId node, RelTypeId type, Direction dir) {
  std::vector<Edge> edges;
  txn.neighbours(node, type, dir, edges);
  Pairs out;
  for (const auto& e : edges) out.emplace_back(e.rel, e.other);
  return out;
}

// A hub with `hubRels` outgoing relationships (several chunks) and many one-relationship
// nodes, all in one transaction; returns the expected lists.
struct Star {
  NodeId hub = 0;
  std::vector<NodeId> leaves;
  Pairs hubOut;
};

Star buildStar(Transaction& txn, RelTypeId type, size_t hubRels) {
  Star star;
  star.hub = txn.createNode({}, {});
  for (size_t i = 0; i < hubRels; ++i) {
    NodeId leaf = txn.createNode({}, {});
    star.leaves.push_back(leaf);
    star.hubOut.emplace_back(txn.createRel(type, star.hub, leaf, {}), leaf);
  }
  return star;
}

void expectStar(Transaction& txn, const Star& star, RelTypeId type) {
  EXPECT_EQ(neighbourPairs(txn, star.hub, type, Direction::OUT), star.hubOut);
  EXPECT_EQ(txn.degree(star.hub, type, Direction::OUT), star.hubOut.size());
  EXPECT_EQ(txn.degreeAllTypes(star.hub, Direction::OUT), star.hubOut.size());
  for (size_t i = 0; i < star.leaves.size(); ++i) {
    EXPECT_EQ(neighbourPairs(txn, star.leaves[i], type, Direction::IN),
              (Pairs{{star.hubOut[i].first, star.hub}}));
    EXPECT_EQ(txn.degree(star.leaves[i], type, Direction::IN), 1u);
  }
  auto cursor = txn.scanRelType(type);
  auto rels = drain(*cursor);
  ASSERT_EQ(rels.size(), star.hubOut.size());
  for (size_t i = 0; i < rels.size(); ++i) {
    EXPECT_EQ(rels[i].id, star.hubOut[i].first);
    EXPECT_EQ(rels[i].start, star.hub);
    EXPECT_EQ(rels[i].end, star.hubOut[i].second);
  }
}

TEST_F(StoreTest, ManyRelationshipsInOneTransactionReadBackExactly) {
  auto r = relType("R");
  Star star;
  {
    auto txn = store_->begin();
    star = buildStar(*txn, r, 1300);  // three chunks of the hub's list and of the type
    expectStar(*txn, star, r);
    txn->commit();
    auto read = store_->begin();
    expectStar(*read, star, r);
  }
  reopen();  // transactions must not outlive their store
  auto again = store_->begin();
  expectStar(*again, star, r);
  EXPECT_EQ(store_->relCount(), 1300u);
  EXPECT_EQ(store_->relTypeCount(r), 1300u);
}

TEST_F(StoreTest, ReadsBetweenAppendsSeeEveryAppend) {
  auto r = relType("R");
  auto txn = store_->begin();
  NodeId a = txn->createNode({}, {});
  Pairs expected;
  for (int i = 0; i < 1100; ++i) {
    NodeId b = txn->createNode({}, {});
    expected.emplace_back(txn->createRel(r, a, b, {}), b);
    if (i % 97 == 0 || i == 511 || i == 512 || i == 1023) {
      ASSERT_EQ(neighbourPairs(*txn, a, r, Direction::OUT), expected) << i;
      ASSERT_EQ(txn->degree(a, r, Direction::OUT), expected.size());
    }
  }
  txn->commit();
  auto read = store_->begin();
  EXPECT_EQ(neighbourPairs(*read, a, r, Direction::OUT), expected);
}

TEST_F(StoreTest, AppendsExtendCommittedLists) {
  auto r = relType("R");
  auto first = store_->begin();
  Star star = buildStar(*first, r, 600);
  first->commit();

  auto txn = store_->begin();
  for (int i = 0; i < 10; ++i) {
    NodeId leaf = txn->createNode({}, {});
    star.leaves.push_back(leaf);
    star.hubOut.emplace_back(txn->createRel(r, star.hub, leaf, {}), leaf);
  }
  expectStar(*txn, star, r);
  txn->commit();
  auto read = store_->begin();
  expectStar(*read, star, r);
}

TEST_F(StoreTest, RollbackAfterManyWritesLeavesNothing) {
  auto r = relType("R");
  auto person = label("Person");
  auto id = key("id");
  store_->createIndex({"person_id", person, id, /*unique=*/true});
  auto first = store_->begin();
  NodeId a = first->createNode({person}, {{id, int64_t{1}}});
  NodeId b = first->createNode({person}, {{id, int64_t{2}}});
  RelId ab = first->createRel(r, a, b, {});
  first->commit();

  auto txn = store_->begin();
  for (int i = 0; i < 2000; ++i) {
    NodeId n = txn->createNode({person}, {{id, int64_t{100 + i}}});
    txn->createRel(r, a, n, {});
    txn->createRel(r, n, b, {});
  }
  txn->setNodeProperty(b, id, int64_t{3});
  txn->deleteRel(ab);
  EXPECT_EQ(txn->degree(a, r, Direction::OUT), 2000u);
  txn->rollback();

  auto read = store_->begin();
  EXPECT_EQ(neighbourPairs(*read, a, r, Direction::OUT), (Pairs{{ab, b}}));
  EXPECT_EQ(neighbourPairs(*read, b, r, Direction::IN), (Pairs{{ab, a}}));
  EXPECT_EQ(read->degree(a, r, Direction::OUT), 1u);
  EXPECT_EQ(read->degree(b, r, Direction::IN), 1u);
  EXPECT_EQ(read->indexSeek(person, id, int64_t{2}), std::vector<NodeId>{b});
  EXPECT_TRUE(read->indexSeek(person, id, int64_t{100}).empty());
  EXPECT_EQ(store_->nodeCount(), 2u);
  EXPECT_EQ(store_->relCount(), 1u);
  auto rels = drain(*read->scanRelType(r));
  EXPECT_EQ(rels.size(), 1u);
}

TEST_F(StoreTest, DeletesAndAppendsInOneTransaction) {
  auto r = relType("R");
  auto txn = store_->begin();
  NodeId a = txn->createNode({}, {});
  Pairs expected;
  for (int i = 0; i < 700; ++i) {
    NodeId b = txn->createNode({}, {});
    expected.emplace_back(txn->createRel(r, a, b, {}), b);
  }
  txn->commit();

  auto write = store_->begin();
  for (size_t i = 0; i < expected.size(); i += 3) write->deleteRel(expected[i].first);
  std::erase_if(expected, [&, i = size_t{0}](const auto&) mutable { return i++ % 3 == 0; });
  EXPECT_EQ(neighbourPairs(*write, a, r, Direction::OUT), expected);
  for (int i = 0; i < 5; ++i) {
    NodeId b = write->createNode({}, {});
    expected.emplace_back(write->createRel(r, a, b, {}), b);
  }
  EXPECT_EQ(neighbourPairs(*write, a, r, Direction::OUT), expected);
  EXPECT_EQ(write->degree(a, r, Direction::OUT), expected.size());
  EXPECT_EQ(write->degreeAllTypes(a, Direction::OUT), expected.size());
  write->commit();
  auto read = store_->begin();
  EXPECT_EQ(neighbourPairs(*read, a, r, Direction::OUT), expected);
  EXPECT_EQ(read->degree(a, r, Direction::OUT), expected.size());
  EXPECT_EQ(store_->relCount(), expected.size());
}

TEST_F(StoreTest, RelationshipToNodeDeletedInTheTransactionFails) {
  auto r = relType("R");
  auto txn = store_->begin();
  NodeId a = txn->createNode({}, {}), b = txn->createNode({}, {});
  txn->createRel(r, a, b, {});
  NodeId c = txn->createNode({}, {});
  txn->createRel(r, a, c, {});
  RelId ac = neighbourPairs(*txn, a, r, Direction::OUT).back().first;
  txn->deleteRel(ac);
  txn->deleteNode(c);
  try {
    txn->createRel(r, a, c, {});
    FAIL();
  } catch (const StorageError& e) {
    EXPECT_EQ(e.kind(), StorageErrorKind::NOT_FOUND);
  }
  EXPECT_EQ(txn->degree(a, r, Direction::OUT), 1u);
  txn->commit();
  EXPECT_EQ(store_->relCount(), 1u);
  EXPECT_EQ(store_->nodeCount(), 2u);
}

TEST_F(StoreTest, UniqueIndexSeesCommittedAndOwnWrites) {
  auto person = label("Person");
  auto id = key("id");
  store_->createIndex({"person_id", person, id, /*unique=*/true});
  auto first = store_->begin();
  NodeId a = first->createNode({person}, {{id, int64_t{1}}});
  first->commit();

  auto txn = store_->begin();
  NodeId b = txn->createNode({person}, {{id, int64_t{2}}});
  EXPECT_THROW(txn->createNode({person}, {{id, int64_t{1}}}), StorageError);  // committed
  EXPECT_THROW(txn->createNode({person}, {{id, int64_t{2}}}), StorageError);  // own write
  txn->setNodeProperty(a, id, int64_t{5});  // frees 1: the batch deletes a committed entry
  EXPECT_TRUE(txn->indexSeek(person, id, int64_t{1}).empty());
  EXPECT_EQ(txn->indexSeek(person, id, int64_t{5}), std::vector<NodeId>{a});
  NodeId c = txn->createNode({person}, {{id, int64_t{1}}});
  EXPECT_EQ(txn->indexSeek(person, id, int64_t{1}), std::vector<NodeId>{c});
  EXPECT_EQ(txn->indexSeek(person, id, int64_t{2}), std::vector<NodeId>{b});
  txn->commit();
  auto read = store_->begin();
  EXPECT_EQ(read->indexSeek(person, id, int64_t{1}), std::vector<NodeId>{c});
  EXPECT_EQ(read->indexSeek(person, id, int64_t{5}), std::vector<NodeId>{a});
  EXPECT_EQ(store_->nodeCount(), 3u);
}

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
    for (int64_t v = 0; v <= i % 4; ++v) txn->setNodeProperty(id, n, i * 10 + v);  // ends i*10 + i%4
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
  NodeId a = txn->createNode({person}, {{id, int64_t{1}}});  // the transaction now writes
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
  EXPECT_FALSE(txn->indexHoldsType(person, id, PropertyValue::Type::DOUBLE));
  txn->createNode({person}, {{id, 2.5}});
  EXPECT_TRUE(txn->indexHoldsType(person, id, PropertyValue::Type::DOUBLE));
  txn->commit();
  auto read = store_->begin();
  EXPECT_EQ(read->indexSeek(person, id, int64_t{1}), (std::vector<NodeId>{a, b}));
  EXPECT_TRUE(read->indexSeek(person, id, int64_t{2}).empty());
}

}  // namespace
}  // namespace rollcall::storage::testing
