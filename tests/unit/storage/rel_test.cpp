#include "storage/common/storage_error.h"
#include "tests/unit/storage/storage_test_util.h"

namespace rollcall::storage::testing {
namespace {

std::vector<std::pair<RelId, NodeId>> pairs(const std::vector<Edge>& edges) {
  std::vector<std::pair<RelId, NodeId>> out;
  for (const auto& e : edges) out.emplace_back(e.rel, e.other);
  return out;
}

TEST_F(StoreTest, RelationshipCrudAndAdjacencyBothWays) {
  auto knows = relType("KNOWS"), likes = relType("LIKES");
  auto w = key("w");
  auto txn = store_->begin();
  NodeId a = txn->createNode({}, {}), b = txn->createNode({}, {}), c = txn->createNode({}, {});
  RelId ab = txn->createRel(knows, a, b, {{w, 0.5}});
  RelId ac = txn->createRel(knows, a, c, {});
  RelId ba = txn->createRel(likes, b, a, {{w, "x"}});
  RelId aa = txn->createRel(likes, a, a, {});
  txn->commit();

  auto read = store_->begin();
  auto rel = read->getRel(ab);
  ASSERT_TRUE(rel);
  EXPECT_EQ(rel->type, knows);
  EXPECT_EQ(rel->start, a);
  EXPECT_EQ(rel->end, b);
  EXPECT_EQ(rel->properties, (Properties{{w, 0.5}}));
  EXPECT_EQ(read->relProperty(ba, w), PropertyValue("x"));
  std::vector<Edge> edges;
  read->neighbours(a, knows, Direction::OUT, edges);
  EXPECT_EQ(pairs(edges), (std::vector<std::pair<RelId, NodeId>>{{ab, b}, {ac, c}}));
  read->neighbours(b, knows, Direction::IN, edges);
  EXPECT_EQ(pairs(edges), (std::vector<std::pair<RelId, NodeId>>{{ab, a}}));
  read->neighbours(a, likes, Direction::IN, edges);  // the self-loop shows in both directions
  EXPECT_EQ(pairs(edges), (std::vector<std::pair<RelId, NodeId>>{{ba, b}, {aa, a}}));
  read->neighboursAllTypes(a, Direction::OUT, edges);
  EXPECT_EQ(pairs(edges), (std::vector<std::pair<RelId, NodeId>>{{ab, b}, {ac, c}, {aa, a}}));
  EXPECT_EQ(edges[2].type, likes);
  EXPECT_EQ(read->degree(a, knows, Direction::OUT), 2u);
  EXPECT_EQ(read->degree(a, knows, Direction::IN), 0u);
  EXPECT_EQ(read->degreeAllTypes(a, Direction::OUT), 3u);
  EXPECT_EQ(read->degreeAllTypes(a, Direction::IN), 2u);
  EXPECT_EQ(store_->relCount(), 4u);
  EXPECT_EQ(store_->relTypeCount(knows), 2u);
  EXPECT_EQ(store_->relTypeCount(likes), 2u);
}

TEST_F(StoreTest, DeleteRelationshipsAndStillConnected) {
  auto r = relType("R");
  auto txn = store_->begin();
  NodeId a = txn->createNode({}, {}), b = txn->createNode({}, {});
  RelId ab = txn->createRel(r, a, b, {});
  txn->commit();
  auto write = store_->begin();
  try {
    write->deleteNode(a);
    FAIL();
  } catch (const StorageError& e) {
    EXPECT_EQ(e.kind(), StorageErrorKind::STILL_CONNECTED);
  }
  write->deleteRel(ab);
  EXPECT_FALSE(write->relExists(ab));
  write->deleteNode(a);
  write->commit();
  auto read = store_->begin();
  std::vector<Edge> edges;
  read->neighbours(b, r, Direction::IN, edges);
  EXPECT_TRUE(edges.empty());
  EXPECT_EQ(read->degree(b, r, Direction::IN), 0u);
  EXPECT_EQ(store_->relCount(), 0u);
  EXPECT_EQ(store_->relTypeCount(r), 0u);
  EXPECT_EQ(store_->nodeCount(), 1u);
}

TEST_F(StoreTest, HubNodeSpansChunksAndScansStayOrdered) {
  auto r = relType("R"), other = relType("O");
  auto txn = store_->begin();
  NodeId hub = txn->createNode({}, {});
  std::vector<RelId> rels;
  for (int i = 0; i < 1200; ++i) {
    NodeId n = txn->createNode({}, {});
    rels.push_back(txn->createRel(r, hub, n, {}));
    if (i % 100 == 0) txn->createRel(other, n, hub, {});
  }
  txn->commit();
  auto write = store_->begin();
  write->deleteRel(rels[600]);  // from the middle of a chunk
  rels.erase(rels.begin() + 600);
  std::vector<Edge> edges;
  write->neighbours(hub, r, Direction::OUT, edges);
  ASSERT_EQ(edges.size(), rels.size());
  for (size_t i = 0; i < rels.size(); ++i) EXPECT_EQ(edges[i].rel, rels[i]);
  EXPECT_EQ(write->degree(hub, r, Direction::OUT), 1199u);
  auto cursor = write->scanRelType(r);
  auto entries = drain(*cursor);
  ASSERT_EQ(entries.size(), rels.size());
  for (size_t i = 0; i < rels.size(); ++i) {
    EXPECT_EQ(entries[i].id, rels[i]);
    EXPECT_EQ(entries[i].start, hub);
  }
  auto all = write->scanAllRels();
  EXPECT_EQ(drain(*all).size(), 1199u + 12u);
}

TEST_F(StoreTest, CursorSurvivesWritesInItsTransaction) {
  auto a = label("A");
  auto txn = store_->begin();
  for (int i = 0; i < 10; ++i) txn->createNode({a}, {});
  txn->commit();
  auto write = store_->begin();
  auto cursor = write->scanLabel(a);
  NodeId buf[4];
  std::vector<NodeId> seen;
  while (size_t n = cursor->next(buf, 4)) {
    for (size_t i = 0; i < n; ++i) {
      seen.push_back(buf[i]);
      write->setNodeProperty(buf[i], key("k"), int64_t(buf[i]));
    }
  }
  EXPECT_EQ(seen.size(), 10u);
  for (NodeId id : seen) EXPECT_EQ(write->nodeProperty(id, key("k")), PropertyValue(int64_t(id)));
}

}  // namespace
}  // namespace rollcall::storage::testing

