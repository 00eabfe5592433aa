#pragma once
// Pull cursors over scans. A cursor fills up to `max` entries per call and returns how many it
// wrote; 0 means the scan is over. Cursors stay valid while their transaction is written to
// (they may or may not see writes made after they were opened).
#include <cstddef>

#include "storage/graph/records.h"

namespace rollcall::storage {

class NodeCursor {
 public:
  virtual ~NodeCursor() = default;
  virtual size_t next(NodeId* out, size_t max) = 0;
};

// Whole node records (labels and properties) read by the scan itself.
class NodeRecordCursor {
 public:
  virtual ~NodeRecordCursor() = default;
  virtual size_t next(NodeRecord* out, size_t max) = 0;
};

class RelCursor {
 public:
  virtual ~RelCursor() = default;
  virtual size_t next(RelEntry* out, size_t max) = 0;
};

}  // namespace rollcall::storage
