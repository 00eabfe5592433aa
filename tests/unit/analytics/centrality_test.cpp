// Centralities on small hand-computed graphs; NetworkX's answers on random ones are in
// centrality_networkx_test.cpp.
#include "storage/analytics/centrality.h"

#include <algorithm>
#include <stdexcept>

#include "tests/unit/analytics/analytics_test_util.h"

namespace rollcall::storage::analytics::testing {
namespace {

using Values = std::vector<double>;

PageRankOptions converging() {
  PageRankOptions options;
  options.maxIterations = 1000;
  options.tolerance = 1e-13;
  return options;
}

TEST(PageRankTest, EmptyAndSingleVertex) {
  auto none = pageRank(graphOf(0, {}, false), {});
  EXPECT_TRUE(none.scores.empty());
  EXPECT_TRUE(none.didConverge);
  auto one = pageRank(graphOf(1, {}, false), {});
  expectNear(one.scores, {0.15}, 1e-15);
  EXPECT_EQ(one.ranIterations, 1u);  // nothing flows in, so the first iteration changes nothing
  EXPECT_TRUE(one.didConverge);
}

TEST(PageRankTest, ChainSettlesOneVertexPerIteration) {
  auto view = graphOf(4, {{0, 1}, {1, 2}}, false);
  auto result = pageRank(view, {});
  EXPECT_EQ(result.ranIterations, 3u);
  EXPECT_TRUE(result.didConverge);
  expectNear(result.scores, {0.15, 0.2775, 0.385875, 0.15}, 1e-15);  // 3 is isolated
  PageRankOptions once;
  once.maxIterations = 1;
  auto cut = pageRank(view, once);
  EXPECT_EQ(cut.ranIterations, 1u);
  EXPECT_FALSE(cut.didConverge);
  expectNear(cut.scores, {0.15, 0.2775, 0.2775, 0.15}, 1e-15);
}

TEST(PageRankTest, CycleTiesAtOne) {
  auto result = pageRank(graphOf(3, {{0, 1}, {1, 2}, {2, 0}}, false), converging());
  expectNear(result.scores, {1, 1, 1}, 1e-12);
}

TEST(PageRankTest, ParallelEdgesAndWeightsSplitTheShare) {
  // Unweighted, the two parallel edges carry two thirds of 0's score; weighted, 3 of 4 parts.
  auto parallel = pageRank(graphOf(3, {{0, 1}, {0, 1}, {0, 2}}, false), {});
  expectNear(parallel.scores, {0.15, 0.15 + 0.85 * 0.15 * 2 / 3, 0.15 + 0.85 * 0.15 / 3}, 1e-15);
  auto weighted = pageRank(graphOf(3, {{0, 1, 3.0}, {0, 2, 1.0}}, false, true), {});
  expectNear(weighted.scores, {0.15, 0.15 + 0.85 * 0.15 * 3 / 4, 0.15 + 0.85 * 0.15 / 4}, 1e-15);
  // The same weights on an unweighted view do not count.
  auto ignored = pageRank(graphOf(3, {{0, 1, 3.0}, {0, 2, 1.0}}, false, false), {});
  EXPECT_EQ(ignored.scores[1], ignored.scores[2]);
}

TEST(PageRankTest, SelfLoopFeedsItsOwnVertex) {
  // s0 = 0.15 + 0.85 * s0 / 2, and 1 gets the other half.
  auto result = pageRank(graphOf(2, {{0, 0}, {0, 1}}, false), converging());
  double s0 = 0.15 / (1 - 0.425);
  expectNear(result.scores, {s0, 0.15 + 0.425 * s0}, 1e-12);
}

TEST(DegreeTest, OutEdgesSelfLoopsAndWeights) {
  EXPECT_TRUE(degreeCentrality(graphOf(0, {}, true)).empty());
  EXPECT_EQ(degreeCentrality(graphOf(1, {}, true)), Values{0});
  // Undirected: a self-loop counts twice, as in any symmetric adjacency and NetworkX.
  std::vector<WeightedEdge> edges = {{0, 1, 2.0}, {1, 2, 0.5}, {3, 3, 4.0}, {1, 2, 1.0}};
  EXPECT_EQ(degreeCentrality(graphOf(5, edges, true)), (Values{1, 3, 2, 2, 0}));
  EXPECT_EQ(degreeCentrality(graphOf(5, edges, true, true)), (Values{2, 3.5, 1.5, 8, 0}));
  EXPECT_EQ(degreeCentrality(graphOf(5, edges, false)), (Values{1, 2, 0, 1, 0}));
  EXPECT_EQ(degreeCentrality(graphOf(5, edges, false, true)), (Values{2, 1.5, 0, 4, 0}));
}

TEST(BetweennessTest, EmptySingleAndIsolated) {
  EXPECT_TRUE(betweenness(graphOf(0, {}, true), {}).empty());
  EXPECT_EQ(betweenness(graphOf(1, {}, true), {}), Values{0});
  EXPECT_EQ(betweenness(graphOf(3, {}, false), {}), (Values{0, 0, 0}));
}

TEST(BetweennessTest, PathAndStar) {
  // A path: the inner vertices lie between the two pairs that straddle them.
  std::vector<WeightedEdge> path = {{0, 1}, {1, 2}, {2, 3}};
  EXPECT_EQ(betweenness(graphOf(4, path, true), {}), (Values{0, 2, 2, 0}));
  EXPECT_EQ(betweenness(graphOf(4, path, false), {}), (Values{0, 2, 2, 0}));
  // A star: the centre lies on the path of each of the 6 pairs of leaves, once each.
  auto star = graphOf(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}}, true);
  EXPECT_EQ(betweenness(star, {}), (Values{6, 0, 0, 0, 0}));
}

