// Point reads in scan order go through a forward-stepping iterator (ForwardReader); every order
// of reads (ascending, descending, repeated, with gaps, interleaved) must give what the data
// holds, and a transaction's own writes must win over anything read before them.
#include <algorithm>
#include <numeric>

#include "storage/graph/transaction.h"
#include "tests/unit/storage/storage_test_util.h"

namespace rollcall::storage::testing {
namespace {

constexpr int NODES = 600;

class ScanOrderReadTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    // Key ids in this order: the list comes first in every record, so reading `n` or `name`
    // skips over an encoded list.
    tags_ = key("tags");
    n_ = key("n");
    name_ = key("name");
    student_ = label("Student");
    other_ = label("Other");
    knows_ = relType("KNOWS");
    auto txn = store_->begin();
    for (int i = 0; i < NODES; ++i) {
      Properties props{{tags_, PropertyList{PropertyValue(int64_t{i}), PropertyValue("t")}},
                       {n_, int64_t{i}},
                       {name_, "node" + std::to_string(i)}};
      ids_.push_back(txn->createNode({i % 3 == 0 ? other_ : student_}, props));
    }
    // Node i knows i+1 and i+2 when i is a multiple of 5: many nodes have no list at all.
    for (int i = 0; i + 2 < NODES; i += 5) {
      txn->createRel(knows_, ids_[i], ids_[i + 1], {});
      txn->createRel(knows_, ids_[i], ids_[i + 2], {});
    }
    txn->commit();
  }

  uint64_t expectedOutDegree(int i) const { return i % 5 == 0 && i + 2 < NODES ? 2 : 0; }

  void checkNode(Transaction& txn, int i) {
    NodeId id = ids_[size_t(i)];
    ASSERT_EQ(txn.nodeProperty(id, n_), PropertyValue(int64_t{i})) << i;
    ASSERT_EQ(txn.nodeProperty(id, name_), PropertyValue("node" + std::to_string(i))) << i;
    ASSERT_EQ(txn.hasLabel(id, student_), i % 3 != 0) << i;
    ASSERT_EQ(txn.degree(id, knows_, Direction::OUT), expectedOutDegree(i)) << i;
    std::vector<Edge> edges;
    txn.neighbours(id, knows_, Direction::OUT, edges);
    ASSERT_EQ(edges.size(), expectedOutDegree(i)) << i;
    if (!edges.empty()) {
      EXPECT_EQ(edges[0].other, ids_[size_t(i + 1)]);
    }
  }

  std::vector<NodeId> ids_;
  PropKeyId tags_ = 0, n_ = 0, name_ = 0;
  LabelId student_ = 0, other_ = 0;
  RelTypeId knows_ = 0;
};

TEST_F(ScanOrderReadTest, EveryReadOrderGivesTheStoredValues) {
  std::vector<int> ascending(NODES);
  std::iota(ascending.begin(), ascending.end(), 0);
  std::vector<int> descending(ascending.rbegin(), ascending.rend());
  std::vector<int> gaps, repeats, zigzag;
  for (int i = 0; i < NODES; i += 37) gaps.push_back(i);
  for (int i = 0; i < NODES; i += 3) repeats.insert(repeats.end(), {i, i, i + 1, i});
  for (int i = 0; i + 50 < NODES; i += 7) zigzag.insert(zigzag.end(), {i, i + 50, i + 1});
  for (const auto* order : {&ascending, &descending, &gaps, &repeats, &zigzag, &ascending}) {
    auto txn = store_->begin();
    for (int i : *order) {
      if (i >= NODES) continue;
      checkNode(*txn, i);
    }
  }
}

TEST_F(ScanOrderReadTest, OwnWritesWinOverEarlierScanOrderReads) {
  auto txn = store_->begin();
  for (int i = 0; i < 100; ++i) checkNode(*txn, i);  // long ascending run: iterator mode
  NodeId id = ids_[50];
  txn->setNodeProperty(id, n_, int64_t{-1});
  txn->createRel(knows_, id, ids_[0], {});
  EXPECT_EQ(txn->nodeProperty(id, n_), PropertyValue(int64_t{-1}));
  // Node 50 already knows 51 and 52.
  EXPECT_EQ(txn->degree(id, knows_, Direction::OUT), 3u);
  std::vector<Edge> edges;
  txn->neighbours(id, knows_, Direction::OUT, edges);
  ASSERT_EQ(edges.size(), 3u);
  EXPECT_TRUE(
      std::any_of(edges.begin(), edges.end(), [&](const Edge& e) { return e.other == ids_[0]; }));
  txn->commit();
  auto read = store_->begin();
  for (int i = 40; i < 60; ++i) {
    EXPECT_EQ(read->nodeProperty(ids_[size_t(i)], n_), PropertyValue(int64_t{i == 50 ? -1 : i}));
  }
  EXPECT_EQ(read->degree(id, knows_, Direction::OUT), 3u);
}

}  // namespace
}  // namespace rollcall::storage::testing
