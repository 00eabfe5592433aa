#include "storage/analytics/paths.h"

#include "tests/unit/analytics/analytics_test_util.h"

namespace rollcall::storage::analytics::testing {
namespace {

constexpr double INF = UNREACHED;

// 0→1 twice (4 and 2.5), 0→2 (1), 2→1 (1), 1→3 (1), 4→0 (1), a loop on 3: 4 is unreachable.
GraphView sample(bool weighted = true) {
  return graphOf(5, {{0, 1, 4}, {0, 1, 2.5}, {0, 2, 1}, {2, 1, 1}, {1, 3, 1}, {4, 0, 1}, {3, 3, 1}},
                 /*undirected=*/false, weighted);
}

// Every reached vertex but the source is reached by an edge from its parent that accounts
// for its distance.
void expectConsistent(const GraphView& view, const ShortestPaths& p, Vertex source, bool hops) {
  const auto& g = view.graph();
  for (Vertex v = 0; v < view.vertexCount(); ++v) {
    if (v == source || p.distance[v] == INF) {
      EXPECT_EQ(p.parent[v], v);
      continue;
    }
    EXPECT_EQ(boost::source(p.via[v], g), p.parent[v]);
    EXPECT_EQ(boost::target(p.via[v], g), v);
    double step = hops ? 1.0 : view.weight(p.via[v]);
    EXPECT_NEAR(p.distance[v], p.distance[p.parent[v]] + step, 1e-9) << "vertex " << v;
  }
}

TEST(PathsTest, BfsCountsHopsAndKeepsTheCheapestParallelEdge) {
  auto view = sample();
  auto p = bfs(view, 0, std::nullopt);
  EXPECT_EQ(p.distance, (std::vector<double>{0, 1, 1, 2, INF}));
  EXPECT_EQ(p.parent, (std::vector<Vertex>{0, 0, 0, 1, 4}));
  EXPECT_EQ(view.weight(p.via[1]), 2.5);
  expectConsistent(view, p, 0, /*hops=*/true);
  EXPECT_EQ(pathTo(p, 0, 3), (std::vector<Vertex>{0, 1, 3}));
}

TEST(PathsTest, BfsStopsPastMaxDepth) {
  auto view = sample();
  EXPECT_EQ(bfs(view, 0, 1).distance, (std::vector<double>{0, 1, 1, INF, INF}));
  EXPECT_EQ(bfs(view, 0, 0).distance, (std::vector<double>{0, INF, INF, INF, INF}));
  EXPECT_EQ(bfs(view, 4, 2).distance, (std::vector<double>{1, 2, 2, INF, 0}));
}

TEST(PathsTest, BfsTiesGoToTheFirstParentDequeued) {
  auto view = graphOf(4, {{0, 2, 1}, {0, 1, 1}, {1, 3, 1}, {2, 3, 1}}, /*undirected=*/false);
  EXPECT_EQ(bfs(view, 0, std::nullopt).parent[3], 2u);  // 2 was queued first
}

TEST(PathsTest, DijkstraTakesTheLighterDetour) {
  auto view = sample();
  auto p = dijkstra(view, 0);
  EXPECT_EQ(p.distance, (std::vector<double>{0, 2, 1, 3, INF}));
  EXPECT_EQ(p.parent, (std::vector<Vertex>{0, 2, 0, 1, 4}));
  expectConsistent(view, p, 0, /*hops=*/false);
  EXPECT_EQ(pathTo(p, 0, 3), (std::vector<Vertex>{0, 2, 1, 3}));
  EXPECT_EQ(pathTo(p, 0, 0), (std::vector<Vertex>{0}));
  EXPECT_TRUE(pathTo(p, 0, 4).empty());
}

TEST(PathsTest, DijkstraPicksTheCheapestParallelEdge) {
  auto view = graphOf(2, {{0, 1, 4}, {0, 1, 2.5}, {0, 1, 3}}, /*undirected=*/false, true);
  auto p = dijkstra(view, 0);
  EXPECT_EQ(p.distance[1], 2.5);
  EXPECT_EQ(view.weight(p.via[1]), 2.5);
}

TEST(PathsTest, DijkstraOnAnUnweightedViewCountsHops) {
  auto view = sample(/*weighted=*/false);
  EXPECT_EQ(dijkstra(view, 0).distance, (std::vector<double>{0, 1, 1, 2, INF}));
}

TEST(PathsTest, NegativeWeightIsAProjectionError) {
  auto view = graphOf(3, {{0, 1, 1}, {1, 2, -0.5}}, /*undirected=*/false, true);
  EXPECT_THROW(dijkstra(view, 0), ProjectionError);
}

TEST(PathsTest, SingleVertexAndMissingSource) {
  auto one = graphOf(1, {{0, 0, 1}}, /*undirected=*/true);
  EXPECT_EQ(bfs(one, 0, std::nullopt).distance, (std::vector<double>{0}));
  EXPECT_EQ(dijkstra(one, 0).distance, (std::vector<double>{0}));
  auto empty = graphOf(0, {}, /*undirected=*/false);
  EXPECT_THROW(bfs(empty, 0, std::nullopt), ProjectionError);
  EXPECT_THROW(dijkstra(empty, 0), ProjectionError);
}

std::vector<double> networkxDistances(const nlohmann::json& answer) {
  std::vector<double> out = asVector(answer);
  for (double& d : out)
    if (d < 0) d = INF;
  return out;
}

TEST(PathsNetworkxTest, BfsDistancesOnRandomGraphs) {
  auto edges = randomEdges(3000, 6000, 11, /*weighted=*/false, /*allowLoopsAndParallel=*/true);
  for (bool directed : {true, false}) {
    auto view = graphOf(3000, edges, !directed);
    for (std::optional<uint32_t> depth : {std::optional<uint32_t>{}, std::optional<uint32_t>{3}}) {
      nlohmann::json params = {{"source", 5}};
      if (depth) params["maxDepth"] = *depth;
      auto theirs = networkxDistances(
          networkx("networkx_structure.py", 3000, edges, directed, false, "bfs", params));
      auto p = bfs(view, 5, depth);
      EXPECT_EQ(p.distance, theirs);
      expectConsistent(view, p, 5, /*hops=*/true);
    }
  }
}

TEST(PathsNetworkxTest, DijkstraDistancesOnRandomGraphs) {
  auto edges = randomEdges(3000, 9000, 12, /*weighted=*/true, /*allowLoopsAndParallel=*/true);
  for (bool directed : {true, false}) {
    auto view = graphOf(3000, edges, !directed, /*weighted=*/true);
    auto theirs = networkxDistances(networkx("networkx_structure.py", 3000, edges, directed, true,
                                             "dijkstra", {{"source", 5}}));
    auto p = dijkstra(view, 5);
    expectNear(p.distance, theirs, 1e-9);
    expectConsistent(view, p, 5, /*hops=*/false);
  }
}

}  // namespace
}  // namespace rollcall::storage::analytics::testing
