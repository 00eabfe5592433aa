// Differential test of the cached neighbour lists: seeded random creates and deletes of
// relationships (a few hub nodes collect long lists, self-loops included), committed, rolled
// back or committed-and-continued at random. After each transaction a reader's lists (built
// into adjacency chunks) equal the model's; at the end they equal the lists read straight from
// RocksDB by a store whose cache holds no edges.
#include <algorithm>
#include <random>

#include "storage/codec/keys.h"
#include "tests/unit/storage/column_test_util.h"

namespace rollcall::storage::testing {
namespace {

using Lists = std::vector<Pairs>;

class AdjacencyRandomTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    tokens_ = {{}, {}, {relType("T0"), relType("T1")}};
    auto txn = store_->begin();
    for (int i = 0; i < 9000; ++i) ids_.push_back(committed_.createNode(*txn, {}, {}));
    txn->commit();
  }

  uint64_t pick(uint64_t n) { return rng_() % n; }
  // Three ends in four are one of two hubs (in the first and the third column chunk).
  NodeId anyEnd() {
    static constexpr size_t HUBS[] = {17, 8999};
    return pick(4) != 0 ? ids_[HUBS[pick(2)]] : ids_[pick(ids_.size())];
  }
  void randomWrite(Transaction& txn, ColumnModel& model) {
    if (model.rels.empty() || pick(100) < 75) {
      model.createRel(txn, tokens_.types[pick(2)], anyEnd(), pick(20) == 0 ? ids_[5] : anyEnd());
      return;
    }
    auto it = model.rels.lower_bound(pick(model.rels.rbegin()->first + 1));
    model.deleteRel(txn, it == model.rels.end() ? model.rels.begin()->first : it->first);
  }
  // read(node, type, dir) of every node, type and direction, in that order.
  template <typename Read>
  Lists listsOf(Read&& read) {
    Lists out;
    for (NodeId id : ids_) {
      for (RelTypeId t : tokens_.types) {
        for (Direction d : {Direction::OUT, Direction::IN}) out.push_back(read(id, t, d));
      }
    }
    return out;
  }
  Lists allLists(Transaction& txn) {
    return listsOf(
        [&](NodeId id, RelTypeId t, Direction d) { return neighbourPairs(txn, id, t, d); });
  }
  Lists modelLists(const ColumnModel& model) {
    return listsOf([&](NodeId id, RelTypeId t, Direction d) { return model.neighbours(id, t, d); });
  }

  std::mt19937_64 rng_{20261205};
  ColumnTokens tokens_;
  ColumnModel committed_;
  std::vector<NodeId> ids_;
};

TEST_F(AdjacencyRandomTest, CachedListsMatchTheModelAndTheStoredLists) {
  for (int transaction = 0; transaction < 60; ++transaction) {
    SCOPED_TRACE("transaction " + std::to_string(transaction));
    ColumnModel working = committed_;
    auto writer = store_->begin();
    for (uint64_t n = 1 + pick(600); n > 0; --n) randomWrite(*writer, working);
    if (pick(10) == 0) {
      writer->commitAndContinue();
      committed_ = working;
      for (uint64_t n = 1 + pick(30); n > 0; --n) randomWrite(*writer, working);
    }
    if (pick(4) == 0) {
      writer->rollback();
    } else {
      writer->commit();
      committed_ = working;
    }
    auto read = store_->begin();
    allLists(*read);  // builds the chunks
    ASSERT_EQ(allLists(*read), modelLists(committed_));
  }
  auto cached = allLists(*store_->begin());
  size_t longest = 0;
  for (const auto& list : cached) longest = std::max(longest, list.size());
  EXPECT_GT(longest, 2 * keys::CHUNK_ENTRIES);  // some lists span several RocksDB chunks
  openWithCache(0);  // no chunk may hold an edge: every non-empty list is read from RocksDB
  EXPECT_EQ(allLists(*store_->begin()), cached);
}

}  // namespace
}  // namespace rollcall::storage::testing
