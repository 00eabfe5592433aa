// Brandes' betweenness: exact with BGL, sampled by hand (BGL has no sampling).
#include <algorithm>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/property_map/property_map.hpp>
#include <boost/range/iterator_range.hpp>
#include <optional>
#include <random>

#include "storage/analytics/centrality.h"
#include "storage/analytics/shortest_path_dag.h"

namespace rollcall::storage::analytics {

namespace {

// Whether any vertex has a self-loop or two edges to the same neighbour. `seenFrom[v]` holds the
// last source (plus one) that reached v, so one array serves every vertex.
bool isSimple(const CsrGraph& g) {
  std::vector<uint64_t> seenFrom(boost::num_vertices(g), 0);
  for (Vertex u = 0; u < boost::num_vertices(g); ++u) {
    seenFrom[u] = u + 1;  // a self-loop looks like a repeat
    for (auto e : boost::make_iterator_range(boost::out_edges(u, g))) {
      Vertex v = boost::target(e, g);
      if (seenFrom[v] == u + 1) return false;
      seenFrom[v] = u + 1;
    }
  }
  return true;
}

// The graph without self-loops and with parallel edges merged into the lightest: shortest paths
// are paths between vertices (NetworkX's multigraph answers), not choices among parallel
// relationships, and a zero-weight self-loop would make a vertex its own predecessor.
CsrGraph simpleGraphOf(const CsrGraph& g) {
  std::vector<std::pair<Vertex, Vertex>> ends;
  std::vector<EdgeData> data;
  std::vector<std::pair<Vertex, double>> out;
  for (Vertex u = 0; u < boost::num_vertices(g); ++u) {
    out.clear();
    for (auto e : boost::make_iterator_range(boost::out_edges(u, g)))
      if (boost::target(e, g) != u) out.emplace_back(boost::target(e, g), g[e].weight);
    std::sort(out.begin(), out.end());  // the lightest of each neighbour's edges comes first
    for (size_t i = 0; i < out.size(); ++i) {
      if (i > 0 && out[i].first == out[i - 1].first) continue;
      ends.emplace_back(u, out[i].first);
      data.push_back({out[i].second});
    }
  }
  return CsrGraph(boost::edges_are_sorted, ends.begin(), ends.end(), data.begin(),
                  boost::num_vertices(g));
}

// Wraps BGL's per-source search to report each source, so the deadline can stop a long run.
// BGL offers no hook between sources; its implementation function takes the search as an
// argument, which is the one place to put one.
template <typename Search>
struct ReportingSearch {
  Search search;
  RunControl* control;
  uint64_t* done;
  uint64_t total;

  template <typename Graph, typename... Rest>
  void operator()(Graph& g, Vertex source, Rest&&... rest) {
    control->progress("betweenness", (*done)++, total);
    search(g, source, std::forward<Rest>(rest)...);
  }
};

std::vector<double> exactBetweenness(const CsrGraph& g, bool weighted, RunControl& control) {
  size_t n = boost::num_vertices(g);
  std::vector<double> centrality(n), distance(n), dependency(n), pathCount(n);
  std::vector<std::vector<CsrEdge>> incoming(n);
  auto index = boost::get(boost::vertex_index, g);
  auto map = [&](auto& values) { return boost::make_iterator_property_map(values.begin(), index); };
  uint64_t done = 0;
  auto run = [&](auto search) {
    ReportingSearch<decltype(search)> reporting{search, &control, &done, n};
    boost::detail::graph::brandes_betweenness_centrality_impl(
        g, map(centrality), boost::dummy_property_map(), map(incoming), map(distance),
        map(dependency), map(pathCount), index, reporting);
  };
  if (weighted) {
    auto weight = boost::get(&EdgeData::weight, g);
    run(boost::detail::graph::brandes_dijkstra_shortest_paths<decltype(weight)>(weight));
  } else {
    run(boost::detail::graph::brandes_unweighted_shortest_paths());
  }
  return centrality;
}

// `count` distinct vertices by a partial Fisher-Yates shuffle. Modulo rather than
// std::uniform_int_distribution, whose output differs between standard libraries: the same seed
// picks the same sources everywhere (the bias is below 2^-32).
std::vector<Vertex> sampleSources(size_t n, size_t count, uint64_t seed) {
  std::vector<Vertex> all(n);
  for (Vertex v = 0; v < n; ++v) all[v] = v;
  std::mt19937_64 rng(seed);
  for (size_t i = 0; i < count; ++i) std::swap(all[i], all[i + rng() % (n - i)]);
  all.resize(count);
  return all;
}

// Brandes' dependency accumulation for one source, walking back from the farthest vertex.
void accumulate(const CsrGraph& g, const ShortestPathDag& dag, Vertex source,
                std::vector<double>& dependency, std::vector<double>& centrality) {
  const auto& order = dag.settled();
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    Vertex u = *it;
    double sum = 0;
    for (auto e : boost::make_iterator_range(boost::out_edges(u, g))) {
      Vertex v = boost::target(e, g);
      if (dag.onShortestPath(u, v, dag.length(e))) sum += (1 + dependency[v]) / dag.pathCount(v);
    }
    dependency[u] = dag.pathCount(u) * sum;
    if (u != source) centrality[u] += dependency[u];
  }
  for (Vertex u : order) dependency[u] = 0;
}

std::vector<double> sampledBetweenness(const CsrGraph& g, bool weighted, size_t count,
                                       uint64_t seed, RunControl& control) {
  size_t n = boost::num_vertices(g);
  std::vector<double> centrality(n, 0.0), dependency(n, 0.0);
  if (count == 0) return centrality;
  ShortestPathDag dag(g, weighted);
  auto sources = sampleSources(n, count, seed);
  for (size_t i = 0; i < sources.size(); ++i) {
    control.progress("betweenness", i, sources.size());
    dag.search(sources[i]);
    accumulate(g, dag, sources[i], dependency, centrality);
  }
  double scale = static_cast<double>(n) / static_cast<double>(count);
  for (double& c : centrality) c *= scale;
  return centrality;
}

}  // namespace

std::vector<double> betweenness(const GraphView& view, const BetweennessOptions& options,
                                RunControl& control) {
  size_t n = view.vertexCount();
  uint64_t m = view.edgeCount();
  // Per vertex a few doubles and a list of incoming edges; a merged copy of the edges at worst.
  control.reserve(n * (6 * sizeof(double) + sizeof(Vertex)) + m * (sizeof(CsrEdge) + 24),
                  "betweenness");
  std::optional<CsrGraph> simple;
  if (!isSimple(view.graph())) simple = simpleGraphOf(view.graph());
  const CsrGraph& g = simple ? *simple : view.graph();
  // Sampling runs the hand-written search even when it picks every vertex, so asking for n
  // sources checks it against BGL's exact answer.
  std::vector<double> out =
      options.samplingSize
          ? sampledBetweenness(g, view.weighted(), std::min<size_t>(*options.samplingSize, n),
                               options.samplingSeed, control)
          : exactBetweenness(g, view.weighted(), control);
  // A symmetric directed graph has every pair (s, t) also as (t, s).
  if (view.undirected())
    for (double& c : out) c /= 2;
  return out;
}

}  // namespace rollcall::storage::analytics
