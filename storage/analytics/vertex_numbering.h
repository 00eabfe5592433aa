#pragma once
// NodeId → position in a sorted list of distinct node ids, for the loops that number tens of
// millions of relationship ends: a direct table when the ids are dense enough (one load per
// look-up), binary search otherwise (no memory beyond the list).
#include <cstdint>
#include <vector>

#include "storage/common/types.h"

namespace rollcall::storage::analytics {

class VertexNumbering {
 public:
  static constexpr uint32_t NONE = UINT32_MAX;

  // `ids` sorted and distinct, fewer than NONE; they must outlive the numbering.
  explicit VertexNumbering(const std::vector<NodeId>& ids);

  // The position of `id` in the list, NONE when it is not there.
  uint32_t operator()(NodeId id) const {
    if (table_.empty()) return search(id);
    NodeId slot = id - first_;  // wraps around for ids below the first: out of range too
    return slot < table_.size() ? table_[slot] : NONE;
  }
  uint64_t memoryBytes() const { return table_.capacity() * sizeof(uint32_t); }
  // What the constructor will hold for `ids`, to announce before building it.
  static uint64_t memoryFor(const std::vector<NodeId>& ids);

 private:
  uint32_t search(NodeId id) const;

  const std::vector<NodeId>* ids_;
  NodeId first_ = 0;
  std::vector<uint32_t> table_;  // slot id - first_; empty when the ids are too sparse
};

}  // namespace rollcall::storage::analytics
