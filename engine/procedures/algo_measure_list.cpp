// The measure algorithms and how each reads its own configuration keys (GDS's names).
#include "engine/procedures/algo_measures.h"
#include "storage/analytics/centrality.h"
#include "storage/analytics/communities.h"
#include "storage/analytics/components.h"

namespace rollcall {

namespace an = storage::analytics;

namespace {

std::vector<double> asDoubles(const std::vector<uint64_t>& values) {
  return std::vector<double>(values.begin(), values.end());
}

Measures pageRank(AlgoConfig& config, const an::GraphView& view, an::RunControl& control) {
  an::PageRankOptions options;
  options.dampingFactor = config.number("dampingFactor", 0.85, 0.0, 0.999999);
  options.maxIterations = static_cast<uint32_t>(config.integer("maxIterations", 20, 1, 1000000));
  options.tolerance = config.number("tolerance", 1e-7, 0.0, 1e308);
  config.finish();
  auto r = an::pageRank(view, options, control);
  return {{std::move(r.scores)},
          {{"ranIterations", Value(int64_t{r.ranIterations})},
           {"didConverge", Value(r.didConverge)}}};
}

Measures components(const an::Components& c) {
  return {{asDoubles(c.componentOf)}, {{"componentCount", Value(static_cast<int64_t>(c.count))}}};
}

Measures wcc(AlgoConfig& config, const an::GraphView& view, an::RunControl& control) {
  config.finish();
  return components(an::weaklyConnectedComponents(view, control));
}

Measures scc(AlgoConfig& config, const an::GraphView& view, an::RunControl& control) {
  config.finish();
  return components(an::stronglyConnectedComponents(view, control));
}

Measures degree(AlgoConfig& config, const an::GraphView& view, an::RunControl&) {
  config.finish();
  return {{an::degreeCentrality(view)}, {}};
}

Measures betweenness(AlgoConfig& config, const an::GraphView& view, an::RunControl& control) {
  an::BetweennessOptions options;
  if (auto size = config.optionalInteger("samplingSize", 1, UINT32_MAX))
    options.samplingSize = static_cast<uint32_t>(*size);
  options.samplingSeed = static_cast<uint64_t>(config.integer("samplingSeed", 0, 0, INT64_MAX));
  config.finish();
  return {{an::betweenness(view, options, control)}, {}};
}

Measures closeness(AlgoConfig& config, const an::GraphView& view, an::RunControl& control) {
  an::ClosenessOptions options;
  options.useWassermanFaust = config.boolean("useWassermanFaust", false);
  config.finish();
  return {{an::closeness(view, options, control)}, {}};
}

Measures kcore(AlgoConfig& config, const an::GraphView& view, an::RunControl& control) {
  config.finish();
  auto cores = an::coreNumbers(view, control);
  uint64_t degeneracy = 0;
  for (uint64_t c : cores) degeneracy = std::max(degeneracy, c);
  return {{asDoubles(cores)}, {{"degeneracy", Value(static_cast<int64_t>(degeneracy))}}};
}

Measures triangles(AlgoConfig& config, const an::GraphView& view, an::RunControl& control) {
  config.finish();
  auto t = an::triangles(view, control);
  uint64_t total = 0;
  for (uint64_t c : t.triangles) total += c;
  return {{asDoubles(t.triangles), std::move(t.coefficient)},
          {{"globalTriangleCount", Value(static_cast<int64_t>(total / 3))}}};
}

Measures communities(const an::Communities& c) {
  return {{asDoubles(c.communityOf)},
          {{"communityCount", Value(static_cast<int64_t>(c.count))},
           {"modularity", Value(c.modularity)},
           {"ranLevels", Value(int64_t{c.ranLevels})}}};
}

Measures louvain(AlgoConfig& config, const an::GraphView& view, an::RunControl& control) {
  an::LouvainOptions options;
  options.maxLevels = static_cast<uint32_t>(config.integer("maxLevels", 10, 1, 1000));
  options.maxIterations = static_cast<uint32_t>(config.integer("maxIterations", 10, 1, 1000000));
  options.tolerance = config.number("tolerance", 1e-7, 0.0, 1.0);
  config.finish();
  return communities(an::louvain(view, options, control));
}

Measures labelPropagation(AlgoConfig& config, const an::GraphView& view,
                          an::RunControl& control) {
  an::LabelPropagationOptions options;
  options.maxIterations = static_cast<uint32_t>(config.integer("maxIterations", 10, 1, 1000000));
  config.finish();
  return communities(an::labelPropagation(view, options, control));
}

constexpr auto NATURAL = an::Orientation::NATURAL;
constexpr auto UNDIRECTED = an::Orientation::UNDIRECTED;

}  // namespace

const std::vector<MeasureAlgorithm>& measureAlgorithms() {
  static const std::vector<MeasureAlgorithm> list = {
      {"pageRank", {{"score", ProcType::FLOAT}}, NATURAL, false,
       "PageRank, normalised as Neo4j GDS (scores start at 1 - dampingFactor and sum to about "
       "the node count). Keys: dampingFactor (0.85), maxIterations (20), tolerance (1e-7).",
       pageRank},
      {"wcc", {{"componentId", ProcType::INTEGER}}, UNDIRECTED, true,
       "Weakly connected components, numbered from 0 in the order of their first node.", wcc},
      {"scc", {{"componentId", ProcType::INTEGER}}, NATURAL, false,
       "Strongly connected components along relationship direction.", scc},
      {"degree", {{"score", ProcType::FLOAT}}, NATURAL, false,
       "Degree centrality: outgoing relationships (direction 'IN' or 'BOTH' to count others), "
       "summed by weight when a weight is given.",
       degree},
      {"betweenness", {{"score", ProcType::FLOAT}}, NATURAL, false,
       "Brandes betweenness, unnormalised (undirected pairs count once). Keys: samplingSize "
       "(sample that many sources and scale), samplingSeed.",
       betweenness},
      {"closeness", {{"score", ProcType::FLOAT}}, NATURAL, false,
       "Closeness: (reachable - 1) / total distance to the nodes reachable. Keys: "
       "useWassermanFaust (false).",
       closeness},
      {"kcore", {{"coreValue", ProcType::INTEGER}}, UNDIRECTED, true,
       "k-core decomposition: the largest k such that the node is in a k-core.", kcore},
      {"triangles", {{"triangles", ProcType::INTEGER}, {"coefficient", ProcType::FLOAT}},
       UNDIRECTED, true,
       "Triangles through each node and its local clustering coefficient (simple undirected "
       "graph).",
       triangles},
      {"louvain", {{"communityId", ProcType::INTEGER}}, UNDIRECTED, true,
       "Louvain community detection (weighted, undirected, deterministic). Keys: maxLevels "
       "(10), maxIterations (10), tolerance (1e-7).",
       louvain},
      {"labelPropagation", {{"communityId", ProcType::INTEGER}}, UNDIRECTED, true,
       "Label propagation communities. Keys: maxIterations (10).", labelPropagation},
  };
  return list;
}

}  // namespace rollcall
