#include "storage/analytics/graph_view.h"

#include <algorithm>
#include <string>

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

double weightOf(Transaction& txn, RelId rel, const ProjectionSpec& spec) {
  PropertyValue value = txn.relProperty(rel, *spec.weight);
  switch (value.type()) {
    case PropertyValue::Type::NUL:
      return spec.defaultWeight;
    case PropertyValue::Type::INT:
      return static_cast<double>(value.asInt());
    case PropertyValue::Type::DOUBLE:
      return value.asDouble();
    default:
      throw ProjectionError("relationship " + std::to_string(rel) +
                            " has a weight that is not a number");
  }
}

CsrGraph toCsr(std::vector<WeightedEdge>& edges, size_t vertices, bool undirected) {
  if (undirected) {
    size_t n = edges.size();
    edges.reserve(2 * n);
    for (size_t i = 0; i < n; ++i) edges.push_back({edges[i].to, edges[i].from, edges[i].weight});
  }
  // Sorting by source keeps each vertex's edges in the order they came: the scans deliver them
  // by relationship id, so results do not depend on the sort's whims.
  std::stable_sort(edges.begin(), edges.end(),
                   [](const WeightedEdge& a, const WeightedEdge& b) { return a.from < b.from; });
  std::vector<std::pair<Vertex, Vertex>> ends;
  std::vector<EdgeData> data;
  ends.reserve(edges.size());
  data.reserve(edges.size());
  for (const auto& e : edges) {
    ends.emplace_back(e.from, e.to);
    data.push_back({e.weight});
  }
  edges = {};
  return CsrGraph(boost::edges_are_sorted, ends.begin(), ends.end(), data.begin(), vertices);
}

}  // namespace

std::optional<Vertex> GraphView::vertexOf(NodeId id) const {
  auto it = std::lower_bound(ids_.begin(), ids_.end(), id);
  if (it == ids_.end() || *it != id) return std::nullopt;
  return Vertex(it - ids_.begin());
}

uint64_t GraphView::memoryBytes() const {
  return ids_.size() * (sizeof(NodeId) + sizeof(uint64_t)) +
         edgeCount() * (sizeof(Vertex) + sizeof(EdgeData));
}

GraphView GraphView::build(Transaction& txn, const ProjectionSpec& spec, RunControl& control) {
  GraphView view;
  view.undirected_ = spec.orientation == Orientation::UNDIRECTED;
  view.weighted_ = spec.weight.has_value();
  view.ids_ = collectNodes(txn, spec.labels);
  control.reserve(view.ids_.size() * (sizeof(NodeId) + sizeof(uint64_t)), "projecting nodes");
  std::vector<WeightedEdge> edges;
  uint64_t seen = 0;
  RelEntry buf[BATCH];
  auto drain = [&](RelCursor& cursor) {
    while (size_t n = cursor.next(buf, BATCH)) {
      control.reserve(n * 2 * (sizeof(WeightedEdge) + sizeof(Vertex) + sizeof(EdgeData)),
                      "projecting relationships");
      for (size_t i = 0; i < n; ++i) {
        auto from = view.vertexOf(buf[i].start), to = view.vertexOf(buf[i].end);
        if (!from || !to) continue;
        double w = spec.weight ? weightOf(txn, buf[i].id, spec) : 1.0;
        if (spec.orientation == Orientation::REVERSE) std::swap(from, to);
        edges.push_back({*from, *to, w});
      }
      control.progress("projecting relationships", seen += n, 0);
    }
  };
  if (spec.types.empty()) drain(*txn.scanAllRels());
  for (RelTypeId type : spec.types) drain(*txn.scanRelType(type));
  view.graph_ = toCsr(edges, view.ids_.size(), view.undirected_);
  return view;
}

GraphView GraphView::fromEdges(std::vector<NodeId> ids, const std::vector<WeightedEdge>& edges,
                               bool undirected, bool weighted) {
  GraphView view;
  view.ids_ = std::move(ids);
  view.undirected_ = undirected;
  view.weighted_ = weighted;
  std::vector<WeightedEdge> copy = edges;
  view.graph_ = toCsr(copy, view.ids_.size(), undirected);
  return view;
}

GraphView GraphView::fromEdges(std::vector<NodeId> ids, std::vector<WeightedEdge>&& edges,
                               bool undirected, bool weighted) {
  GraphView view;
  view.ids_ = std::move(ids);
  view.undirected_ = undirected;
  view.weighted_ = weighted;
  view.graph_ = toCsr(edges, view.ids_.size(), undirected);
  return view;
}

}  // namespace rollcall::storage::analytics
