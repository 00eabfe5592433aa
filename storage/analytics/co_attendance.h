#pragma once
// The co-attendance graph: members (students) joined when they attended the same gatherings
// (sessions), weighted by how many they shared. Built in memory from the adjacency lists, never
// stored.
#include <cstdint>
#include <optional>
#include <vector>

#include "storage/analytics/graph_view.h"

namespace rollcall::storage::analytics {

struct CoAttendanceSpec {
  LabelId memberLabel = 0;                // Student
  RelTypeId type = 0;                     // ATTENDED, member → gathering
  std::optional<LabelId> gatheringLabel;  // Session; any node at the end of `type` when absent
  // Only these gatherings (node ids, any order) when given: one module's sessions, say.
  std::optional<std::vector<NodeId>> gatherings;
  uint64_t minShared = 1;  // an edge needs at least this many shared gatherings (0 acts as 1)
};

// Undirected and weighted (weight = shared gatherings). Vertices: every member with the label
// (so students who share nothing are isolated vertices), or when `gatherings` is given only the
// members who attended one of them.
GraphView coAttendance(Transaction& txn, const CoAttendanceSpec& spec,
                       RunControl& control = unwatched());

}  // namespace rollcall::storage::analytics
