#pragma once
// The neighbour lists of one chunk of node ids for one relationship type and direction, in
// compressed sparse row form: the lists back to back in node order, each in relationship-id
// order (as stored), and one offset per node. Relationship ids and other-node ids are two arrays
// (16 bytes an edge) rather than an array of Edge (24 with its type and padding), since the type
// is the chunk's.
#include <cstdint>
#include <span>
#include <vector>

#include "storage/columns/column_chunk.h"

namespace rollcall::storage {

struct AdjacencyChunk {
  // The list of slot s is [offsets[s], offsets[s + 1]) of rels and others. A chunk whose lists
  // hold more edges than the cache lets one chunk take is kept `complete` false and empty: its
  // lists are read from RocksDB.
  std::vector<uint32_t> offsets = std::vector<uint32_t>(COLUMN_CHUNK_SIZE + 1, 0);
  std::vector<RelId> rels;
  std::vector<NodeId> others;
  bool complete = true;

  std::span<const RelId> relsOf(size_t slot) const { return listOf(rels, slot); }
  std::span<const NodeId> othersOf(size_t slot) const { return listOf(others, slot); }
  size_t memoryBytes() const {
    return sizeof(*this) + offsets.capacity() * sizeof(uint32_t) + rels.capacity() * sizeof(RelId) +
           others.capacity() * sizeof(NodeId);
  }

 private:
  template <typename T>
  std::span<const T> listOf(const std::vector<T>& values, size_t slot) const {
    return std::span<const T>(values).subspan(offsets[slot], offsets[slot + 1] - offsets[slot]);
  }
};

}  // namespace rollcall::storage
