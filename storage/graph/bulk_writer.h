#pragma once
// The bulk path for loaders and benchmarks: creates nodes and relationships much faster than
// transactions by writing sorted files and ingesting them in one atomic step.
//
// Keys, indexes, counts and id allocation are exactly those of transactional writes. Nothing is
// visible until finish(), which is atomic and durable when it returns; a BulkWriter destroyed
// without finish() writes nothing. A BulkWriter holds the GraphStore's write slot for its whole
// life. Memory: about 20 bytes per relationship while adding, 36 during finish() (adjacency lists
// are built in memory and written once), plus the property-index entries of the new nodes.
#include <vector>

#include "storage/common/property_value.h"
#include "storage/common/types.h"

namespace rollcall::storage {

class BulkWriter {
 public:
  virtual ~BulkWriter() = default;

  virtual NodeId addNode(const std::vector<LabelId>& labels, Properties properties) = 0;
  // `start` and `end` must exist: created by this writer or already committed.
  // Throws StorageError(NOT_FOUND) otherwise.
  virtual RelId addRel(RelTypeId type, NodeId start, NodeId end, Properties properties) = 0;
  // Hints: about `count` more nodes / relationships follow (saves regrowing their buffers).
  virtual void reserveNodes(size_t count) { (void)count; }
  virtual void reserveRels(size_t count) { (void)count; }
  // Checks unique indexes (UNIQUE_VIOLATION: nothing is written), then ingests everything.
  virtual void finish() = 0;
};

}  // namespace rollcall::storage
