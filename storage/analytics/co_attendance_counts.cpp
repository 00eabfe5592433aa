#include "storage/analytics/co_attendance_counts.h"

#include <algorithm>
#include <utility>

namespace rollcall::storage::analytics {

namespace {

constexpr size_t BATCH = 4096;
constexpr uint32_t ABSENT = UINT32_MAX;

// What one co-attendance edge costs until the view is built: its entry in the list, and both
// of its directions in the view (read straight from the list).
constexpr uint64_t EDGE_BYTES = sizeof(WeightedEdge) + 2 * (sizeof(Vertex) + sizeof(EdgeData));

// Adds to shared[b] the gatherings member `a` attended with each later member b (the lists are
// sorted, so the later members of a gathering follow `a` in its list); partners gets each b
// the first time it is met.
void countPartners(uint32_t a, const AdjacencyLists& attendees, const AdjacencyLists& attended,
                   std::vector<uint32_t>& shared, std::vector<uint32_t>& partners) {
  for (const uint32_t* g = attended.begin(a); g != attended.end(a); ++g) {
    const uint32_t* last = attendees.end(*g);
    for (const uint32_t* b = std::upper_bound(attendees.begin(*g), last, a); b != last; ++b)
      if (shared[*b]++ == 0) partners.push_back(*b);
  }
}

// Keeps in `partners` those met at least `minShared` times, clearing the others' counts: the
// sort that puts the edges in order then skips the pairs dropped (most of them when minShared
// is above 1).
void keepFrequent(std::vector<uint32_t>& partners, std::vector<uint32_t>& shared,
                  uint64_t minShared) {
  if (minShared <= 1) return;
  size_t kept = 0;
  for (uint32_t b : partners) {
    if (shared[b] >= minShared)
      partners[kept++] = b;
    else
      shared[b] = 0;
  }
  partners.resize(kept);
}

// The edges kept so far, charged to the RunControl in doubling steps ahead of their growth.
struct ChargedEdges {
  explicit ChargedEdges(RunControl& c) : control(c) {}
  void add(const WeightedEdge& e) {
    if (edges.size() == charged) {
      uint64_t more = std::max<uint64_t>(charged, BATCH);
      control.reserve(more * EDGE_BYTES, "co-attendance: edges");
      charged += more;
    }
    edges.push_back(e);
  }
  RunControl& control;
  std::vector<WeightedEdge> edges;
  uint64_t charged = 0;
};

}  // namespace

std::vector<NodeId> keepListed(AdjacencyLists& attendees, const std::vector<NodeId>& members) {
  std::vector<uint32_t> renumbered(members.size(), ABSENT);
  for (uint32_t m : attendees.items) renumbered[m] = 0;
  std::vector<NodeId> kept;
  for (size_t m = 0; m < members.size(); ++m) {
    if (renumbered[m] == ABSENT) continue;
    renumbered[m] = static_cast<uint32_t>(kept.size());
    kept.push_back(members[m]);
  }
  // Order is kept, so every list stays sorted.
  for (uint32_t& m : attendees.items) m = renumbered[m];
  return kept;
}

AdjacencyLists transpose(const AdjacencyLists& attendees, size_t members, RunControl& control) {
  control.reserve((members + 1) * sizeof(uint64_t) + attendees.items.size() * sizeof(uint32_t),
                  "co-attendance: attendance lists");
  AdjacencyLists out;
  out.start.assign(members + 1, 0);
  for (uint32_t m : attendees.items) ++out.start[m + 1];
  for (size_t m = 0; m < members; ++m) out.start[m + 1] += out.start[m];
  out.items.resize(attendees.items.size());
  // start[m] serves as member m's insert position, ending up at its list's end (the next
  // member's start); shifting by one restores the starts without a second array.
  for (size_t g = 0; g < attendees.size(); ++g)
    for (const uint32_t* m = attendees.begin(g); m != attendees.end(g); ++m)
      out.items[out.start[*m]++] = static_cast<uint32_t>(g);
  for (size_t m = members; m > 0; --m) out.start[m] = out.start[m - 1];
  out.start[0] = 0;
  return out;
}

std::vector<WeightedEdge> countShared(const AdjacencyLists& attendees,
                                      const AdjacencyLists& attended, uint64_t minShared,
                                      RunControl& control) {
  size_t n = attended.size();
  // One counter per member, and the members one member has met: a pair's count lives only
  // while its smaller member is visited, so memory follows the edges kept, not the pairs seen.
  control.reserve(2 * n * sizeof(uint32_t), "co-attendance: counters");
  std::vector<uint32_t> shared(n, 0), partners;
  ChargedEdges kept(control);
  for (uint32_t a = 0; a < n; ++a) {
    countPartners(a, attendees, attended, shared, partners);
    keepFrequent(partners, shared, minShared);
    std::sort(partners.begin(), partners.end());
    for (uint32_t b : partners) {
      kept.add({a, b, static_cast<double>(shared[b])});
      shared[b] = 0;
    }
    partners.clear();
    if ((a + 1) % BATCH == 0) control.progress("co-attendance: counting pairs", a + 1, n);
  }
  return std::move(kept.edges);
}

}  // namespace rollcall::storage::analytics
