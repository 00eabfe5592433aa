#pragma once
// The counting half of the co-attendance projection (co_attendance.h): attendance lists in
// compressed form, and the shared-gathering count of every pair of members.
#include <cstdint>
#include <vector>

#include "storage/analytics/graph_view.h"

namespace rollcall::storage::analytics {

// List i is items[start[i], start[i+1]), sorted and without repeats.
struct AdjacencyLists {
  std::vector<uint64_t> start{0};
  std::vector<uint32_t> items;

  size_t size() const { return start.size() - 1; }
  const uint32_t* begin(size_t i) const { return items.data() + start[i]; }
  const uint32_t* end(size_t i) const { return items.data() + start[i + 1]; }
};

// Drops the members who appear in no list of `attendees` and renumbers the lists' items to
// match; returns the members kept.
std::vector<NodeId> keepListed(AdjacencyLists& attendees, const std::vector<NodeId>& members);

// The lists the other way round: for each of `members` members, the gatherings they attended.
AdjacencyLists transpose(const AdjacencyLists& attendees, size_t members, RunControl& control);

// An edge (a, b), a < b, for every pair of members who attended at least `minShared` gatherings
// together, weighted by how many; in order of a, then b.
std::vector<WeightedEdge> countShared(const AdjacencyLists& attendees,
                                      const AdjacencyLists& attended, uint64_t minShared,
                                      RunControl& control);

}  // namespace rollcall::storage::analytics
