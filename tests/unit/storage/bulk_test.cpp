#include <filesystem>
#include <tuple>

#include "storage/codec/keys.h"
#include "storage/common/storage_error.h"
#include "storage/graph/bulk_writer.h"
#include "tests/unit/storage/storage_test_util.h"

namespace rollcall::storage::testing {
namespace {

TEST_F(StoreTest, BulkLoadMatchesTransactionalLayout) {
  auto person = label("Person"), city = label("City");
  auto name = key("name");
  auto lives = relType("LIVES_IN"), knows = relType("KNOWS");
  store_->createIndex({"by_name", person, name, true});
  auto txn = store_->begin();
  NodeId old = txn->createNode({person}, {{name, "Old"}});
  NodeId oldFriend = txn->createNode({person}, {{name, "Friend"}});
  RelId oldRel = txn->createRel(knows, old, oldFriend, {});
  txn->commit();

  auto bulk = store_->bulkWriter();
  NodeId paris = bulk->addNode({city}, {{name, "Paris"}});
  std::vector<NodeId> people;
  for (int i = 0; i < 1100; ++i) {
    people.push_back(bulk->addNode({person}, {{name, "p" + std::to_string(i)}}));
  }
  std::vector<RelId> toParis;
  for (NodeId p : people) toParis.push_back(bulk->addRel(lives, p, paris, {}));
  RelId k = bulk->addRel(knows, old, people[0], {{key("since"), 2020}});
  EXPECT_THROW(bulk->addRel(knows, old, 999999, {}), StorageError);
  bulk->finish();
  bulk.reset();

  reopen();
  EXPECT_EQ(store_->nodeCount(), 1103u);
  EXPECT_EQ(store_->labelCount(person), 1102u);
  EXPECT_EQ(store_->relTypeCount(lives), 1100u);
  EXPECT_EQ(store_->relCount(), 1102u);
  auto read = store_->begin();
  EXPECT_EQ(read->indexSeek(person, name, "p7"), std::vector<NodeId>{people[7]});
  EXPECT_EQ(read->degree(paris, lives, Direction::IN), 1100u);
  EXPECT_EQ(read->degree(old, knows, Direction::OUT), 2u);
  std::vector<Edge> edges;
  read->neighbours(paris, lives, Direction::IN, edges);
  ASSERT_EQ(edges.size(), 1100u);
  for (size_t i = 0; i < edges.size(); ++i) {
    EXPECT_EQ(edges[i].rel, toParis[i]);
    EXPECT_EQ(edges[i].other, people[i]);
  }
  read->neighbours(old, knows, Direction::OUT, edges);
  ASSERT_EQ(edges.size(), 2u);
  EXPECT_EQ(edges[0].rel, oldRel);
  EXPECT_EQ(edges[1].rel, k);
  EXPECT_EQ(read->relProperty(k, key("since")), PropertyValue(2020));
  auto scan = read->scanLabel(city);
  EXPECT_EQ(drain(*scan), std::vector<NodeId>{paris});
  read.reset();

  // Transactional writes carry on from the bulk data.
  auto write = store_->begin();
  RelId after = write->createRel(lives, old, paris, {});
  EXPECT_GT(after, k);
  write->deleteRel(toParis[3]);
  write->commit();
  read = store_->begin();
  read->neighbours(paris, lives, Direction::IN, edges);
  EXPECT_EQ(edges.size(), 1100u);
  EXPECT_EQ(edges.back().rel, after);
  EXPECT_EQ(read->degree(paris, lives, Direction::IN), 1100u);
}

TEST_F(StoreTest, BulkUniqueViolationWritesNothing) {
  auto person = label("Person");
  auto name = key("name");
  store_->createIndex({"by_name", person, name, true});
  {
    auto bulk = store_->bulkWriter();
    bulk->addNode({person}, {{name, "a"}});
    bulk->addNode({person}, {{name, "a"}});
    try {
      bulk->finish();
      FAIL();
    } catch (const StorageError& e) {
      EXPECT_EQ(e.kind(), StorageErrorKind::UNIQUE_VIOLATION);
    }
  }
  {
    auto bulk = store_->bulkWriter();
    EXPECT_THROW(store_->begin()->createNode({}, {}), StorageError);  // the slot is taken
  }                                                                   // abandoned without finish()
  EXPECT_EQ(store_->nodeCount(), 0u);
  auto read = store_->begin();
  auto all = read->scanAllNodes();
  EXPECT_TRUE(drain(*all).empty());
  std::size_t files = 0;
  for (auto& entry : std::filesystem::directory_iterator(dir_)) {
    files += entry.path().filename().string().starts_with("bulk-");
  }
  EXPECT_EQ(files, 0u);
}

// finish() writes relationship records, type chunks and neighbour lists as several files built
// on two threads; what it ingests must read exactly like the same writes made by a transaction:
// interleaved types, properties on some relationships, hubs with several chunks per list.
TEST_F(StoreTest, BulkFilesReadLikeTransactionalWrites) {
  std::string txnDir = uniqueTempDir("storage-txn");
  auto txnStore = GraphStore::open(txnDir);
  auto interned = [](GraphStore& store) {
    auto& c = store.catalog();
    return std::tuple(c.getOrCreateLabel("N"), c.getOrCreateRelType("A"), c.getOrCreateRelType("B"),
                      c.getOrCreateRelType("C"), c.getOrCreatePropKey("w"));
  };
  auto [n, a, b, c, w] = interned(*store_);
  ASSERT_EQ(interned(*txnStore), std::tuple(n, a, b, c, w));
  const RelTypeId types[] = {a, b, c};
  constexpr int NODES = 300, RELS = 4000;
  auto bulk = store_->bulkWriter();
  auto txn = txnStore->begin();
  std::vector<NodeId> nodes;
  for (int i = 0; i < NODES; ++i) {
    nodes.push_back(bulk->addNode({n}, {}));
    ASSERT_EQ(txn->createNode({n}, {}), nodes.back());
  }
  uint64_t x = 12345;
  for (int i = 0; i < RELS; ++i) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    bool hub = i % 3 == 0;  // node 0's A list: about 1,300 relationships, 3 chunks
    NodeId start = nodes[hub ? 0 : (x >> 33) % NODES];
    NodeId end = nodes[(x >> 13) % NODES];
    RelTypeId type = hub ? a : types[(x >> 50) % 3];
    Properties props;
    if (i % 5 == 0) props.emplace_back(w, PropertyValue(int64_t(i)));
    RelId id = bulk->addRel(type, start, end, props);
    ASSERT_EQ(txn->createRel(type, start, end, props), id);
  }
  bulk->finish();
  bulk.reset();
  txn->commit();
  txn.reset();

