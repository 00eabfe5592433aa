// Degree and closeness centrality; PageRank and betweenness have files of their own.
#include "storage/analytics/centrality.h"

#include <boost/range/iterator_range.hpp>

#include "storage/analytics/shortest_path_dag.h"

namespace rollcall::storage::analytics {

namespace {

// Sources between progress reports: one search is O(m), so a few of them are already a lot.
constexpr size_t SOURCES_PER_REPORT = 64;

// NetworkX's formula for one source, given what its search reached.
double closenessOf(const ShortestPathDag& dag, size_t n, bool wassermanFaust) {
  double total = 0;
  for (Vertex v : dag.settled()) total += dag.distance(v);
  double others = static_cast<double>(dag.settled().size() - 1);
  if (total <= 0 || n < 2) return 0.0;
  double value = others / total;
  return wassermanFaust ? value * others / static_cast<double>(n - 1) : value;
}

}  // namespace

std::vector<double> degreeCentrality(const GraphView& view) {
  const auto& g = view.graph();
  std::vector<double> degree(view.vertexCount(), 0.0);
  for (Vertex v = 0; v < degree.size(); ++v) {
    if (!view.weighted()) {
      degree[v] = static_cast<double>(boost::out_degree(v, g));
      continue;
    }
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) degree[v] += view.weight(e);
  }
  return degree;
}

// BGL's dijkstra_shortest_paths and breadth_first_search would do, but ShortestPathDag resets
// only what the previous source reached and is already the one betweenness relies on.
std::vector<double> closeness(const GraphView& view, const ClosenessOptions& options,
                              RunControl& control) {
  size_t n = view.vertexCount();
  control.reserve(n * (3 * sizeof(double) + sizeof(Vertex) + 1), "closeness");
  ShortestPathDag dag(view.graph(), view.weighted());
  std::vector<double> out(n, 0.0);
  for (Vertex s = 0; s < n; ++s) {
    if (s % SOURCES_PER_REPORT == 0) control.progress("closeness", s, n);
    dag.search(s);
    out[s] = closenessOf(dag, n, options.useWassermanFaust);
  }
  return out;
}

}  // namespace rollcall::storage::analytics
