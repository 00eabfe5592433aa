#include "storage/analytics/components.h"
#include "tests/unit/analytics/analytics_test_util.h"

namespace rollcall::storage::analytics::testing {
namespace {

std::vector<uint64_t> asCounts(const nlohmann::json& values) {
  std::vector<uint64_t> out;
  for (const auto& v : values) out.push_back(v.get<uint64_t>());
  return out;
}

TEST(ComponentsTest, EmptyAndSingleVertexGraphs) {
  auto empty = graphOf(0, {}, /*undirected=*/false);
  EXPECT_EQ(weaklyConnectedComponents(empty).count, 0u);
  EXPECT_EQ(stronglyConnectedComponents(empty).count, 0u);
  EXPECT_TRUE(coreNumbers(empty).empty());
  EXPECT_TRUE(triangles(empty).triangles.empty());
  auto one = graphOf(1, {}, /*undirected=*/false);
  EXPECT_EQ(weaklyConnectedComponents(one).componentOf, (std::vector<uint64_t>{0}));
  EXPECT_EQ(stronglyConnectedComponents(one).componentOf, (std::vector<uint64_t>{0}));
  EXPECT_EQ(coreNumbers(one), (std::vector<uint64_t>{0}));
  EXPECT_EQ(triangles(one).coefficient, (std::vector<double>{0.0}));
}

TEST(ComponentsTest, WeakComponentsIgnoreDirectionAndNumberBySmallestVertex) {
  // 4 → 0 joins 0 and 4 although 4 comes later; 2 is alone with a self-loop; 3 → 1 twice.
  auto view = graphOf(6, {{4, 0, 1}, {3, 1, 1}, {3, 1, 1}, {2, 2, 1}, {5, 3, 1}},
                      /*undirected=*/false);
  auto wcc = weaklyConnectedComponents(view);
  EXPECT_EQ(wcc.componentOf, (std::vector<uint64_t>{0, 1, 2, 1, 0, 1}));
  EXPECT_EQ(wcc.count, 3u);
}

TEST(ComponentsTest, StrongComponentsFollowDirection) {
  // Cycle 0→1→2→0, then 2→3 and the 2-cycle 3⇄4, 5 isolated, 6 with a self-loop; 6 → 0 does not
  // bring 6 into the cycle.
  auto view = graphOf(
      7, {{0, 1, 1}, {1, 2, 1}, {2, 0, 1}, {2, 3, 1}, {3, 4, 1}, {4, 3, 1}, {6, 6, 1}, {6, 0, 1}},
      /*undirected=*/false);
  auto scc = stronglyConnectedComponents(view);
  EXPECT_EQ(scc.componentOf, (std::vector<uint64_t>{0, 0, 0, 1, 1, 2, 3}));
  EXPECT_EQ(scc.count, 4u);
  EXPECT_EQ(weaklyConnectedComponents(view).count, 2u);
}

TEST(CoreNumbersTest, TrianglePendantIsolatedLoopAndParallelEdges) {
  // Triangle 0-1-2 (0-1 twice), 3 hanging from 2, 4 alone with a self-loop.
  auto view = graphOf(5, {{0, 1, 1}, {1, 0, 1}, {1, 2, 1}, {2, 0, 1}, {2, 3, 1}, {4, 4, 1}},
                      /*undirected=*/false);
  EXPECT_EQ(coreNumbers(view), (std::vector<uint64_t>{2, 2, 2, 1, 0}));
}

TEST(CoreNumbersTest, CliqueWithTail) {
  auto view = graphOf(
      6, {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {1, 2, 1}, {1, 3, 1}, {2, 3, 1}, {0, 4, 1}, {4, 5, 1}},
      /*undirected=*/true);
  EXPECT_EQ(coreNumbers(view), (std::vector<uint64_t>{3, 3, 3, 3, 1, 1}));
}

TEST(TrianglesTest, DiamondWithPendant) {
  // K4 without 2-3, 4 hanging from 3, 5 isolated; a self-loop and a parallel edge change nothing.
  auto view = graphOf(
      6, {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {1, 2, 1}, {1, 3, 1}, {3, 4, 1}, {0, 0, 1}, {1, 0, 1}},
      /*undirected=*/true);
  auto t = triangles(view);
  EXPECT_EQ(t.triangles, (std::vector<uint64_t>{2, 2, 1, 1, 0, 0}));
  expectNear(t.coefficient, {2.0 / 3, 2.0 / 3, 1.0, 1.0 / 3, 0.0, 0.0}, 1e-12);
}

TEST(StructureNetworkxTest, ComponentsOnRandomGraphs) {
  for (uint64_t seed : {1, 2}) {
    auto edges = randomEdges(3000, 3200, seed, /*weighted=*/false, /*allowLoopsAndParallel=*/true);
    auto directed = graphOf(3000, edges, /*undirected=*/false);
    EXPECT_EQ(stronglyConnectedComponents(directed).componentOf,
              asCounts(networkx("networkx_structure.py", 3000, edges, true, false, "scc")));
    auto wcc = asCounts(networkx("networkx_structure.py", 3000, edges, false, false, "wcc"));
    EXPECT_EQ(weaklyConnectedComponents(directed).componentOf, wcc);
    EXPECT_EQ(weaklyConnectedComponents(graphOf(3000, edges, true)).componentOf, wcc);
  }
}

TEST(StructureNetworkxTest, CoreNumbersAndTrianglesOnRandomGraphs) {
  auto edges = randomEdges(3000, 30000, 7, /*weighted=*/false, /*allowLoopsAndParallel=*/true);
  auto core = asCounts(networkx("networkx_structure.py", 3000, edges, false, false, "core"));
  auto tri = networkx("networkx_structure.py", 3000, edges, false, false, "triangles");
  for (bool undirected : {false, true}) {
    auto view = graphOf(3000, edges, undirected);
    EXPECT_EQ(coreNumbers(view), core);
    auto t = triangles(view);
    EXPECT_EQ(t.triangles, asCounts(tri["triangles"]));
    expectNear(t.coefficient, asVector(tri["clustering"]), 1e-6);
  }
}

}  // namespace
}  // namespace rollcall::storage::analytics::testing
