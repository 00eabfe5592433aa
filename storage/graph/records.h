#pragma once
// Plain records returned by transaction reads.
#include <vector>

#include "storage/common/property_value.h"
#include "storage/common/types.h"

namespace rollcall::storage {

struct NodeRecord {
  NodeId id = 0;
  std::vector<LabelId> labels;  // sorted
  Properties properties;        // sorted by key
};

struct RelRecord {
  RelId id = 0;
  RelTypeId type = 0;
  NodeId start = 0;
  NodeId end = 0;
  Properties properties;
};

// One relationship seen from one of its end nodes.
struct Edge {
  RelId rel = 0;
  NodeId other = 0;  // the node at the other end
  RelTypeId type = 0;
};

// One relationship of a relationship-type scan.
struct RelEntry {
  RelId id = 0;
  RelTypeId type = 0;
  NodeId start = 0;
  NodeId end = 0;
};

}  // namespace rollcall::storage
