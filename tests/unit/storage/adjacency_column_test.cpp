// Neighbour lists answered from the column cache's adjacency chunks equal the stored lists: long
// lists spread over several RocksDB chunks, self-loops, several types and directions on the same
// nodes (the chunk build skips the others), through creates and deletes of relationships and
// nodes, rollback, commitAndContinue, reopening, and a cache too small to hold a chunk.
#include "tests/unit/storage/column_test_util.h"

namespace rollcall::storage::testing {
namespace {

class AdjacencyColumnTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    r_ = relType("R");
    s_ = relType("S");
    tokens_ = {{}, {}, {r_, s_}};
  }
  // 5,000 nodes (two column chunks); node 0 is a hub with HUB_DEGREE incoming R from the others
  // (several RocksDB chunks of 512 entries), every tenth node has an R self-loop and an S to
  // its successor, and node 4,500 (second chunk) a few S both ways with node 1.
  void populate() {
    auto txn = store_->begin();
    for (int i = 0; i < 5000; ++i) ids_.push_back(model_.createNode(*txn, {}, {}));
    for (size_t i = 1; i <= HUB_DEGREE; ++i)
      hubRels_.push_back(model_.createRel(*txn, r_, ids_[i], ids_[0]));
    for (size_t i = 0; i + 1 < ids_.size(); i += 10) {
      model_.createRel(*txn, r_, ids_[i], ids_[i]);
      model_.createRel(*txn, s_, ids_[i], ids_[i + 1]);
    }
    for (int i = 0; i < 3; ++i) {
      model_.createRel(*txn, s_, ids_[4500], ids_[1]);
      model_.createRel(*txn, s_, ids_[1], ids_[4500]);
    }
    txn->commit();
  }
  // A fresh transaction reads every node's lists twice (the first pass builds the chunks) and
  // again after the column reads.
  void expectCommitted() {
    auto read = store_->begin();
    ASSERT_NO_FATAL_FAILURE(expectColumnsMatch(*read, model_, tokens_, read->nodeIdEnd()));
  }
  template <typename Write>
  void commit(Write&& write) {
    auto txn = store_->begin();
    write(*txn);
    txn->commit();
  }

  static constexpr size_t HUB_DEGREE = 1300;
  RelTypeId r_, s_;
  ColumnTokens tokens_;
  ColumnModel model_;
  std::vector<NodeId> ids_;
  std::vector<RelId> hubRels_;
};

TEST_F(AdjacencyColumnTest, ListsFollowCommittedWrites) {
  populate();
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
  EXPECT_EQ(neighbourPairs(*store_->begin(), ids_[0], r_, Direction::IN).size(), HUB_DEGREE + 1);
  commit([&](Transaction& t) {
    for (size_t i = 100; i < 700; i += 3) model_.deleteRel(t, hubRels_[i]);  // across chunks
    model_.createRel(t, r_, ids_[4999], ids_[0]);
    model_.createRel(t, r_, ids_[4500], ids_[4500]);
  });
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
  commit([&](Transaction& t) {
    model_.createRel(t, s_, ids_[4999], ids_[4998]);  // the second chunk only
  });
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
}

TEST_F(AdjacencyColumnTest, DeletedNodeAndItsRelationships) {
  populate();
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
  commit([&](Transaction& t) {
    for (auto it = model_.rels.begin(); it != model_.rels.end();) {
      RelId id = (it++)->first;
      const auto& rel = model_.rels.at(id);
      if (rel.start == ids_[4500] || rel.end == ids_[4500]) model_.deleteRel(t, id);
    }
    model_.deleteNode(t, ids_[4500]);
  });
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
  Pairs fromZero{{model_.lists.at({ids_[1], s_, Direction::IN}).begin()->first, ids_[0]}};
  EXPECT_EQ(neighbourPairs(*store_->begin(), ids_[1], s_, Direction::IN), fromZero);
}

TEST_F(AdjacencyColumnTest, WriterSeesItsListsReadersTheCommittedOnes) {
  populate();
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
  for (int ending = 0; ending < 3; ++ending) {
    SCOPED_TRACE("ending " + std::to_string(ending));
    ColumnModel working = model_;
    auto writer = store_->begin();
    working.deleteRel(*writer, hubRels_[ending * 7 + 1]);
    working.createRel(*writer, r_, ids_[4000 + ending], ids_[0]);
    working.createRel(*writer, s_, ids_[4700], ids_[4700]);
    ASSERT_NO_FATAL_FAILURE(expectColumnsMatch(*writer, working, tokens_, writer->nodeIdEnd()));
    ASSERT_NO_FATAL_FAILURE(expectCommitted());  // a reader during the write
    if (ending == 0) {
      writer->rollback();
    } else if (ending == 1) {
      writer->commitAndContinue();
      model_ = working;
      ASSERT_NO_FATAL_FAILURE(expectCommitted());
      working.createRel(*writer, r_, ids_[4001], ids_[0]);
      ASSERT_NO_FATAL_FAILURE(expectColumnsMatch(*writer, working, tokens_, writer->nodeIdEnd()));
      writer.reset();
    } else {
      writer->commit();
      model_ = working;
    }
    ASSERT_NO_FATAL_FAILURE(expectCommitted());
  }
}

TEST_F(AdjacencyColumnTest, ReopenAndTinyCache) {
  populate();
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
  reopen();
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
  // 64 KiB allows 512 edges a chunk: the hub's chunk is kept incomplete and read from RocksDB.
  openWithCache(64 << 10);
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
  commit([&](Transaction& t) { model_.deleteRel(t, hubRels_[5]); });
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
  openWithCache(0);
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
}

}  // namespace
}  // namespace rollcall::storage::testing
