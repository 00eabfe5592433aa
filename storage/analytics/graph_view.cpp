#include "storage/analytics/graph_view.h"

#include <algorithm>
#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/transform_iterator.hpp>
#include <string>
#include <utility>

#include "storage/analytics/vertex_numbering.h"

namespace rollcall::storage::analytics {

namespace {

constexpr size_t BATCH = 4096;

// Labels' scans come in id order: merging the sorted runs beats sorting them all.
std::vector<NodeId> collectNodes(Transaction& txn, const std::vector<LabelId>& labels) {
  std::vector<NodeId> ids;
  NodeId buf[BATCH];
  auto drain = [&](NodeCursor& cursor) {
    size_t run = ids.size();
    while (size_t n = cursor.next(buf, BATCH)) ids.insert(ids.end(), buf, buf + n);
    std::inplace_merge(ids.begin(), ids.begin() + run, ids.end());
  };
  if (labels.empty()) drain(*txn.scanAllNodes());
  for (LabelId label : labels) drain(*txn.scanLabel(label));
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());  // nodes with several labels
  return ids;
}

// The edges in the order they came, before the view sorts them by source.
struct StagedEdges {
  std::vector<std::pair<Vertex, Vertex>> ends;
  std::vector<EdgeData> data;  // empty for an unweighted projection: every edge weighs 1.0
};

// Bytes one relationship may cost: staged once, then in the view, both ways when undirected.
uint64_t bytesPerRel(bool undirected, bool weighted) {
  uint64_t staged = sizeof(std::pair<Vertex, Vertex>) + (weighted ? sizeof(EdgeData) : 0);
  return staged + (undirected ? 2 : 1) * (sizeof(Vertex) + sizeof(EdgeData));
}

void stageBatch(Transaction& txn, const RelEntry* rels, size_t n, const VertexNumbering& vertexOf,
                const ProjectionSpec& spec, StagedEdges& staged) {
  bool reverse = spec.orientation == Orientation::REVERSE;
  for (size_t i = 0; i < n; ++i) {
    uint32_t from = vertexOf(rels[i].start), to = vertexOf(rels[i].end);
    if (from == VertexNumbering::NONE || to == VertexNumbering::NONE) continue;
    if (reverse) std::swap(from, to);
    staged.ends.emplace_back(from, to);
    if (spec.weight) staged.data.push_back({relationshipWeight(txn, rels[i].id, spec)});
  }
}

// Boost's unsorted multi-pass construction is a counting sort by source straight into the
// graph's arrays: stable, so each vertex keeps its edges in the order they came (the scans
// deliver them by relationship id) and results do not depend on a sort's whims. The n edges are
// read where they lie, through endsAt(i) and, when weighted, dataAt(i); an undirected view reads
// them twice, the second time reversed, rather than from a second copy.
template <typename EndsAt, typename DataAt>
CsrGraph toCsr(size_t n, EndsAt endsAt, DataAt dataAt, bool weighted, size_t vertices,
               bool undirected) {
  auto ends = [&](size_t i) {
    if (i < n) return endsAt(i);
    auto [from, to] = endsAt(i - n);
    return std::pair<Vertex, Vertex>(to, from);
  };
  auto data = [&](size_t i) { return dataAt(i < n ? i : i - n); };
  auto at = [](size_t i, auto f) {
    return boost::make_transform_iterator(boost::counting_iterator<size_t>(i), f);
  };
  size_t count = undirected ? 2 * n : n;
  if (!weighted)
    return CsrGraph(boost::edges_are_unsorted_multi_pass, at(0, ends), at(count, ends), vertices);
  return CsrGraph(boost::edges_are_unsorted_multi_pass, at(0, ends), at(count, ends), at(0, data),
                  vertices);
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
  control.reserve(view.ids_.size() * (sizeof(NodeId) + sizeof(uint64_t)) +
                      VertexNumbering::memoryFor(view.ids_),
                  "projecting nodes");
  VertexNumbering vertexOf(view.ids_);
  StagedEdges staged;
  uint64_t seen = 0, perRel = bytesPerRel(view.undirected_, view.weighted_);
  RelEntry buf[BATCH];
  auto drain = [&](RelCursor& cursor) {
    while (size_t n = cursor.next(buf, BATCH)) {
      control.reserve(n * perRel, "projecting relationships");
      stageBatch(txn, buf, n, vertexOf, spec, staged);
      control.progress("projecting relationships", seen += n, 0);
    }
  };
  if (spec.types.empty()) drain(*txn.scanAllRels());
  for (RelTypeId type : spec.types) drain(*txn.scanRelType(type));
  view.graph_ = toCsr(
      staged.ends.size(), [&](size_t i) { return staged.ends[i]; },
      [&](size_t i) { return staged.data[i]; }, view.weighted_, view.ids_.size(), view.undirected_);
  return view;
}

// Weights are kept even when `weighted` is false: the flag tells algorithms whether to use them.
GraphView GraphView::fromEdges(std::vector<NodeId> ids, const std::vector<WeightedEdge>& edges,
                               bool undirected, bool weighted) {
  GraphView view;
  view.ids_ = std::move(ids);
  view.undirected_ = undirected;
  view.weighted_ = weighted;
  view.graph_ = toCsr(
      edges.size(), [&](size_t i) { return std::pair<Vertex, Vertex>(edges[i].from, edges[i].to); },
      [&](size_t i) { return EdgeData{edges[i].weight}; }, /*weighted=*/true, view.ids_.size(),
      undirected);
  return view;
}

double relationshipWeight(Transaction& txn, RelId rel, const ProjectionSpec& spec) {
  if (!spec.weight) return 1.0;
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

}  // namespace rollcall::storage::analytics