TEST(BetweennessTest, TiesSplitAndParallelEdgesDoNotCount) {
  // A diamond: 0 reaches 3 along two equal paths, through 1 and through 2.
  std::vector<WeightedEdge> diamond = {{0, 1}, {0, 2}, {1, 3}, {2, 3}};
  EXPECT_EQ(betweenness(graphOf(4, diamond, false), {}), (Values{0, 0.5, 0.5, 0}));
  // Doubling 0→1 and adding self-loops changes nothing: paths run between vertices.
  auto extra = diamond;
  extra.insert(extra.end(), {{0, 1}, {1, 1}, {3, 3}});
  EXPECT_EQ(betweenness(graphOf(4, extra, false), {}), (Values{0, 0.5, 0.5, 0}));
  EXPECT_EQ(betweenness(graphOf(4, extra, true), {}), (Values{0.5, 0.5, 0.5, 0.5}));
}

TEST(BetweennessTest, WeightsChooseThePath) {
  // 0→2 directly costs 3, through 1 costs 2; at 2 the two tie.
  auto viaOne = graphOf(3, {{0, 1, 1.0}, {1, 2, 1.0}, {0, 2, 3.0}}, false, true);
  EXPECT_EQ(betweenness(viaOne, {}), (Values{0, 1, 0}));
  auto tie = graphOf(3, {{0, 1, 1.0}, {1, 2, 1.0}, {0, 2, 2.0}}, false, true);
  EXPECT_EQ(betweenness(tie, {}), (Values{0, 0.5, 0}));
  // A lighter parallel edge is the one that counts.
  auto lighter = graphOf(3, {{0, 1, 1.0}, {1, 2, 1.0}, {0, 2, 3.0}, {0, 2, 1.5}}, false, true);
  EXPECT_EQ(betweenness(lighter, {}), (Values{0, 0, 0}));
  // Unweighted, the direct edge is one hop.
  EXPECT_EQ(betweenness(graphOf(3, {{0, 1}, {1, 2}, {0, 2}}, false), {}), (Values{0, 0, 0}));
}

