#pragma once
// The simple undirected graph under a view (direction, weights, parallel edges and self-loops
// dropped), as sorted adjacency arrays: what k-cores and triangles are defined on.
#include <cstdint>
#include <span>
#include <vector>

#include "storage/analytics/graph_view.h"

namespace rollcall::storage::analytics {

struct SimpleGraph {
  std::vector<uint64_t> offsets;   // vertexCount() + 1 entries
  std::vector<Vertex> neighbours;  // per vertex: sorted, distinct, never the vertex itself

  size_t vertexCount() const { return offsets.empty() ? 0 : offsets.size() - 1; }
  uint64_t degree(Vertex v) const { return offsets[v + 1] - offsets[v]; }
  std::span<const Vertex> neighboursOf(Vertex v) const {
    return {neighbours.data() + offsets[v], neighbours.data() + offsets[v + 1]};
  }
};

SimpleGraph simpleUndirected(const GraphView& view, RunControl& control);

}  // namespace rollcall::storage::analytics
