#include "loaders/export/node_ordinals.h"

#include <algorithm>

namespace rollcall::loaders {

void NodeOrdinals::seal() {
  count_ = ids_.size();
  if (ids_.empty()) return;
  base_ = ids_.front();
  uint64_t span = ids_.back() - base_ + 1;
  // A direct table when it costs at most 4 slots per node: one lookup instead of a search.
  if (span > 4 * uint64_t(ids_.size())) return;
  dense_.assign(span, 0);
  for (size_t i = 0; i < ids_.size(); ++i) dense_[ids_[i] - base_] = uint32_t(i + 1);
  ids_.clear();
  ids_.shrink_to_fit();
}

uint32_t NodeOrdinals::find(storage::NodeId id) const {
  if (!dense_.empty()) {
    return id < base_ || id - base_ >= dense_.size() ? 0 : dense_[id - base_];
  }
  auto it = std::lower_bound(ids_.begin(), ids_.end(), id);
  return it == ids_.end() || *it != id ? 0 : uint32_t(it - ids_.begin() + 1);
}

}  // namespace rollcall::loaders
