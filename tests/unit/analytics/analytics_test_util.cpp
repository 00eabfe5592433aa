#include "tests/unit/analytics/analytics_test_util.h"

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>

namespace rollcall::storage::analytics::testing {

GraphView graphOf(size_t vertices, const std::vector<WeightedEdge>& edges, bool undirected,
                  bool weighted) {
  std::vector<NodeId> ids(vertices);
  for (size_t v = 0; v < vertices; ++v) ids[v] = 100 + v;
  return GraphView::fromEdges(std::move(ids), edges, undirected, weighted);
}

std::vector<WeightedEdge> randomEdges(size_t vertices, size_t edges, uint64_t seed, bool weighted,
                                      bool allowLoopsAndParallel) {
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<Vertex> pick(0, static_cast<Vertex>(vertices - 1));
  std::uniform_real_distribution<double> weight(1.0, 10.0);
  std::set<std::pair<Vertex, Vertex>> seen;
  std::vector<WeightedEdge> out;
  while (out.size() < edges) {
    Vertex a = pick(rng), b = pick(rng);
    if (!allowLoopsAndParallel && (a == b || !seen.insert({a, b}).second)) continue;
    out.push_back({a, b, weighted ? weight(rng) : 1.0});
  }
  return out;
}

nlohmann::json networkx(const std::string& script, size_t vertices,
                        const std::vector<WeightedEdge>& edges, bool directed, bool weighted,
                        const std::string& algorithm, const nlohmann::json& params) {
  nlohmann::json input = {{"n", vertices},
                          {"directed", directed},
                          {"weighted", weighted},
                          {"algorithm", algorithm},
                          {"params", params.is_null() ? nlohmann::json::object() : params}};
  auto& list = input["edges"] = nlohmann::json::array();
  for (const auto& e : edges) list.push_back({e.from, e.to, e.weight});
  auto path = std::filesystem::temp_directory_path() /
              ("rollcall-nx-" + std::to_string(::getpid()) + ".json");
  std::ofstream(path) << input.dump();
  std::string command =
      "python3 " ROLLCALL_SOURCE_DIR "/tests/unit/analytics/" + script + " < " + path.string();
  FILE* pipe = ::popen(command.c_str(), "r");
  std::string output;
  char buf[65536];
  while (size_t n = std::fread(buf, 1, sizeof buf, pipe)) output.append(buf, n);
  int status = ::pclose(pipe);
  std::filesystem::remove(path);
  if (status != 0) ADD_FAILURE() << command << " failed (" << status << "): " << output;
  return nlohmann::json::parse(output, nullptr, /*allow_exceptions=*/false);
}

std::vector<double> asVector(const nlohmann::json& values) {
  std::vector<double> out;
  for (const auto& v : values) out.push_back(v.get<double>());
  return out;
}

void expectNear(const std::vector<double>& ours, const std::vector<double>& theirs,
                double tolerance) {
  ASSERT_EQ(ours.size(), theirs.size());
  for (size_t v = 0; v < ours.size(); ++v) {
    if (std::fabs(ours[v] - theirs[v]) > tolerance) {
      ADD_FAILURE() << "vertex " << v << ": rollcall " << ours[v] << ", NetworkX " << theirs[v];
      return;
    }
  }
}

}  // namespace rollcall::storage::analytics::testing