namespace rollcall::storage::testing {
namespace {

// Appends are buffered per list inside a transaction: every read path must see them.
TEST_F(StoreTest, OwnRelationshipWritesVisibleBeforeCommit) {
  auto r = relType("R");
  auto txn = store_->begin();
  NodeId hub = txn->createNode({}, {});
  std::vector<RelId> rels;
  for (int i = 0; i < 700; ++i) rels.push_back(txn->createRel(r, hub, hub, {}));
  std::vector<Edge> edges;
  txn->neighbours(hub, r, Direction::IN, edges);
  EXPECT_EQ(edges.size(), 700u);
  auto cursor = txn->scanRelType(r);
  EXPECT_EQ(drain(*cursor).size(), 700u);
  txn->deleteRel(rels[650]);
  rels.push_back(txn->createRel(r, hub, hub, {}));
  txn->neighbours(hub, r, Direction::OUT, edges);
  ASSERT_EQ(edges.size(), 700u);
  EXPECT_EQ(edges.back().rel, rels.back());
  EXPECT_EQ(txn->degree(hub, r, Direction::OUT), 700u);
  txn->commit();
  auto read = store_->begin();
  auto all = read->scanRelType(r);
  auto entries = drain(*all);
  ASSERT_EQ(entries.size(), 700u);
  EXPECT_EQ(entries.back().id, rels.back());
  read->neighbours(hub, r, Direction::IN, edges);
  EXPECT_EQ(edges.size(), 700u);
}

}  // namespace
}  // namespace rollcall::storage::testing
