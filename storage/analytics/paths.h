#pragma once
// Shortest paths along the view's edges: by hops (BFS) or by weight (Dijkstra; weights must not
// be negative).
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

#include "storage/analytics/graph_view.h"

namespace rollcall::storage::analytics {

constexpr double UNREACHED = std::numeric_limits<double>::infinity();

struct ShortestPaths {
  std::vector<double> distance;  // UNREACHED when not reachable
  std::vector<Vertex> parent;    // parent[v] == v for the source and unreached vertices
  // The edge that reached each vertex (the cheapest of parallel edges), for rebuilding paths.
  std::vector<CsrEdge> via;
};

// Hops from `source` (BFS), whatever the weights; stops past `maxDepth` when given.
ShortestPaths bfs(const GraphView& view, Vertex source, std::optional<uint32_t> maxDepth,
                  RunControl& control = unwatched());
// Weighted distances (Dijkstra); the view's weights, or hops when it is unweighted. Throws
// ProjectionError on a negative weight.
ShortestPaths dijkstra(const GraphView& view, Vertex source, RunControl& control = unwatched());

// The vertices from `source` to `target` inclusive, empty when unreachable.
std::vector<Vertex> pathTo(const ShortestPaths& paths, Vertex source, Vertex target);

}  // namespace rollcall::storage::analytics
