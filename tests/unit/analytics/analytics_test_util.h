#pragma once
// Graphs for the algorithm tests: small hand-drawn ones, seeded random ones, and NetworkX's
// answers on the same graphs (Debian's python3-networkx, run as a child process).
#include <gtest/gtest.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "storage/analytics/graph_view.h"

namespace rollcall::storage::analytics::testing {

// Vertex v is node 100 + v, so tests notice a vertex number used as a node id.
GraphView graphOf(size_t vertices, const std::vector<WeightedEdge>& edges, bool undirected,
                  bool weighted = false);

// `edges` random edges among `vertices` (self-loops and parallel edges possible when asked),
// weights uniform in [1, 10) when `weighted`; the same seed gives the same graph.
std::vector<WeightedEdge> randomEdges(size_t vertices, size_t edges, uint64_t seed, bool weighted,
                                      bool allowLoopsAndParallel = false);

// Runs tests/unit/analytics/<script> with {"n", "edges": [[u, v, w]…], "directed", "weighted",
// "algorithm", "params"} on stdin and returns the JSON it prints.
nlohmann::json networkx(const std::string& script, size_t vertices,
                        const std::vector<WeightedEdge>& edges, bool directed, bool weighted,
                        const std::string& algorithm, const nlohmann::json& params = {});

// Per-vertex values from a JSON array (NetworkX's dicts are turned into lists by the scripts).
std::vector<double> asVector(const nlohmann::json& values);

// Expects every value within `tolerance` of NetworkX's, naming the first vertex that is not.
void expectNear(const std::vector<double>& ours, const std::vector<double>& theirs,
                double tolerance = 1e-6);

}  // namespace rollcall::storage::analytics::testing
