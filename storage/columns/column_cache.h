#pragma once
// The column chunks of the committed graph that this process has read, kept in memory within a
// byte budget and shared by every transaction and statement of the process (the shell, a `run`
// of many statements). On first use a label, degree or property chunk is read from its stored
// copy when that is current, else built from the committed records (one ordered scan of its
// 4,096 node ids, column_build.h) and stored for later processes (column_store.h); adjacency
// chunks are only built. A cached chunk is dropped when a commit writes a node of its range
// (invalidate) or a bulk load lands (clear), so it always equals the committed state. Transactions
// read their own uncommitted writes elsewhere: they only ask for chunks they have not written to.
// Internal to storage (includes no RocksDB header, but the builders do).
#include <atomic>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <unordered_map>

#include "storage/columns/adjacency_chunk.h"
#include "storage/columns/column_chunk.h"
#include "storage/columns/column_codec.h"

namespace rollcall::storage {

namespace kv {
class KvStore;
}

class ColumnCache {
 public:
  // 512 MiB: the string column of 1 M names is about 20 MiB, a degree column 4 MiB, the lists of
  // 10 M relationships of one type and direction 160 MiB.
  static constexpr size_t DEFAULT_BUDGET = size_t{512} << 20;

  ColumnCache(kv::KvStore& kv, size_t budgetBytes) : kv_(kv), budget_(budgetBytes) {}

  // The chunk, built from the committed records when not cached.
  std::shared_ptr<const LabelChunk> label(LabelId label, uint64_t chunk);
  std::shared_ptr<const DegreeChunk> degree(RelTypeId type, Direction dir, uint64_t chunk);
  std::shared_ptr<const PropertyChunk> property(PropKeyId key, uint64_t chunk);
  // Incomplete (complete false, no lists) when its lists exceed an eighth of the budget.
  std::shared_ptr<const AdjacencyChunk> adjacency(RelTypeId type, Direction dir, uint64_t chunk);

  // Point reads answered from a cached chunk. Nullopt when the chunk is not cached and has not
  // yet been asked for often enough to be worth building (a query that reads a few nodes of a
  // chunk should not pay for a scan of all 4,096), or for a degree too big for the chunk.
  // `mayBuild` false: only a cached chunk answers (a writing transaction, whose reads of
  // committed nodes are scattered and whose chunks its commit will drop anyway).
  std::optional<bool> probeLabel(LabelId label, NodeId node, bool mayBuild);
  std::optional<uint64_t> probeDegree(RelTypeId type, Direction dir, NodeId node, bool mayBuild);
  std::optional<PropertyValue> probeProperty(PropKeyId key, NodeId node, bool mayBuild);
  // The complete chunk holding the node's list (relsOf / othersOf its slot), or null.
  std::shared_ptr<const AdjacencyChunk> probeAdjacency(RelTypeId type, Direction dir, NodeId node,
                                                       bool mayBuild);

  // After a commit that wrote nodes (or degrees of nodes) in these chunks.
  void invalidate(std::span<const uint64_t> chunks);
  // After a bulk load.
  void clear();

  size_t memoryBytes();
  // Chunks built from the records, and chunks read from their stored copies, by this cache.
  uint64_t builds() const { return builds_.load(); }
  uint64_t loads() const { return loads_.load(); }

 private:
  enum class Kind : uint8_t { LABEL, DEGREE, PROPERTY, ADJACENCY };
  struct Key {
    uint64_t column;  // kind | direction | token
    uint64_t chunk;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    size_t operator()(const Key& k) const {
      return size_t((k.column * 0x9E3779B97F4A7C15ULL) ^ (k.chunk * 0xC2B2AE3D27D4EB4FULL));
    }
  };
  struct Entry {
    std::shared_ptr<const void> chunk;
    size_t bytes = 0;
    bool referenced = false;  // second chance before eviction
    std::list<Key>::iterator order;
  };

  static Key keyOf(Kind kind, uint32_t token, uint8_t dir, uint64_t chunk) {
    return {uint64_t(kind) << 40 | uint64_t(dir) << 32 | token, chunk};
  }
  std::shared_ptr<const void> find(const Key& key);
  // Caches a chunk built at `generation` unless an invalidation came since.
  void insert(const Key& key, std::shared_ptr<const void> chunk, size_t bytes, uint64_t generation);
  // Whether a missing chunk has been probed often enough to build it.
  bool worthBuilding(const Key& key);
  void evictOverBudget();
  std::vector<DegreeColumn> loadDegreeColumns(uint64_t chunk);
  template <typename Chunk, typename Decode, typename Build, typename Encode>
  Chunk loadOrBuild(uint64_t chunk, const std::string& key, Decode&& decode, Build&& build,
                    Encode&& encode);
  template <typename Chunk, typename Build>
  std::shared_ptr<const Chunk> getOrBuild(const Key& key, Build&& build);
  // The chunk for a point read: memoised, cached, or built when worth it; null otherwise.
  template <typename Chunk, typename Build>
  std::shared_ptr<const Chunk> probeChunk(const Key& key, bool mayBuild, Build&& build);

  static std::atomic<uint64_t> nextId_;
  const uint64_t id_ = nextId_++;  // names this cache in the threads' probe memos
  kv::KvStore& kv_;
  size_t budget_;
  std::mutex mutex_;
  std::unordered_map<Key, Entry, KeyHash> entries_;
  std::list<Key> order_;  // oldest first
  size_t bytes_ = 0;
  std::unordered_map<Key, uint32_t, KeyHash> misses_;
  // Moves on at every invalidation: a chunk built from records read before it is not kept, and
  // a thread's memo of its last probes (probeChunk) is dropped. Written under mutex_.
  std::atomic<uint64_t> generation_{0};
  // entries_.size(), readable without the lock: a writing transaction (which builds nothing)
  // asks for chunks on every read of a node, and in a process that has cached none, as a
  // LOAD CSV's usually has, the answer needs no lock.
  std::atomic<size_t> cachedChunks_{0};
  std::atomic<uint64_t> builds_{0};
  std::atomic<uint64_t> loads_{0};
};

}  // namespace rollcall::storage
