// Centralities agree with NetworkX on seeded random graphs with self-loops and parallel edges
// (NetworkX multigraphs). Betweenness and closeness use a few hundred vertices: NetworkX's pure-
// Python searches take minutes on a few thousand.
#include <cmath>
#include <numeric>

#include "storage/analytics/centrality.h"
#include "tests/unit/analytics/analytics_test_util.h"

namespace rollcall::storage::analytics::testing {
namespace {

const char* const SCRIPT = "networkx_centrality.py";
constexpr size_t LARGE = 2000;  // PageRank and degree
constexpr size_t SMALL = 400;   // betweenness and closeness
constexpr size_t MEDIUM = 800;  // exact against sampled betweenness, both ours

struct Case {
  bool undirected;
  bool weighted;
};

const Case CASES[] = {{false, false}, {false, true}, {true, false}, {true, true}};

std::string nameOf(const Case& c) {
  return std::string(c.undirected ? "undirected" : "directed") +
         (c.weighted ? " weighted" : " unweighted");
}

std::vector<WeightedEdge> messyEdges(size_t n, uint64_t seed, bool weighted) {
  return randomEdges(n, 3 * n, seed, weighted, /*allowLoopsAndParallel=*/true);
}

std::vector<double> networkxValues(size_t n, const std::vector<WeightedEdge>& edges, const Case& c,
                                   const std::string& algorithm,
                                   const nlohmann::json& params = {}) {
  return asVector(networkx(SCRIPT, n, edges, !c.undirected, c.weighted, algorithm, params));
}

TEST(CentralityNetworkxTest, PageRankIsNetworkxTimesN) {
  for (const Case& c : CASES) {
    SCOPED_TRACE(nameOf(c));
    // A ring through every vertex leaves none dangling, where the two normalisations differ.
    // Undirected self-loops are left out: the view holds them twice, NetworkX's to_directed once.
    auto edges = randomEdges(LARGE, 3 * LARGE, 11, c.weighted, !c.undirected);
    for (Vertex v = 0; v < LARGE; ++v) edges.push_back({v, Vertex((v + 1) % LARGE), 2.5});
    PageRankOptions options;
    options.maxIterations = 1000;
    options.tolerance = 1e-12;
    auto ours = pageRank(graphOf(LARGE, edges, c.undirected, c.weighted), options);
    EXPECT_TRUE(ours.didConverge);
    expectNear(ours.scores, networkxValues(LARGE, edges, c, "pagerank", {{"tol", 1e-14}}));
  }
}

TEST(CentralityNetworkxTest, Degree) {
  for (const Case& c : CASES) {
    SCOPED_TRACE(nameOf(c));
    auto edges = messyEdges(LARGE, 12, c.weighted);
    expectNear(degreeCentrality(graphOf(LARGE, edges, c.undirected, c.weighted)),
               networkxValues(LARGE, edges, c, "degree"));
  }
}

TEST(CentralityNetworkxTest, ExactBetweenness) {
  for (const Case& c : CASES) {
    SCOPED_TRACE(nameOf(c));
    auto edges = messyEdges(SMALL, 13, c.weighted);
    expectNear(betweenness(graphOf(SMALL, edges, c.undirected, c.weighted), {}),
               networkxValues(SMALL, edges, c, "betweenness"));
  }
}

TEST(CentralityNetworkxTest, Closeness) {
  for (const Case& c : CASES) {
    SCOPED_TRACE(nameOf(c));
    auto edges = messyEdges(SMALL, 14, c.weighted);
    auto view = graphOf(SMALL, edges, c.undirected, c.weighted);
    ClosenessOptions wf;
    wf.useWassermanFaust = true;
    expectNear(closeness(view, {}), networkxValues(SMALL, edges, c, "closeness"));
    expectNear(closeness(view, wf),
               networkxValues(SMALL, edges, c, "closeness", {{"wf_improved", true}}));
  }
}

// Relative to the larger value: path counts on a big graph make large betweenness values.
void expectClose(const std::vector<double>& a, const std::vector<double>& b, double relative) {
  ASSERT_EQ(a.size(), b.size());
  for (size_t v = 0; v < a.size(); ++v) {
    double scale = std::max({1.0, std::fabs(a[v]), std::fabs(b[v])});
    ASSERT_LE(std::fabs(a[v] - b[v]), relative * scale) << "vertex " << v;
  }
}

TEST(CentralityNetworkxTest, SamplingEveryVertexIsExact) {
  for (const Case& c : CASES) {
    SCOPED_TRACE(nameOf(c));
    auto view = graphOf(MEDIUM, messyEdges(MEDIUM, 15, c.weighted), c.undirected, c.weighted);
    BetweennessOptions all;
    all.samplingSize = MEDIUM;
    all.samplingSeed = 99;
    expectClose(betweenness(view, all), betweenness(view, {}), 1e-9);
  }
}

double correlation(const std::vector<double>& a, const std::vector<double>& b) {
  double n = static_cast<double>(a.size());
  double meanA = std::accumulate(a.begin(), a.end(), 0.0) / n;
  double meanB = std::accumulate(b.begin(), b.end(), 0.0) / n;
  double ab = 0, aa = 0, bb = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    ab += (a[i] - meanA) * (b[i] - meanB);
    aa += (a[i] - meanA) * (a[i] - meanA);
    bb += (b[i] - meanB) * (b[i] - meanB);
  }
  return ab / std::sqrt(aa * bb);
}

TEST(CentralityNetworkxTest, SamplingIsRepeatableAndRoughlyRight) {
  auto view = graphOf(MEDIUM, messyEdges(MEDIUM, 16, false), /*undirected=*/true);
  auto exact = betweenness(view, {});
  BetweennessOptions quarter;
  quarter.samplingSize = MEDIUM / 4;
  quarter.samplingSeed = 5;
  auto sampled = betweenness(view, quarter);
  EXPECT_EQ(betweenness(view, quarter), sampled);
  quarter.samplingSeed = 6;
  EXPECT_NE(betweenness(view, quarter), sampled);
  double exactTotal = std::accumulate(exact.begin(), exact.end(), 0.0);
  double sampledTotal = std::accumulate(sampled.begin(), sampled.end(), 0.0);
  EXPECT_NEAR(sampledTotal / exactTotal, 1.0, 0.05);
  EXPECT_GT(correlation(sampled, exact), 0.9);
}

}  // namespace
}  // namespace rollcall::storage::analytics::testing
