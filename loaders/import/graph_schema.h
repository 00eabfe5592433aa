#pragma once
// The seed graph's names, its unique constraints, and lookups of what a store already holds,
// so a second load reuses nodes and relationships instead of duplicating them.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "loaders/import/flat_id_map.h"
#include "storage/graph/bulk_memory.h"
#include "storage/graph/graph_store.h"

namespace rollcall::loaders {

struct GraphTokens {
  storage::LabelId student, session, instructor, module;
  storage::RelTypeId attended, taughtBy, belongsTo;
  storage::PropKeyId studentId, name, email, gender, country;
  storage::PropKeyId sessionId, date, duration, instructorName, moduleName;

  static GraphTokens intern(storage::Catalog& catalog);
};

/// Creates the unique constraints of 00_nodes.cypher (same names) where (label, key) has no
/// index yet.
void ensureConstraints(storage::GraphStore& store, const GraphTokens& tokens);

inline constexpr storage::NodeId NO_NODE = ~storage::NodeId{0};

/// Nodes of one label keyed by an integer property, each with a dense index (what the pair
/// sets store) and its node id once it exists.
class NodeDirectory {
 public:
  /// The dense index of `key`, added (with NO_NODE) when new.
  uint32_t indexOf(int64_t key);
  std::optional<uint32_t> find(int64_t key) const {
    if (key >= 0 && static_cast<uint64_t>(key) < bySmallKey_.size()) {
      uint32_t index = bySmallKey_[key];
      if (index != NO_INDEX) return index;
    }
    if (byKey_.size() == 0) return std::nullopt;
    auto index = byKey_.find(static_cast<uint64_t>(key));
    return index ? std::optional<uint32_t>(static_cast<uint32_t>(*index)) : std::nullopt;
  }
  /// Starts loading the cache line find(key) will read.
  void prefetch(int64_t key) const {
    if (key >= 0 && static_cast<uint64_t>(key) < bySmallKey_.size()) {
      __builtin_prefetch(bySmallKey_.data() + key);
    }
  }
  storage::NodeId node(uint32_t index) const { return nodes_[index]; }
  void setNode(uint32_t index, storage::NodeId node) { nodes_[index] = node; }
  size_t size() const { return nodes_.size(); }
  /// Node id -> dense index for the nodes that exist, to read existing relationships.
  FlatIdMap reverse() const;

 private:
  static constexpr uint32_t NO_INDEX = ~uint32_t{0};

  // Ids are mostly small and dense (1..n): those index a plain array, 4 bytes a slot and one
  // cache miss a lookup. The array covers ids up to a few times the number of keys; others go
  // to the hash map.
  bool fitsSmall(int64_t key);

  storage::BigVector<uint32_t> bySmallKey_;  // huge pages: looked up at random
  FlatIdMap byKey_;
  std::vector<storage::NodeId> nodes_;
};

/// Nodes of one label keyed by a string property.
using NameDirectory = std::unordered_map<std::string, storage::NodeId>;

/// Reads the store's nodes of `label` into a directory by their integer `key`.
void readIntKeyed(storage::GraphStore& store, storage::LabelId label, storage::PropKeyId key,
                  NodeDirectory& out);
NameDirectory readNameKeyed(storage::GraphStore& store, storage::LabelId label,
                            storage::PropKeyId key);
/// Calls fn(start, end) for every relationship of `type` in the store.
template <typename Fn>
void forEachRel(storage::GraphStore& store, storage::RelTypeId type, Fn fn) {
  if (store.relTypeCount(type) == 0) return;
  auto txn = store.begin();
  auto cursor = txn->scanRelType(type);
  std::vector<storage::RelEntry> batch(4096);
  while (size_t n = cursor->next(batch.data(), batch.size())) {
    for (size_t i = 0; i < n; ++i) fn(batch[i].start, batch[i].end);
  }
}

}  // namespace rollcall::loaders
