#include "storage/columns/column_cache.h"

#include <algorithm>
#include <array>

#include "storage/columns/column_build.h"
#include "storage/columns/column_keys.h"
#include "storage/columns/column_store.h"

namespace rollcall::storage {

std::atomic<uint64_t> ColumnCache::nextId_{1};

namespace {

// Point reads of a chunk before it is built for them: a chunk costs an ordered read of up to
// 4,096 records, so it pays once a statement reads a few dozen of its nodes one by one.
constexpr uint32_t BUILD_AFTER_MISSES = 32;
// The miss counters are forgotten past this many chunks (they only decide when to build).
constexpr size_t MAX_MISS_COUNTERS = size_t{1} << 16;

}  // namespace

std::shared_ptr<const void> ColumnCache::find(const Key& key) {
  auto it = entries_.find(key);
  if (it == entries_.end()) return nullptr;
  it->second.referenced = true;
  return it->second.chunk;
}

void ColumnCache::insert(const Key& key, std::shared_ptr<const void> chunk, size_t bytes,
                         uint64_t generation) {
  if (generation != generation_) return;
  auto [it, added] = entries_.try_emplace(key);
  if (!added) return;  // built twice by two threads: the first one stays
  order_.push_back(key);
  it->second = Entry{std::move(chunk), bytes, false, std::prev(order_.end())};
  bytes_ += bytes;
  misses_.erase(key);
  evictOverBudget();
  cachedChunks_.store(entries_.size(), std::memory_order_release);
}

// Second chance: an entry read since it last reached the front goes to the back once.
void ColumnCache::evictOverBudget() {
  size_t passes = 2 * order_.size();
  while (bytes_ > budget_ && !order_.empty() && passes-- > 0) {
    auto it = entries_.find(order_.front());
    if (it->second.referenced) {
      it->second.referenced = false;
      order_.splice(order_.end(), order_, order_.begin());
      continue;
    }
    bytes_ -= it->second.bytes;
    order_.pop_front();
    entries_.erase(it);
  }
}

bool ColumnCache::worthBuilding(const Key& key) {
  if (misses_.size() > MAX_MISS_COUNTERS) misses_.clear();
  return ++misses_[key] >= BUILD_AFTER_MISSES;
}

template <typename Chunk, typename Build>
std::shared_ptr<const Chunk> ColumnCache::getOrBuild(const Key& key, Build&& build) {
  uint64_t generation;
  {
    std::lock_guard lock(mutex_);
    if (auto found = find(key)) return std::static_pointer_cast<const Chunk>(found);
    generation = generation_;
  }
  // Built outside the lock: a build reads RocksDB.
  auto chunk = std::make_shared<const Chunk>(build());
  std::lock_guard lock(mutex_);
  insert(key, chunk, chunk->memoryBytes(), generation);
  return chunk;
}

// A chunk not cached here is read from its stored copy when that is current (column_store.h),
// else built from the records of the same snapshot and stored for the next process.
template <typename Chunk, typename Decode, typename Build, typename Encode>
Chunk ColumnCache::loadOrBuild(uint64_t chunk, const std::string& key, Decode&& decode,
                               Build&& build, Encode&& encode) {
  ColumnReadView view(kv_, chunk);
  std::string payload;
  if (view.load(key, &payload)) {
    ++loads_;
    return decode(payload);
  }
  ++builds_;
  Chunk built = build(view.snapshot());
  payload.clear();  // may hold a stale stored value
  encode(payload, built);
  view.store(key, payload);
  return built;
}

std::shared_ptr<const LabelChunk> ColumnCache::label(LabelId label, uint64_t chunk) {
  return getOrBuild<LabelChunk>(keyOf(Kind::LABEL, label, 0, chunk), [&] {
    return loadOrBuild<LabelChunk>(
        chunk, keys::labelColumnKey(label, chunk), decodeLabelChunk,
        [&](const rocksdb::Snapshot* s) { return buildLabelChunk(kv_, s, label, chunk); },
        encodeLabelChunk);
  });
}

std::shared_ptr<const PropertyChunk> ColumnCache::property(PropKeyId key, uint64_t chunk) {
  return getOrBuild<PropertyChunk>(keyOf(Kind::PROPERTY, key, 0, chunk), [&] {
    return loadOrBuild<PropertyChunk>(
        chunk, keys::propertyColumnKey(key, chunk), decodePropertyChunk,
        [&](const rocksdb::Snapshot* s) { return buildPropertyChunk(kv_, s, key, chunk); },
        encodePropertyChunk);
  });
}

// A chunk of hub nodes could otherwise take the whole budget and evict everything else on
// every build; past an eighth of it the chunk is cached as incomplete (a few dozen bytes, not
// rebuilt at every read), which sends its lists' reads to RocksDB.
std::shared_ptr<const AdjacencyChunk> ColumnCache::adjacency(RelTypeId type, Direction dir,
                                                             uint64_t chunk) {
  size_t maxEdges = std::min<size_t>(budget_ / 8 / (sizeof(RelId) + sizeof(NodeId)), UINT32_MAX);
  return getOrBuild<AdjacencyChunk>(keyOf(Kind::ADJACENCY, type, uint8_t(dir), chunk), [&] {
    ++builds_;
    return buildAdjacencyChunk(kv_, /*snapshot=*/nullptr, type, dir, chunk, maxEdges);
  });
}

// Every (type, direction) of the range that has relationships, stored together: one scan of
// the degree keys builds them all.
std::vector<DegreeColumn> ColumnCache::loadDegreeColumns(uint64_t chunk) {
  return loadOrBuild<std::vector<DegreeColumn>>(
      chunk, keys::degreeColumnKey(chunk), decodeDegreeColumns,
      [&](const rocksdb::Snapshot* s) {
        std::vector<DegreeColumn> columns;
        buildDegreeChunks(kv_, s, chunk, [&](RelTypeId t, Direction d, DegreeChunk&& c) {
          columns.push_back(DegreeColumn{t, d, std::move(c)});
        });
        return columns;
      },
      encodeDegreeColumns);
}

// The wanted (type, direction), when it has no relationship in the range, is cached as all
// zeros.
std::shared_ptr<const DegreeChunk> ColumnCache::degree(RelTypeId type, Direction dir,
                                                       uint64_t chunk) {
  Key wanted = keyOf(Kind::DEGREE, type, uint8_t(dir), chunk);
  uint64_t generation;
  {
    std::lock_guard lock(mutex_);
    if (auto found = find(wanted)) return std::static_pointer_cast<const DegreeChunk>(found);
    generation = generation_;
  }
  std::shared_ptr<const DegreeChunk> result;
  std::vector<std::pair<Key, std::shared_ptr<const DegreeChunk>>> built;
  for (auto& column : loadDegreeColumns(chunk)) {
    auto ptr = std::make_shared<const DegreeChunk>(std::move(column.degrees));
    Key key = keyOf(Kind::DEGREE, column.type, uint8_t(column.dir), chunk);
    if (key == wanted) result = ptr;
    built.emplace_back(key, std::move(ptr));
  }
  if (!result) {
    result = std::make_shared<const DegreeChunk>();
    built.emplace_back(wanted, result);
  }
  std::lock_guard lock(mutex_);
  for (auto& [key, ptr] : built) insert(key, ptr, ptr->memoryBytes(), generation);
  return result;
}

namespace {

// The last chunks this thread probed, per cache: a projection reads `s.name` of row after row
// of the same chunk, and the memo answers without the cache's lock and hash lookup. An entry is
// good while the cache's generation has not moved (no commit invalidated anything since).
struct ProbeMemo {
  uint64_t cache = 0;  // ColumnCache::id_: not the address, which a reopened store may reuse
  uint64_t column = 0;
  uint64_t chunk = 0;
  uint64_t generation = 0;
  std::shared_ptr<const void> data;
};
thread_local std::array<ProbeMemo, 8> probeMemo;

// The top bits of a multiplicative hash mix the kind in: a query reading the degree and the
// neighbour list of the same type and direction (kind | dir | token differing in the kind only)
// must not have its two probes evict each other.
ProbeMemo& memoSlot(uint64_t column) { return probeMemo[(column * 0x9E3779B97F4A7C15ULL) >> 61]; }

}  // namespace

template <typename Chunk, typename Build>
std::shared_ptr<const Chunk> ColumnCache::probeChunk(const Key& key, bool mayBuild, Build&& build) {
  if (!mayBuild && cachedChunks_.load(std::memory_order_acquire) == 0) return nullptr;
  ProbeMemo& memo = memoSlot(key.column);
  if (memo.cache == id_ && memo.column == key.column && memo.chunk == key.chunk &&
      memo.generation == generation_.load(std::memory_order_acquire)) {
    return std::static_pointer_cast<const Chunk>(memo.data);
  }
  std::shared_ptr<const Chunk> chunk;
  uint64_t generation;
  {
    std::lock_guard lock(mutex_);
    generation = generation_;
    if (auto found = find(key)) {
      chunk = std::static_pointer_cast<const Chunk>(found);
    } else if (!mayBuild || !worthBuilding(key)) {
      return nullptr;
    }
  }
  if (!chunk) chunk = build();
  memo = ProbeMemo{id_, key.column, key.chunk, generation, chunk};
  return chunk;
}

std::optional<bool> ColumnCache::probeLabel(LabelId label, NodeId node, bool mayBuild) {
  auto chunk = probeChunk<LabelChunk>(keyOf(Kind::LABEL, label, 0, columnChunkOf(node)), mayBuild,
                                      [&] { return this->label(label, columnChunkOf(node)); });
  if (!chunk) return std::nullopt;
  return chunk->members.test(columnSlotOf(node));
}

std::optional<uint64_t> ColumnCache::probeDegree(RelTypeId type, Direction dir, NodeId node,
                                                 bool mayBuild) {
  auto chunk =
      probeChunk<DegreeChunk>(keyOf(Kind::DEGREE, type, uint8_t(dir), columnChunkOf(node)),
                              mayBuild, [&] { return degree(type, dir, columnChunkOf(node)); });
  if (!chunk) return std::nullopt;
  uint32_t d = chunk->degrees[columnSlotOf(node)];
  if (d == DegreeChunk::DEGREE_OVERFLOW) return std::nullopt;
  return d;
}

std::optional<PropertyValue> ColumnCache::probeProperty(PropKeyId key, NodeId node, bool mayBuild) {
  auto chunk =
      probeChunk<PropertyChunk>(keyOf(Kind::PROPERTY, key, 0, columnChunkOf(node)), mayBuild,
                                [&] { return property(key, columnChunkOf(node)); });
  if (!chunk) return std::nullopt;
  return chunk->get(columnSlotOf(node));
}

std::shared_ptr<const AdjacencyChunk> ColumnCache::probeAdjacency(RelTypeId type, Direction dir,
                                                                  NodeId node, bool mayBuild) {
  auto chunk = probeChunk<AdjacencyChunk>(
      keyOf(Kind::ADJACENCY, type, uint8_t(dir), columnChunkOf(node)), mayBuild,
      [&] { return adjacency(type, dir, columnChunkOf(node)); });
  if (!chunk || !chunk->complete) return nullptr;
  return chunk;
}

// Drops every kind of chunk of the given node chunks: a commit that wrote a relationship touched
// both its end nodes (setDegree), so their neighbour lists go with their degrees.
void ColumnCache::invalidate(std::span<const uint64_t> chunks) {
  if (chunks.empty()) return;
  std::lock_guard lock(mutex_);
  ++generation_;
  for (auto it = order_.begin(); it != order_.end();) {
    if (!std::binary_search(chunks.begin(), chunks.end(), it->chunk)) {
      ++it;
      continue;
    }
    auto entry = entries_.find(*it);
    bytes_ -= entry->second.bytes;
    entries_.erase(entry);
    it = order_.erase(it);
  }
  cachedChunks_.store(entries_.size(), std::memory_order_release);
}

void ColumnCache::clear() {
  std::lock_guard lock(mutex_);
  ++generation_;
  entries_.clear();
  order_.clear();
  misses_.clear();
  bytes_ = 0;
  cachedChunks_.store(0, std::memory_order_release);
}

size_t ColumnCache::memoryBytes() {
  std::lock_guard lock(mutex_);
  return bytes_;
}

}  // namespace rollcall::storage