TEST(BetweennessTest, SampledSmallGraphs) {
  BetweennessOptions all;
  all.samplingSize = 10;  // more than there are vertices: every vertex, scale 1
  std::vector<WeightedEdge> path = {{0, 1}, {1, 2}, {2, 3}};
  EXPECT_EQ(betweenness(graphOf(4, path, true), all), (Values{0, 2, 2, 0}));
  EXPECT_TRUE(betweenness(graphOf(0, {}, true), all).empty());
  BetweennessOptions none;
  none.samplingSize = 0;
  EXPECT_EQ(betweenness(graphOf(4, path, true), none), (Values{0, 0, 0, 0}));
  // One source of 4, times 4: from 0, vertex 1 lies between 0 and {2, 3} and 2 between 0 and 3;
  // from 1, 2 lies between 1 and 3; from 2 or 3, nothing lies between.
  std::vector<Values> possible = {{0, 8, 4, 0}, {0, 0, 4, 0}, {0, 0, 0, 0}};
  BetweennessOptions one;
  one.samplingSize = 1;
  for (uint64_t seed = 0; seed < 20; ++seed) {
    one.samplingSeed = seed;
    auto values = betweenness(graphOf(4, path, false), one);
    EXPECT_NE(std::find(possible.begin(), possible.end(), values), possible.end()) << seed;
    EXPECT_EQ(betweenness(graphOf(4, path, false), one), values) << "seed " << seed;
  }
}

TEST(ClosenessTest, OutgoingDistances) {
  EXPECT_TRUE(closeness(graphOf(0, {}, false), {}).empty());
  EXPECT_EQ(closeness(graphOf(1, {}, false), {}), Values{0});
  // 0 reaches 1 and 2 at 1 and 2 hops; 1 reaches 2; 2 and the isolated 3 reach nothing.
  std::vector<WeightedEdge> chain = {{0, 1}, {1, 2}, {1, 1}, {0, 1}};
  EXPECT_EQ(closeness(graphOf(4, chain, false), {}), (Values{2.0 / 3, 1, 0, 0}));
  ClosenessOptions wf;
  wf.useWassermanFaust = true;
  EXPECT_EQ(closeness(graphOf(4, chain, false), wf), (Values{2.0 / 3 * 2 / 3, 1.0 / 3, 0, 0}));
  // Weighted: 0 reaches 1 at 2 and 2 at 5.
  auto weighted = graphOf(3, {{0, 1, 2.0}, {1, 2, 3.0}, {0, 2, 6.0}}, false, true);
  EXPECT_EQ(closeness(weighted, {}), (Values{2.0 / 7, 1.0 / 3, 0}));
  EXPECT_EQ(closeness(graphOf(3, {{0, 1}, {1, 2}}, true), {}), (Values{2.0 / 3, 1, 2.0 / 3}));
}

// Throws on the `after`th progress report; counts reservations.
class StopAfter : public RunControl {
 public:
  explicit StopAfter(uint64_t after) : after_(after) {}
  void progress(std::string_view, uint64_t, uint64_t) override {
    if (++reports == after_) throw std::runtime_error("stopped");
  }
  void reserve(uint64_t bytes, std::string_view) override { reserved += bytes; }
  uint64_t reports = 0;
  uint64_t reserved = 0;

 private:
  uint64_t after_;
};

TEST(CentralityControlTest, ProgressCanStopTheRun) {
  auto view = graphOf(200, randomEdges(200, 800, 3, false), false);
  StopAfter forPageRank(3);
  EXPECT_THROW(pageRank(view, {}, forPageRank), std::runtime_error);
  EXPECT_EQ(forPageRank.reports, 3u);
  EXPECT_GT(forPageRank.reserved, 0u);
  StopAfter forExact(50), forSampled(5), forCloseness(2);
  EXPECT_THROW(betweenness(view, {}, forExact), std::runtime_error);
  EXPECT_EQ(forExact.reports, 50u);
  EXPECT_GT(forExact.reserved, 0u);
  BetweennessOptions sampled;
  sampled.samplingSize = 20;
  EXPECT_THROW(betweenness(view, sampled, forSampled), std::runtime_error);
  EXPECT_EQ(forSampled.reports, 5u);
  EXPECT_THROW(closeness(view, {}, forCloseness), std::runtime_error);
  EXPECT_GT(forCloseness.reserved, 0u);
}

}  // namespace
}  // namespace rollcall::storage::analytics::testing
