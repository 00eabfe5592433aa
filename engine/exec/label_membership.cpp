#include "engine/exec/label_membership.h"

#include <algorithm>

#include "storage/graph/graph_store.h"
#include "storage/graph/transaction.h"

namespace rollcall {

namespace {

// A point check costs about as much as reading 16 entries of a sequential scan, so the bitmap
// pays for itself once checks exceed 1/16 of the label's nodes; small labels load at once.
constexpr uint64_t SCAN_ENTRIES_PER_CHECK = 16;
constexpr uint64_t MIN_THRESHOLD = 64;
// Above this node id a bitmap would be too large to build per statement (8 MiB of bits).
constexpr storage::NodeId MAX_BITMAP_NODE = uint64_t{1} << 26;

}  // namespace

bool LabelMembership::has(storage::GraphStore& store, storage::Transaction& txn,
                          storage::NodeId node, storage::LabelId label) {
  PerLabel& state = labels_[label];
  if (state.loaded) {
    size_t word = node >> 6;
    return word < state.bits.size() && (state.bits[word] >> (node & 63)) & 1;
  }
  if (state.threshold == 0) {
    state.threshold = std::max(MIN_THRESHOLD, store.labelCount(label) / SCAN_ENTRIES_PER_CHECK);
  }
  if (++state.checks > state.threshold) {
    load(txn, label, state);
    if (state.loaded) return has(store, txn, node, label);
  }
  if (label >= 1024 || node >= (UINT64_MAX >> 10)) return txn.hasLabel(node, label);
  uint64_t key = (node << 10) | label;
  auto it = cache_.find(key);
  if (it != cache_.end()) return it->second;
  bool answer = txn.hasLabel(node, label);
  cache_.emplace(key, answer);
  return answer;
}

void LabelMembership::load(storage::Transaction& txn, storage::LabelId label, PerLabel& state) {
  state.threshold = UINT64_MAX;  // one attempt per statement
  std::vector<uint64_t> bits;
  auto cursor = txn.scanLabel(label);
  storage::NodeId ids[1024];
  while (size_t n = cursor->next(ids, std::size(ids))) {
    for (size_t i = 0; i < n; ++i) {
      if (ids[i] >= MAX_BITMAP_NODE) return;  // too sparse for a bitmap: keep point checks
      size_t word = ids[i] >> 6;
      if (word >= bits.size()) bits.resize(std::max(word + 1, bits.size() * 2));
      bits[word] |= uint64_t{1} << (ids[i] & 63);
    }
  }
  state.bits = std::move(bits);
  state.loaded = true;
}

}  // namespace rollcall
