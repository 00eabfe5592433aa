#pragma once
// How important each vertex is: PageRank, degree, betweenness, closeness. One value per vertex,
// indexed by vertex number.
#include <cstdint>
#include <optional>
#include <vector>

#include "storage/analytics/graph_view.h"

namespace rollcall::storage::analytics {

struct PageRankOptions {
  double dampingFactor = 0.85;
  uint32_t maxIterations = 20;
  double tolerance = 1e-7;  // stop when no score moved more than this in an iteration
};

struct PageRankResult {
  std::vector<double> scores;
  uint32_t ranIterations = 0;
  bool didConverge = false;
};

// Neo4j GDS's normalisation: score(v) = (1 - d) + d * sum over edges u→v of score(u) * w(u,v) /
// outWeight(u), starting from 1 - d; scores sum to about n (NetworkX's scores times n when no
// vertex is dangling); a dangling vertex's score is not redistributed. Edge weights count only
// when the view is weighted.
PageRankResult pageRank(const GraphView& view, const PageRankOptions& options,
                        RunControl& control = unwatched());

// Sum of the weights (1 each when unweighted) of each vertex's outgoing edges in the view: the
// caller chooses the direction by the projection's orientation.
std::vector<double> degreeCentrality(const GraphView& view);

struct BetweennessOptions {
  std::optional<uint32_t> samplingSize;  // sources to sample; all vertices when absent
  uint64_t samplingSeed = 0;
};

// Brandes' betweenness: shortest paths by hops, or by weight when the view is weighted. On an
// undirected view each pair counts once (NetworkX's undirected values, unnormalised). Sampled:
// sums over `samplingSize` sources chosen by the seed, scaled by n / samplingSize.
std::vector<double> betweenness(const GraphView& view, const BetweennessOptions& options,
                                RunControl& control = unwatched());

struct ClosenessOptions {
  bool useWassermanFaust = false;
};

// (r - 1) / (sum of distances to the r - 1 other vertices reachable from v) along outgoing edges
// (by hops, or weight when weighted); 0 when nothing is reachable. With Wasserman-Faust, times
// (r - 1) / (n - 1), as NetworkX's closeness_centrality(wf_improved=True) on the reversed graph.
std::vector<double> closeness(const GraphView& view, const ClosenessOptions& options,
                              RunControl& control = unwatched());

}  // namespace rollcall::storage::analytics
