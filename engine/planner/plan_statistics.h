#pragma once
// What the planner knows of the data: the store's statistics, each read at most once while one
// statement is planned (a DP over a pattern asks for the same figures many times).
#include <map>
#include <optional>
#include <tuple>
#include <vector>

#include "storage/common/types.h"
#include "storage/graph/graph_store.h"

namespace rollcall {

class PlanStatistics {
 public:
  explicit PlanStatistics(storage::GraphStore& store) : store_(store) {}

  double nodes();
  double rels();
  double labelNodes(storage::LabelId label);
  double relsOfType(storage::RelTypeId type);
  const storage::PropertyStats& property(storage::LabelId label, storage::PropKeyId key);
  // Relationships of `type` whose `dir` end has `label`.
  const storage::DegreeStats& degree(storage::LabelId label, storage::RelTypeId type,
                                     storage::Direction dir);
  const std::vector<storage::RelTypeId>& relTypes();

 private:
  storage::GraphStore& store_;
  std::optional<double> nodes_, rels_;
  std::map<storage::LabelId, double> labels_;
  std::map<storage::RelTypeId, double> types_;
  std::map<std::pair<storage::LabelId, storage::PropKeyId>, storage::PropertyStats> properties_;
  std::map<std::tuple<storage::LabelId, storage::RelTypeId, storage::Direction>,
           storage::DegreeStats>
      degrees_;
  std::optional<std::vector<storage::RelTypeId>> relTypes_;
};

}  // namespace rollcall
