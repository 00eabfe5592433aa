#pragma once
// Shortest paths from one source at a time, for the algorithms that run one search per source
// (sampled betweenness, closeness): distances, the number of shortest paths to each vertex and
// the order vertices were settled in. The arrays are kept between searches and only the vertices
// a search reached are reset, so many searches on a large sparse graph cost what they reach.
#include <cstdint>
#include <limits>
#include <vector>

#include "storage/analytics/graph_view.h"

namespace rollcall::storage::analytics {

class ShortestPathDag {
 public:
  // By hops, or by edge weight (Dijkstra; weights must not be negative) when `weighted`. Self-
  // loops are skipped; parallel edges count as separate paths, so callers that count paths
  // between vertices merge them first.
  ShortestPathDag(const CsrGraph& graph, bool weighted);

  void search(Vertex source);

  // Reached vertices, the source first, in order of distance.
  const std::vector<Vertex>& settled() const { return settled_; }
  double distance(Vertex v) const { return distance_[v]; }
  double pathCount(Vertex v) const { return pathCount_[v]; }
  // The length an edge adds: its weight, or 1 by hops.
  double length(const CsrEdge& e) const { return weighted_ ? graph_[e].weight : 1.0; }
  // Whether edge u→v (of length `length`) lies on a shortest path from the source. The sum is
  // the one the search compared, so the answer agrees with the path counts exactly.
  bool onShortestPath(Vertex u, Vertex v, double length) const {
    return distance_[u] + length == distance_[v];
  }

  static constexpr double UNREACHED = std::numeric_limits<double>::infinity();

 private:
  void reset();
  void breadthFirst(Vertex source);
  void dijkstra(Vertex source);

  const CsrGraph& graph_;
  bool weighted_;
  std::vector<double> distance_;
  std::vector<double> pathCount_;  // double: path counts outgrow any integer on large graphs
  std::vector<uint8_t> done_;      // Dijkstra: settled already
  std::vector<Vertex> settled_;
};

}  // namespace rollcall::storage::analytics
