#pragma once
// Node id -> its position (1-based) among the nodes of one label, in id order: the surrogate key
// of a star-schema dimension, and the slot of a node's cached key. Ids of one label are mostly
// dense, so a direct table (4 bytes per id in the range) serves them; sparse ids fall back to a
// binary search.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "storage/common/types.h"

namespace rollcall::loaders {

class NodeOrdinals {
 public:
  // Ids must come in ascending order (a label scan's order).
  void add(storage::NodeId id) { ids_.push_back(id); }
  // Call once every id is added.
  void seal();
  // 1-based ordinal; 0 when the node is not there.
  uint32_t find(storage::NodeId id) const;
  size_t size() const { return count_; }

 private:
  std::vector<storage::NodeId> ids_;  // ascending; emptied when dense_ is used
  storage::NodeId base_ = 0;
  std::vector<uint32_t> dense_;  // slot (id - base_) -> ordinal (0: none)
  size_t count_ = 0;
};

}  // namespace rollcall::loaders
