#pragma once
// Community detection on the undirected weighted graph under the view (direction ignored).
#include <cstdint>
#include <vector>

#include "storage/analytics/graph_view.h"

namespace rollcall::storage::analytics {

struct Communities {
  std::vector<uint64_t> communityOf;  // per vertex; numbered 0.. by their smallest vertex
  uint64_t count = 0;
  double modularity = 0;  // of this partition, on the weighted undirected graph
  uint32_t ranLevels = 0;  // Louvain: aggregation levels; label propagation: iterations
};

struct LouvainOptions {
  uint32_t maxLevels = 10;
  uint32_t maxIterations = 10;  // local-moving sweeps per level
  double tolerance = 1e-7;      // minimum modularity gain to go on
};
// Louvain (Blondel et al. 2008), deterministic: vertices visited in number order.
Communities louvain(const GraphView& view, const LouvainOptions& options,
                    RunControl& control = unwatched());

struct LabelPropagationOptions {
  uint32_t maxIterations = 10;
};
// Each vertex takes the label of highest total edge weight among its neighbours (ties: the
// smallest label), in vertex order, until no label changes.
Communities labelPropagation(const GraphView& view, const LabelPropagationOptions& options,
                             RunControl& control = unwatched());

// Modularity of any partition of the view (NetworkX's definition, resolution 1).
double modularity(const GraphView& view, const std::vector<uint64_t>& communityOf);

}  // namespace rollcall::storage::analytics
