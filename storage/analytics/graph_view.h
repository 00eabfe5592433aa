#pragma once
// A read-only in-memory snapshot of (part of) the graph as a Boost.Graph compressed sparse row
// graph, for whole-graph algorithms that would be slow over RocksDB. Vertices are numbered
// 0..n-1 in node id order; nodeId() maps back.
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <optional>
#include <vector>

#include "storage/graph/transaction.h"

namespace rollcall::storage::analytics {

using CsrGraph = boost::compressed_sparse_row_graph<boost::directedS>;
using Vertex = boost::graph_traits<CsrGraph>::vertex_descriptor;

class GraphView {
 public:
  // Nodes carrying any of `labels` (every node when empty) and the relationships of `types`
  // (every type when empty) whose two ends are both in the view, as seen by `txn`.
  static GraphView build(Transaction& txn, const std::vector<LabelId>& labels,
                         const std::vector<RelTypeId>& types);

  const CsrGraph& graph() const { return graph_; }
  size_t vertexCount() const { return ids_.size(); }
  size_t edgeCount() const { return boost::num_edges(graph_); }
  NodeId nodeId(Vertex v) const { return ids_[v]; }
  std::optional<Vertex> vertexOf(NodeId id) const;

 private:
  std::vector<NodeId> ids_;  // sorted: vertex v is node ids_[v]
  CsrGraph graph_;
};

struct Components {
  std::vector<size_t> componentOf;  // per vertex; components numbered by their smallest vertex
  size_t count = 0;
};

// Weakly connected components (edge direction ignored), by BGL's incremental_components.
Components weaklyConnectedComponents(const GraphView& view);

}  // namespace rollcall::storage::analytics
