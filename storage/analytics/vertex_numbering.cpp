#include "storage/analytics/vertex_numbering.h"

#include <algorithm>

namespace rollcall::storage::analytics {

namespace {

// Table slots for `ids`, or 0 when binary search is the better deal: the table may take up to
// twice the memory of the id list itself (4-byte slots against 8-byte ids, four slots per id).
uint64_t tableSlots(const std::vector<NodeId>& ids) {
  if (ids.empty()) return 0;
  uint64_t range = ids.back() - ids.front() + 1;
  return range <= 4 * ids.size() + 1024 ? range : 0;
}

}  // namespace

VertexNumbering::VertexNumbering(const std::vector<NodeId>& ids) : ids_(&ids) {
  uint64_t slots = tableSlots(ids);
  if (slots == 0) return;
  first_ = ids.front();
  table_.assign(slots, NONE);
  for (size_t v = 0; v < ids.size(); ++v) table_[ids[v] - first_] = static_cast<uint32_t>(v);
}

uint64_t VertexNumbering::memoryFor(const std::vector<NodeId>& ids) {
  return tableSlots(ids) * sizeof(uint32_t);
}

uint32_t VertexNumbering::search(NodeId id) const {
  auto it = std::lower_bound(ids_->begin(), ids_->end(), id);
  if (it == ids_->end() || *it != id) return NONE;
  return static_cast<uint32_t>(it - ids_->begin());
}

}  // namespace rollcall::storage::analytics
