// The generic column reads of a Transaction: one point read per node of the chunk.
#include "storage/graph/transaction.h"

namespace rollcall::storage {

std::shared_ptr<const LabelChunk> Transaction::labelColumn(LabelId label, uint64_t chunk) {
  auto out = std::make_shared<LabelChunk>();
  NodeId first = columnChunkStart(chunk);
  for (size_t slot = 0; slot < COLUMN_CHUNK_SIZE; ++slot) {
    if (hasLabel(first + slot, label)) out->members.set(slot);
  }
  return out;
}

std::shared_ptr<const PropertyChunk> Transaction::propertyColumn(PropKeyId key, uint64_t chunk) {
  std::vector<PropertyValue> values(COLUMN_CHUNK_SIZE);
  NodeId first = columnChunkStart(chunk);
  for (size_t slot = 0; slot < COLUMN_CHUNK_SIZE; ++slot) {
    values[slot] = nodeProperty(first + slot, key);
  }
  return std::make_shared<const PropertyChunk>(PropertyChunk::fromValues(std::move(values)));
}

std::shared_ptr<const DegreeChunk> Transaction::degreeColumn(RelTypeId type, Direction dir,
                                                             uint64_t chunk) {
  auto out = std::make_shared<DegreeChunk>();
  NodeId first = columnChunkStart(chunk);
  for (size_t slot = 0; slot < COLUMN_CHUNK_SIZE; ++slot) {
    uint64_t d = degree(first + slot, type, dir);
    out->degrees[slot] = d >= DegreeChunk::DEGREE_OVERFLOW ? DegreeChunk::DEGREE_OVERFLOW
                                                           : uint32_t(d);
  }
  return out;
}

NodeId Transaction::nodeIdEnd() {
  NodeId end = 0;
  auto cursor = scanAllNodes();
  NodeId ids[256];
  while (size_t n = cursor->next(ids, 256)) end = std::max(end, ids[n - 1] + 1);
  return end;
}

}  // namespace rollcall::storage
