// Centrality figures on random in-memory views: PageRank (20 iterations, unweighted and
// weighted) and sampled betweenness (32 sources) on 1.1 M vertices / 10 M edges, closeness on
// 10 k vertices, whose cost grows as vertices times edges.
// Usage: storage_centrality_bench [--vertices N] [--edges M] [--closeness-vertices K]
//                                  [--pagerank-only 1]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

#include "storage/analytics/centrality.h"

using namespace rollcall::storage::analytics;

namespace {

struct Args {
  uint64_t vertices = 1'100'000;
  uint64_t edges = 10'000'000;
  uint64_t closenessVertices = 10'000;
  bool pageRankOnly = false;
};

Args parseArgs(int argc, char** argv) {
  Args a;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string arg = argv[i];
    uint64_t value = std::strtoull(argv[i + 1], nullptr, 10);
    if (arg == "--vertices") a.vertices = value;
    if (arg == "--edges") a.edges = value;
    if (arg == "--closeness-vertices") a.closenessVertices = value;
    if (arg == "--pagerank-only") a.pageRankOnly = value != 0;
  }
  return a;
}

double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Uniformly random ends (loops and parallel edges included, as projections may have them),
// weights in [1, 10).
GraphView randomView(uint64_t vertices, uint64_t edges, bool weighted, uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<WeightedEdge> list(edges);
  for (auto& e : list) {
    e.from = static_cast<Vertex>(rng() % vertices);
    e.to = static_cast<Vertex>(rng() % vertices);
    e.weight = 1.0 + 9.0 * static_cast<double>(rng() >> 11) * 0x1.0p-53;
  }
  std::vector<rollcall::storage::NodeId> ids(vertices);
  for (uint64_t v = 0; v < vertices; ++v) ids[v] = v;
  return GraphView::fromEdges(std::move(ids), list, /*undirected=*/false, weighted);
}

void timePageRank(const GraphView& view, const char* label) {
  PageRankOptions options;
  options.tolerance = 0;  // all 20 iterations
  auto start = std::chrono::steady_clock::now();
  auto result = pageRank(view, options);
  std::printf("pageRank %s: %u iterations in %.3f s\n", label, result.ranIterations,
              secondsSince(start));
}

void timeSampledBetweenness(const GraphView& view) {
  BetweennessOptions options;
  options.samplingSize = 32;
  options.samplingSeed = 42;
  auto start = std::chrono::steady_clock::now();
  auto values = betweenness(view, options);
  std::printf("betweenness, 32 sampled sources: %.3f s\n", secondsSince(start));
}

void timeCloseness(uint64_t vertices, uint64_t edges, bool weighted) {
  auto view = randomView(vertices, edges, weighted, 7);
  auto start = std::chrono::steady_clock::now();
  auto values = closeness(view, {});
  std::printf("closeness %s, %llu vertices / %llu edges: %.3f s\n",
              weighted ? "weighted" : "unweighted", static_cast<unsigned long long>(vertices),
              static_cast<unsigned long long>(edges), secondsSince(start));
}

}  // namespace

int main(int argc, char** argv) {
  Args a = parseArgs(argc, argv);
  for (bool weighted : {false, true}) {
    auto start = std::chrono::steady_clock::now();
    auto view = randomView(a.vertices, a.edges, weighted, 1);
    std::printf("%s view, %zu vertices / %zu edges built in %.3f s\n",
                weighted ? "weighted" : "unweighted", view.vertexCount(), view.edgeCount(),
                secondsSince(start));
    timePageRank(view, weighted ? "weighted" : "unweighted");
    if (!a.pageRankOnly) timeSampledBetweenness(view);
  }
  if (a.pageRankOnly) return 0;
  uint64_t closenessEdges = a.closenessVertices * a.edges / a.vertices;
  timeCloseness(a.closenessVertices, closenessEdges, false);
  timeCloseness(a.closenessVertices, closenessEdges, true);
  return 0;
}
