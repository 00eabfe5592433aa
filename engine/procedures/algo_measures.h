#pragma once
// The per-node algorithms (PageRank, components, centralities, k-core, triangles, communities):
// each computes one or more measures per vertex of its projection; algo.<name> streams them
// with the node, algo.<name>.write stores the first as a node property.
#include <string_view>
#include <vector>

#include "engine/procedures/algo_config.h"
#include "engine/procedures/procedure.h"
#include "storage/analytics/graph_view.h"

namespace rollcall {

struct Measures {
  std::vector<std::vector<double>> columns;  // one per field after `node`, one value per vertex
  ValueMap summary;                          // what the write mode reports: iterations, counts
};

struct MeasureAlgorithm {
  std::string_view name;  // "pageRank": procedures algo.pageRank and algo.pageRank.write
  std::vector<ProcedureField> fields;  // after `node`; INTEGER fields come out as integers
  storage::analytics::Orientation orientation;  // the default
  bool orientationFixed;  // the algorithm works on the undirected graph whatever is asked
  std::string_view description;
  Measures (*compute)(AlgoConfig& config, const storage::analytics::GraphView& view,
                      storage::analytics::RunControl& control);
};

const std::vector<MeasureAlgorithm>& measureAlgorithms();

// The stream and write procedures of every measure algorithm.
std::vector<ProcedureInfo> measureProcedures();

}  // namespace rollcall
