// Structural algorithm figures on a random graph held in memory (no database): weakly and
// strongly connected components, core numbers, triangles, Louvain, label propagation, BFS and
// Dijkstra, plus BGL's incremental_components for comparison with the hand-written
// union-find that weaklyConnectedComponents uses.
// Usage: storage_structure_bench [--vertices N] [--edges M] [--seed S]
// Defaults: 1,100,000 vertices and 10,000,000 edges, uniform random ends, weights in [1, 10).
//
// Figures, Release, one thread, defaults, on a quiet spell of a shared 2-core machine
// (2026-12-03; under load from other builds every figure was 1.5-3 times higher):
//   WCC 0.10 s (BGL incremental_components 0.48 s), SCC 1.6 s, core numbers 1.7 s,
//   triangles 3.6 s, BFS 0.76 s, Dijkstra 2.5 s, label propagation 12.6 s (10 sweeps),
//   Louvain 32.9 s (4 levels of 10 sweeps each; modularity 0.206); peak RSS 1.26 GB.
// A uniform random graph is Louvain's worst case: no level settles within maxIterations, so
// every level runs all its sweeps over the whole graph.
#include <algorithm>
#include <boost/graph/incremental_components.hpp>
#include <boost/pending/disjoint_sets.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

#include "storage/analytics/communities.h"
#include "storage/analytics/components.h"
#include "storage/analytics/paths.h"

using namespace rollcall::storage::analytics;

namespace {

struct Args {
  size_t vertices = 1'100'000;
  size_t edges = 10'000'000;
  uint64_t seed = 1;
};

Args parseArgs(int argc, char** argv) {
  Args a;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string arg = argv[i];
    uint64_t value = std::strtoull(argv[i + 1], nullptr, 10);
    if (arg == "--vertices")
      a.vertices = value;
    else if (arg == "--edges")
      a.edges = value;
    else if (arg == "--seed")
      a.seed = value;
    else {
      std::fprintf(stderr,
                   "usage: storage_structure_bench [--vertices N] [--edges M] [--seed S]\n");
      std::exit(2);
    }
  }
  return a;
}

GraphView randomView(const Args& a, bool undirected) {
  std::mt19937_64 rng(a.seed);
  std::uniform_int_distribution<Vertex> pick(0, static_cast<Vertex>(a.vertices - 1));
  std::uniform_real_distribution<double> weight(1.0, 10.0);
  std::vector<WeightedEdge> edges(a.edges);
  for (auto& e : edges) e = {pick(rng), pick(rng), weight(rng)};
  std::vector<rollcall::storage::NodeId> ids(a.vertices);
  for (size_t v = 0; v < a.vertices; ++v) ids[v] = v;
  return GraphView::fromEdges(std::move(ids), edges, undirected, /*weighted=*/true);
}

template <typename Run>
void timed(const char* what, Run run) {
  auto start = std::chrono::steady_clock::now();
  std::string summary = run();
  std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  std::printf("%-34s %8.3f s   %s\n", what, took.count(), summary.c_str());
  std::fflush(stdout);
}

// What weaklyConnectedComponents did before the hand-written union-find, for comparison.
uint64_t bglComponentCount(const GraphView& view) {
  size_t n = view.vertexCount();
  std::vector<size_t> rank(n), parent(n);
  auto rankMap = boost::make_iterator_property_map(rank.begin(), boost::identity_property_map());
  auto parentMap =
      boost::make_iterator_property_map(parent.begin(), boost::identity_property_map());
  boost::disjoint_sets<decltype(rankMap), decltype(parentMap)> sets(rankMap, parentMap);
  boost::initialize_incremental_components(view.graph(), sets);
  boost::incremental_components(view.graph(), sets);
  std::vector<char> root(n, 0);
  uint64_t count = 0;
  for (size_t v = 0; v < n; ++v) {
    size_t r = sets.find_set(v);
    if (!root[r]) root[r] = 1, ++count;
  }
  return count;
}

std::string count(uint64_t n, const char* what) { return std::to_string(n) + " " + what; }

}  // namespace

int main(int argc, char** argv) {
  Args a = parseArgs(argc, argv);
  std::printf("%zu vertices, %zu random edges (seed %llu)\n", a.vertices, a.edges,
              static_cast<unsigned long long>(a.seed));
  GraphView directed = randomView(a, /*undirected=*/false);
  GraphView undirected = randomView(a, /*undirected=*/true);
  timed("WCC, directed view",
        [&] { return count(weaklyConnectedComponents(directed).count, "components"); });
  timed("WCC, undirected view",
        [&] { return count(weaklyConnectedComponents(undirected).count, "components"); });
  timed("WCC by BGL incremental_components",
        [&] { return count(bglComponentCount(directed), "components"); });
  timed("SCC, directed view",
        [&] { return count(stronglyConnectedComponents(directed).count, "components"); });
  timed("core numbers, undirected view", [&] {
    auto core = coreNumbers(undirected);
    return count(core.empty() ? 0 : *std::max_element(core.begin(), core.end()), "max core");
  });
  timed("triangles, undirected view", [&] {
    uint64_t corners = 0;
    for (uint64_t t : triangles(undirected).triangles) corners += t;
    return count(corners / 3, "triangles");
  });
  timed("BFS from 0, directed view", [&] {
    auto p = bfs(directed, 0, std::nullopt);
    return count(std::count_if(p.distance.begin(), p.distance.end(),
                               [](double d) { return d != UNREACHED; }),
                 "reached");
  });
  timed("Dijkstra from 0, directed view", [&] {
    auto p = dijkstra(directed, 0);
    return count(std::count_if(p.distance.begin(), p.distance.end(),
                               [](double d) { return d != UNREACHED; }),
                 "reached");
  });
  timed("label propagation, undirected view", [&] {
    auto c = labelPropagation(undirected, {});
    return count(c.count, "communities, modularity ") + std::to_string(c.modularity);
  });
  timed("Louvain, undirected view", [&] {
    auto c = louvain(undirected, {});
    return count(c.count, "communities, modularity ") + std::to_string(c.modularity) + ", levels " +
           std::to_string(c.ranLevels);
  });
  return 0;
}
