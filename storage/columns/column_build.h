#pragma once
// Builds column chunks from the committed records with one ordered scan of the chunk's id range
// (labels: the label's entries; degrees: the degree keys; properties: the node records; neighbour
// lists: the adjacency chunks). Internal to storage/columns.
#include <functional>

#include "storage/columns/adjacency_chunk.h"
#include "storage/columns/column_chunk.h"

namespace rocksdb {
class Snapshot;
}

namespace rollcall::storage {

namespace kv {
class KvStore;
}

// Each build reads the committed state of `snapshot` (null: the latest), so a chunk is built
// from the same state as the stamp it is persisted with (column_store.h).
LabelChunk buildLabelChunk(kv::KvStore& kv, const rocksdb::Snapshot* snapshot, LabelId label,
                           uint64_t chunk);
PropertyChunk buildPropertyChunk(kv::KvStore& kv, const rocksdb::Snapshot* snapshot, PropKeyId key,
                                 uint64_t chunk);
// One scan reads the degrees of every type and direction of the chunk's nodes: calls
// emit(type, dir, chunk) for each pair that has any.
void buildDegreeChunks(kv::KvStore& kv, const rocksdb::Snapshot* snapshot, uint64_t chunk,
                       const std::function<void(RelTypeId, Direction, DegreeChunk&&)>& emit);

// The lists of one type and direction; `complete` false (and empty) past maxEdges edges.
AdjacencyChunk buildAdjacencyChunk(kv::KvStore& kv, const rocksdb::Snapshot* snapshot,
                                   RelTypeId type, Direction dir, uint64_t chunk, size_t maxEdges);

}  // namespace rollcall::storage
