#include "storage/analytics/graph_view.h"

#include <algorithm>
#include <boost/graph/incremental_components.hpp>
#include <boost/pending/disjoint_sets.hpp>
#include <boost/property_map/property_map.hpp>
#include <cstdint>

namespace rollcall::storage::analytics {

namespace {

constexpr size_t BATCH = 4096;

std::vector<NodeId> collectNodes(Transaction& txn, const std::vector<LabelId>& labels) {
  std::vector<NodeId> ids;
  NodeId buf[BATCH];
  auto drain = [&](NodeCursor& cursor) {
    while (size_t n = cursor.next(buf, BATCH)) ids.insert(ids.end(), buf, buf + n);
  };
  if (labels.empty()) drain(*txn.scanAllNodes());
  for (LabelId label : labels) drain(*txn.scanLabel(label));
  std::sort(ids.begin(), ids.end());  // several labels: merge and drop repeats
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

}  // namespace

std::optional<Vertex> GraphView::vertexOf(NodeId id) const {
  auto it = std::lower_bound(ids_.begin(), ids_.end(), id);
  if (it == ids_.end() || *it != id) return std::nullopt;
  return Vertex(it - ids_.begin());
}

GraphView GraphView::build(Transaction& txn, const std::vector<LabelId>& labels,
                           const std::vector<RelTypeId>& types) {
  GraphView view;
  view.ids_ = collectNodes(txn, labels);
  std::vector<std::pair<Vertex, Vertex>> edges;
  RelEntry buf[BATCH];
  auto drain = [&](RelCursor& cursor) {
    while (size_t n = cursor.next(buf, BATCH)) {
      for (size_t i = 0; i < n; ++i) {
        auto from = view.vertexOf(buf[i].start), to = view.vertexOf(buf[i].end);
        if (from && to) edges.emplace_back(*from, *to);
      }
    }
  };
  if (types.empty()) drain(*txn.scanAllRels());
  for (RelTypeId type : types) drain(*txn.scanRelType(type));
  view.graph_ =
      CsrGraph(boost::edges_are_unsorted_multi_pass, edges.begin(), edges.end(), view.ids_.size());
  return view;
}

Components weaklyConnectedComponents(const GraphView& view) {
  const auto& g = view.graph();
  size_t n = view.vertexCount();
  std::vector<size_t> rank(n), parent(n);
  // Property maps rather than raw pointers: BGL finds get() for them by argument lookup.
  auto rankMap = boost::make_iterator_property_map(rank.begin(), boost::identity_property_map());
  auto parentMap =
      boost::make_iterator_property_map(parent.begin(), boost::identity_property_map());
  boost::disjoint_sets<decltype(rankMap), decltype(parentMap)> sets(rankMap, parentMap);
  boost::initialize_incremental_components(g, sets);
  boost::incremental_components(g, sets);
  Components out;
  out.componentOf.assign(n, SIZE_MAX);
  std::vector<size_t> numberOfRoot(n, SIZE_MAX);
  for (size_t v = 0; v < n; ++v) {
    size_t root = sets.find_set(v);
    if (numberOfRoot[root] == SIZE_MAX) numberOfRoot[root] = out.count++;
    out.componentOf[v] = numberOfRoot[root];
  }
  return out;
}

}  // namespace rollcall::storage::analytics
