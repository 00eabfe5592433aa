// The transactional write path keeps per-transaction state (last chunks, degrees, nodes known to
// exist) outside the batch: reads inside the transaction, commit and rollback must all see
// exactly what a batch-only implementation would.
#include <algorithm>

#include "storage/common/storage_error.h"
#include "tests/unit/storage/storage_test_util.h"

namespace rollcall::storage::testing {
namespace {

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

}  // namespace
}  // namespace rollcall::storage::testing
