#include "storage/analytics/communities.h"

#include <random>
#include <string>

#include "tests/unit/analytics/analytics_test_util.h"

namespace rollcall::storage::analytics::testing {
namespace {

// Two triangles 0-1-2 and 3-4-5 joined by 2-3.
std::vector<WeightedEdge> twoTriangles() {
  return {{0, 1, 1}, {1, 2, 1}, {0, 2, 1}, {3, 4, 1}, {4, 5, 1}, {3, 5, 1}, {2, 3, 1}};
}

TEST(CommunitiesTest, LouvainSplitsTwoTriangles) {
  auto c = louvain(graphOf(6, twoTriangles(), /*undirected=*/true), {});
  EXPECT_EQ(c.communityOf, (std::vector<uint64_t>{0, 0, 0, 1, 1, 1}));
  EXPECT_EQ(c.count, 2u);
  EXPECT_NEAR(c.modularity, 6.0 / 7 - 0.5, 1e-12);  // 2 · (3/7 − (7/14)²)
  EXPECT_GE(c.ranLevels, 1u);
}

TEST(CommunitiesTest, LouvainIgnoresDirectionAndLeavesIsolatedVerticesAlone) {
  auto edges = twoTriangles();
  edges.push_back({7, 7, 1});  // 6 isolated, 7 alone with its loop
  auto directed = louvain(graphOf(8, edges, /*undirected=*/false), {});
  EXPECT_EQ(directed.communityOf, (std::vector<uint64_t>{0, 0, 0, 1, 1, 1, 2, 3}));
  auto undirected = louvain(graphOf(8, edges, /*undirected=*/true), {});
  EXPECT_EQ(undirected.communityOf, directed.communityOf);
  EXPECT_NEAR(undirected.modularity, directed.modularity, 1e-12);
}

TEST(CommunitiesTest, EmptySingleAndEdgelessGraphs) {
  auto empty = louvain(graphOf(0, {}, /*undirected=*/true), {});
  EXPECT_EQ(empty.count, 0u);
  EXPECT_EQ(empty.modularity, 0.0);
  auto one = louvain(graphOf(1, {}, /*undirected=*/true), {});
  EXPECT_EQ(one.communityOf, (std::vector<uint64_t>{0}));
  auto three = labelPropagation(graphOf(3, {}, /*undirected=*/true), {});
  EXPECT_EQ(three.communityOf, (std::vector<uint64_t>{0, 1, 2}));
  EXPECT_EQ(three.ranLevels, 1u);
  EXPECT_EQ(modularity(graphOf(2, {}, true), {0, 1}), 0.0);
}

TEST(CommunitiesTest, ModularityCountsSelfLoopsTwiceInDegree) {
  // 0-1 weight 1 and a loop of weight 2 on 1: m = 3, k0 = 1, k1 = 5.
  auto view = graphOf(2, {{0, 1, 1}, {1, 1, 2}}, /*undirected=*/true, /*weighted=*/true);
  EXPECT_NEAR(modularity(view, {7, 7}), 0.0, 1e-12);
  EXPECT_NEAR(modularity(view, {0, 1}), -1.0 / 36 + 2.0 / 3 - 25.0 / 36, 1e-12);
  auto directed = graphOf(2, {{0, 1, 1}, {1, 1, 2}}, /*undirected=*/false, /*weighted=*/true);
  EXPECT_NEAR(modularity(directed, {0, 1}), modularity(view, {0, 1}), 1e-12);
}

TEST(CommunitiesTest, ParallelEdgesAddUp) {
  auto twice = graphOf(3, {{0, 1, 1}, {0, 1, 1}, {1, 2, 1}}, /*undirected=*/true);
  auto heavy = graphOf(3, {{0, 1, 2}, {1, 2, 1}}, /*undirected=*/true, /*weighted=*/true);
  EXPECT_NEAR(modularity(twice, {0, 0, 1}), modularity(heavy, {0, 0, 1}), 1e-12);
}

TEST(CommunitiesTest, LabelPropagationTakesTheHeaviestThenSmallestLabel) {
  // Path 0-1-2 and 3 alone: 0 takes 1; 1 ties between 1 and 2 and keeps 1; 2 takes 1.
  auto path = labelPropagation(graphOf(4, {{0, 1, 1}, {1, 2, 1}}, /*undirected=*/true), {});
  EXPECT_EQ(path.communityOf, (std::vector<uint64_t>{0, 0, 0, 1}));
  EXPECT_EQ(path.count, 2u);
  EXPECT_EQ(path.ranLevels, 2u);  // the second sweep changes nothing
  // 1 weighs 5 to 3's label and 1 + 1 to 0's and 2's: 3's wins over smaller labels.
  auto weighted = graphOf(5, {{1, 0, 1}, {1, 2, 1}, {1, 3, 5}, {3, 4, 1}}, true, true);
  auto w = labelPropagation(weighted, {.maxIterations = 1});
  EXPECT_EQ(w.ranLevels, 1u);
  // Sweep 1: 0 → 1, 1 → 3, 2 → 3 (its only neighbour 1 now has 3), 3 → 3 (5 beats 1), 4 → 3.
  EXPECT_EQ(w.communityOf, (std::vector<uint64_t>{0, 1, 1, 1, 1}));
}

// Louvain asks for progress every few thousand vertices; a throw there ends the run.
class StopAtLouvain : public RunControl {
 public:
  void progress(std::string_view phase, uint64_t, uint64_t) override {
    if (phase.starts_with("louvain")) throw std::runtime_error("statement timeout");
  }
};

TEST(CommunitiesTest, ProgressThrowStopsLouvain) {
  auto view = graphOf(10000, randomEdges(10000, 30000, 3, false), /*undirected=*/true);
  StopAtLouvain control;
  EXPECT_THROW(louvain(view, {}, control), std::runtime_error);
}

// `groups` planted groups of `size` vertices: edges inside with probability pIn, across pOut.
std::vector<WeightedEdge> plantedPartition(size_t groups, size_t size, double pIn, double pOut,
                                           uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> coin(0, 1);
  std::vector<WeightedEdge> edges;
  size_t n = groups * size;
  for (Vertex u = 0; u < n; ++u)
    for (Vertex v = u + 1; v < n; ++v)
      if (coin(rng) < (u / size == v / size ? pIn : pOut)) edges.push_back({u, v, 1.0});
  return edges;
}

TEST(CommunitiesNetworkxTest, LouvainOnAPlantedPartition) {
  auto edges = plantedPartition(20, 100, 0.1, 0.004, 5);
  auto c = louvain(graphOf(2000, edges, /*undirected=*/true), {});
  nlohmann::json params = {{"communities", c.communityOf}, {"louvain", true}};
  auto nx = networkx("networkx_structure.py", 2000, edges, false, false, "modularity", params);
  EXPECT_NEAR(c.modularity, nx["modularity"].get<double>(), 1e-6);
  EXPECT_GE(c.modularity, nx["louvain"].get<double>() - 0.02);
  EXPECT_GE(c.count, 15u);
}

// A uniform random graph settles slowly: with sweeps until nothing moves, as NetworkX runs
// them, Louvain in vertex order does as well as NetworkX's shuffled order.
TEST(CommunitiesNetworkxTest, LouvainOnAUniformRandomGraph) {
  auto edges = randomEdges(2000, 18000, 4, /*weighted=*/false);
  auto c = louvain(graphOf(2000, edges, /*undirected=*/true), {.maxIterations = 1000});
  nlohmann::json params = {{"communities", c.communityOf}, {"louvain", true}};
  auto nx = networkx("networkx_structure.py", 2000, edges, false, false, "modularity", params);
  EXPECT_NEAR(c.modularity, nx["modularity"].get<double>(), 1e-6);
  EXPECT_GE(c.modularity, nx["louvain"].get<double>() - 0.02);
}

TEST(CommunitiesNetworkxTest, ModularityOfDirectedWeightedGraphsWithLoops) {
  auto edges = randomEdges(2000, 8000, 9, /*weighted=*/true, /*allowLoopsAndParallel=*/true);
  for (bool undirected : {false, true}) {
    auto view = graphOf(2000, edges, undirected, /*weighted=*/true);
    for (auto c : {louvain(view, {}), labelPropagation(view, {})}) {
      auto nx = networkx("networkx_structure.py", 2000, edges, !undirected, true, "modularity",
                         {{"communities", c.communityOf}});
      EXPECT_NEAR(c.modularity, nx["modularity"].get<double>(), 1e-6);
      EXPECT_NEAR(modularity(view, c.communityOf), c.modularity, 1e-12);
    }
  }
}

}  // namespace
}  // namespace rollcall::storage::analytics::testing
