#pragma once
// `rollcall check`: reads a whole database and reports where its parts disagree: counts against
// what is stored, label lists against node records, relationship records against both
// neighbour lists and the type's chunks, degrees against neighbour lists, index entries against
// node properties, and the planner's exact statistics against what they count. After a crash
// (or a suspected bug), a clean report says the database is whole.
#include <cstdint>
#include <string>
#include <vector>

#include "storage/graph/graph_store.h"

namespace rollcall::storage {

struct ConsistencyReport {
  uint64_t nodes = 0;
  uint64_t relationships = 0;
  uint64_t indexEntries = 0;  // index entries checked (one per indexed node property)
  // One line per disagreement, e.g. "label Student: count says 12, the label list has 11".
  // At most MAX_PROBLEMS are kept; `problemCount` counts them all.
  std::vector<std::string> problems;
  uint64_t problemCount = 0;
  bool ok() const { return problemCount == 0; }
};

// Verifies every table's checksums first: throws StorageError(CORRUPTION) for a damaged file.
ConsistencyReport checkConsistency(GraphStore& store);

}  // namespace rollcall::storage
