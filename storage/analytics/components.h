#pragma once
// How the graph falls apart: weakly and strongly connected components, k-cores, triangles.
#include <cstdint>
#include <vector>

#include "storage/analytics/graph_view.h"

namespace rollcall::storage::analytics {

struct Components {
  std::vector<uint64_t> componentOf;  // per vertex; components numbered by their smallest vertex
  uint64_t count = 0;
};

// Edge direction ignored.
Components weaklyConnectedComponents(const GraphView& view, RunControl& control = unwatched());
// Along edge direction (Tarjan, via BGL's strong_components).
Components stronglyConnectedComponents(const GraphView& view, RunControl& control = unwatched());

// Core number of each vertex on the simple undirected graph under the view (direction, weights,
// parallel edges and self-loops ignored).
std::vector<uint64_t> coreNumbers(const GraphView& view, RunControl& control = unwatched());

struct Triangles {
  std::vector<uint64_t> triangles;   // per vertex, on the simple undirected graph
  std::vector<double> coefficient;   // local clustering coefficient; 0 below degree 2
};
Triangles triangles(const GraphView& view, RunControl& control = unwatched());

}  // namespace rollcall::storage::analytics
