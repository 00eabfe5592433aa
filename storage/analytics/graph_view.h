#pragma once
// A read-only in-memory snapshot of (part of) the graph as a Boost.Graph compressed sparse row
// graph, for whole-graph algorithms that would be slow over RocksDB. Vertices are numbered
// 0..n-1 in node id order; nodeId() maps back. Every edge carries a weight (1.0 unless the
// projection names a weight property), so weighted and unweighted algorithms share one type.
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <vector>

#include "storage/analytics/run_control.h"
#include "storage/graph/transaction.h"

namespace rollcall::storage::analytics {

struct EdgeData {
  double weight = 1.0;
};
// 32-bit vertices (4 G nodes) and 64-bit edge offsets keep the arrays small and big enough.
using CsrGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, EdgeData,
                                                    boost::no_property, uint32_t, uint64_t>;
using Vertex = boost::graph_traits<CsrGraph>::vertex_descriptor;
using CsrEdge = boost::graph_traits<CsrGraph>::edge_descriptor;

// Which way relationships become edges: as stored (start → end), reversed, or both ways (an
// undirected graph is a directed one with every edge in both directions).
enum class Orientation { NATURAL, REVERSE, UNDIRECTED };

struct ProjectionSpec {
  std::vector<LabelId> labels;   // nodes with any of these; every node when empty
  std::vector<RelTypeId> types;  // relationships of these types; every type when empty
  Orientation orientation = Orientation::NATURAL;
  std::optional<PropKeyId> weight;  // numeric relationship property giving each edge's weight
  double defaultWeight = 1.0;       // for relationships without the weight property
};

// A projection that cannot be built as asked (a weight that is not a number). The engine turns
// it into an argument error of the procedure that asked.
class ProjectionError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The weight a projection gives relationship `rel`: its `spec.weight` property (an integer or a
// float), `spec.defaultWeight` without it, 1 when the projection is unweighted. Throws
// ProjectionError for a weight that is not a number.
double relationshipWeight(Transaction& txn, RelId rel, const ProjectionSpec& spec);

struct WeightedEdge {
  Vertex from = 0;
  Vertex to = 0;
  double weight = 1.0;
};

class GraphView {
 public:
  // The chosen nodes and the relationships of the chosen types whose two ends are both chosen,
  // as seen by `txn`. Parallel relationships stay parallel edges; a self-loop is one edge (two
  // when UNDIRECTED, as in any symmetric adjacency).
  static GraphView build(Transaction& txn, const ProjectionSpec& spec,
                         RunControl& control = unwatched());
  // Vertices `ids` (sorted, distinct) and `edges` between their positions: derived graphs (the
  // co-attendance projection) and tests. With `undirected`, each edge is added both ways.
  static GraphView fromEdges(std::vector<NodeId> ids, const std::vector<WeightedEdge>& edges,
                             bool undirected, bool weighted);

  const CsrGraph& graph() const { return graph_; }
  size_t vertexCount() const { return ids_.size(); }
  size_t edgeCount() const { return boost::num_edges(graph_); }
  bool undirected() const { return undirected_; }
  bool weighted() const { return weighted_; }
  double weight(const CsrEdge& e) const { return graph_[e].weight; }
  NodeId nodeId(Vertex v) const { return ids_[v]; }
  const std::vector<NodeId>& nodeIds() const { return ids_; }
  std::optional<Vertex> vertexOf(NodeId id) const;
  // About how many bytes the view holds.
  uint64_t memoryBytes() const;

 private:
  std::vector<NodeId> ids_;  // sorted: vertex v is node ids_[v]
  CsrGraph graph_;
  bool undirected_ = false;
  bool weighted_ = false;
};

}  // namespace rollcall::storage::analytics