  auto fromBulk = store_->begin();
  auto fromTxn = txnStore->begin();
  EXPECT_EQ(store_->relCount(), txnStore->relCount());
  std::vector<Edge> bulkEdges, txnEdges;
  for (RelTypeId type : types) {
    EXPECT_EQ(store_->relTypeCount(type), txnStore->relTypeCount(type));
    auto bulkScan = fromBulk->scanRelType(type);
    auto txnScan = fromTxn->scanRelType(type);
    auto bulkRels = drain(*bulkScan), txnRels = drain(*txnScan);
    ASSERT_EQ(bulkRels.size(), txnRels.size());
    for (size_t i = 0; i < bulkRels.size(); ++i) {
      EXPECT_EQ(bulkRels[i].id, txnRels[i].id);
      EXPECT_EQ(bulkRels[i].start, txnRels[i].start);
      EXPECT_EQ(bulkRels[i].end, txnRels[i].end);
      EXPECT_EQ(fromBulk->relProperty(bulkRels[i].id, w), fromTxn->relProperty(txnRels[i].id, w));
    }
    for (NodeId node : nodes) {
      for (Direction dir : {Direction::OUT, Direction::IN}) {
        EXPECT_EQ(fromBulk->degree(node, type, dir), fromTxn->degree(node, type, dir));
        fromBulk->neighbours(node, type, dir, bulkEdges);
        fromTxn->neighbours(node, type, dir, txnEdges);
        ASSERT_EQ(bulkEdges.size(), txnEdges.size());
        for (size_t i = 0; i < bulkEdges.size(); ++i) {
          EXPECT_EQ(bulkEdges[i].rel, txnEdges[i].rel);
          EXPECT_EQ(bulkEdges[i].other, txnEdges[i].other);
        }
      }
    }
  }
  EXPECT_GT(fromBulk->degree(nodes[0], a, Direction::OUT), 2 * keys::CHUNK_ENTRIES);
  fromBulk.reset();
  fromTxn.reset();
  txnStore.reset();
  std::filesystem::remove_all(txnDir);
}

}  // namespace
}  // namespace rollcall::storage::testing
