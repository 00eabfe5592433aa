#include "storage/analytics/co_attendance.h"

#include <algorithm>

#include "storage/analytics/charged_growth.h"
#include "storage/analytics/co_attendance_counts.h"
#include "storage/analytics/vertex_numbering.h"

namespace rollcall::storage::analytics {

namespace {

constexpr size_t BATCH = 4096;

std::vector<NodeId> nodesWithLabel(Transaction& txn, LabelId label, RunControl& control) {
  std::vector<NodeId> ids;
  NodeId buf[BATCH];
  auto cursor = txn.scanLabel(label);
  while (size_t n = cursor->next(buf, BATCH)) {
    growCharged(ids, n, control, "co-attendance: nodes");
    ids.insert(ids.end(), buf, buf + n);
  }
  return ids;  // scans come in id order: already sorted
}

// Every node at the end of a relationship of `type`, from one pass over the type's packed
// chunks; a bitmap over node ids rather than a list of 10 M ends with repeats.
std::vector<NodeId> endsOf(Transaction& txn, RelTypeId type, RunControl& control) {
  std::vector<bool> isEnd;
  RelEntry buf[BATCH];
  uint64_t seen = 0;
  auto cursor = txn.scanRelType(type);
  while (size_t n = cursor->next(buf, BATCH)) {
    for (size_t i = 0; i < n; ++i) {
      if (buf[i].end >= isEnd.size()) {
        control.reserve(buf[i].end / 4 + 1, "co-attendance: gatherings");  // bits, doubled
        isEnd.resize(2 * buf[i].end + 1);
      }
      isEnd[buf[i].end] = true;
    }
    control.progress("co-attendance: finding gatherings", seen += n, 0);
  }
  std::vector<NodeId> ends;
  for (NodeId id = 0; id < isEnd.size(); ++id)
    if (isEnd[id]) ends.push_back(id);
  return ends;
}

// The listed gatherings, sorted, without repeats, and only those with the gathering label.
std::vector<NodeId> listedGatherings(Transaction& txn, const CoAttendanceSpec& spec) {
  std::vector<NodeId> ids = *spec.gatherings;
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  if (spec.gatheringLabel)
    std::erase_if(ids, [&](NodeId id) { return !txn.hasLabel(id, *spec.gatheringLabel); });
  return ids;
}

std::vector<NodeId> gatheringsOf(Transaction& txn, const CoAttendanceSpec& spec,
                                 RunControl& control) {
  if (spec.gatherings) return listedGatherings(txn, spec);
  if (spec.gatheringLabel) return nodesWithLabel(txn, *spec.gatheringLabel, control);
  return endsOf(txn, spec.type, control);
}

// The members who attended each gathering (positions in the member list), each once however
// often they attended it.
AdjacencyLists attendeesOf(Transaction& txn, const std::vector<NodeId>& gatherings,
                           const CoAttendanceSpec& spec, const VertexNumbering& memberOf,
                           RunControl& control) {
  AdjacencyLists lists;
  lists.start.reserve(gatherings.size() + 1);
  std::vector<Edge> edges;
  for (size_t g = 0; g < gatherings.size(); ++g) {
    txn.neighbours(gatherings[g], spec.type, Direction::IN, edges);
    growCharged(lists.items, edges.size(), control, "co-attendance: attendance lists");
    auto first = lists.items.end() - lists.items.begin();
    for (const auto& e : edges)
      if (uint32_t m = memberOf(e.other); m != VertexNumbering::NONE) lists.items.push_back(m);
    std::sort(lists.items.begin() + first, lists.items.end());
    lists.items.erase(std::unique(lists.items.begin() + first, lists.items.end()),
                      lists.items.end());
    lists.start.push_back(lists.items.size());
    if ((g + 1) % BATCH == 0)
      control.progress("co-attendance: reading gatherings", g + 1, gatherings.size());
  }
  return lists;
}

}  // namespace

GraphView coAttendance(Transaction& txn, const CoAttendanceSpec& spec, RunControl& control) {
  std::vector<NodeId> members = nodesWithLabel(txn, spec.memberLabel, control);
  std::vector<NodeId> gatherings = gatheringsOf(txn, spec, control);
  control.reserve(VertexNumbering::memoryFor(members), "co-attendance: numbering");
  AdjacencyLists attendees;
  {
    VertexNumbering memberOf(members);
    attendees = attendeesOf(txn, gatherings, spec, memberOf, control);
  }
  gatherings = {};
  // Only the listed gatherings' attendees are vertices: the rest could only be isolated.
  if (spec.gatherings) members = keepListed(attendees, members);
  AdjacencyLists attended = transpose(attendees, members.size(), control);
  std::vector<WeightedEdge> edges = countShared(attendees, attended, spec.minShared, control);
  attendees = {};
  attended = {};
  return GraphView::fromEdges(std::move(members), edges, /*undirected=*/true,
                              /*weighted=*/true);
}

}  // namespace rollcall::storage::analytics
