// The column cache's adjacency chunks on their own: their CSR contents, the incomplete marker a
// chunk gets when its lists exceed an eighth of the budget, and eviction keeping many chunks
// within a budget smaller than their sum.
#include "storage/columns/column_cache.h"
#include "storage/kv/kv_store.h"
#include "tests/unit/storage/storage_test_util.h"

namespace rollcall::storage::testing {
namespace {

class AdjacencyCacheTest : public StoreTest {
 protected:
  // A ring over CHUNKS column chunks of nodes: R from every node to the next, so each chunk
  // holds 4,096 edges a direction. The store is closed so that a KvStore can open the files.
  void SetUp() override {
    StoreTest::SetUp();
    r_ = relType("R");
    auto txn = store_->begin();
    for (size_t i = 0; i < NODES; ++i) ids_.push_back(txn->createNode({}, {}));
    for (size_t i = 0; i < NODES; ++i) txn->createRel(r_, ids_[i], ids_[(i + 1) % NODES], {});
    txn->commit();
    store_.reset();
    kv_ = std::make_unique<kv::KvStore>(dir_, /*createIfMissing=*/false, /*readOnly=*/false);
  }
  void TearDown() override {
    kv_.reset();
    StoreTest::TearDown();
  }
  // The ring's lists, checked slot by slot.
  void expectRing(const AdjacencyChunk& chunk, Direction dir, uint64_t c) {
    ASSERT_TRUE(chunk.complete);
    for (size_t s = 0; s < COLUMN_CHUNK_SIZE; ++s) {
      size_t i = columnChunkStart(c) + s - ids_[0];
      NodeId other = dir == Direction::OUT ? ids_[(i + 1) % NODES] : ids_[(i + NODES - 1) % NODES];
      ASSERT_EQ(chunk.relsOf(s).size(), 1u) << "slot " << s;
      ASSERT_EQ(chunk.othersOf(s)[0], other) << "slot " << s;
    }
  }

  static constexpr size_t CHUNKS = 8;
  static constexpr size_t NODES = CHUNKS * COLUMN_CHUNK_SIZE;
  RelTypeId r_;
  std::vector<NodeId> ids_;
  std::unique_ptr<kv::KvStore> kv_;
};

TEST_F(AdjacencyCacheTest, EvictionKeepsChunksWithinTheBudget) {
  ASSERT_EQ(columnSlotOf(ids_[0]), 0u);
  // 4,096 edges are the most a chunk may hold at 512 KiB; each chunk takes about 80 KiB.
  constexpr size_t BUDGET = size_t{512} << 10;
  ColumnCache cache(*kv_, BUDGET);
  for (int pass = 0; pass < 2; ++pass) {
    for (uint64_t c = columnChunkOf(ids_[0]); c <= columnChunkOf(ids_.back()); ++c) {
      for (Direction d : {Direction::OUT, Direction::IN}) {
        ASSERT_NO_FATAL_FAILURE(expectRing(*cache.adjacency(r_, d, c), d, c));
        EXPECT_LE(cache.memoryBytes(), BUDGET);
      }
    }
  }
  EXPECT_GT(cache.memoryBytes(), BUDGET / 2);
}

TEST_F(AdjacencyCacheTest, ChunkOverAnEighthOfTheBudgetIsIncomplete) {
  ColumnCache cache(*kv_, size_t{256} << 10);  // 2,048 edges a chunk at most
  auto chunk = cache.adjacency(r_, Direction::OUT, columnChunkOf(ids_[0]));
  EXPECT_FALSE(chunk->complete);
  EXPECT_LT(chunk->memoryBytes(), 256u);
  for (int i = 0; i < 40; ++i) {
    EXPECT_EQ(cache.probeAdjacency(r_, Direction::OUT, ids_[i], /*mayBuild=*/true), nullptr);
  }
  EXPECT_LT(cache.memoryBytes(), 1024u);
}

TEST_F(AdjacencyCacheTest, ProbeBuildsAfterEnoughMisses) {
  ColumnCache cache(*kv_, ColumnCache::DEFAULT_BUDGET);
  EXPECT_EQ(cache.probeAdjacency(r_, Direction::IN, ids_[7], /*mayBuild=*/false), nullptr);
  int misses = 0;
  while (!cache.probeAdjacency(r_, Direction::IN, ids_[7], /*mayBuild=*/true)) ++misses;
  EXPECT_EQ(misses, 31);
  auto chunk = cache.probeAdjacency(r_, Direction::IN, ids_[7], /*mayBuild=*/false);
  ASSERT_NE(chunk, nullptr);
  ASSERT_NO_FATAL_FAILURE(expectRing(*chunk, Direction::IN, columnChunkOf(ids_[7])));
}

}  // namespace
}  // namespace rollcall::storage::testing
