#include "engine/planner/plan_statistics.h"

namespace rollcall {

double PlanStatistics::nodes() {
  if (!nodes_) nodes_ = double(store_.nodeCount());
  return *nodes_;
}

double PlanStatistics::rels() {
  if (!rels_) rels_ = double(store_.relCount());
  return *rels_;
}

double PlanStatistics::labelNodes(storage::LabelId label) {
  if (label == storage::INVALID_TOKEN) return 0;
  auto [it, fresh] = labels_.try_emplace(label, 0);
  if (fresh) it->second = double(store_.labelCount(label));
  return it->second;
}

double PlanStatistics::relsOfType(storage::RelTypeId type) {
  if (type == storage::INVALID_TOKEN) return 0;
  auto [it, fresh] = types_.try_emplace(type, 0);
  if (fresh) it->second = double(store_.relTypeCount(type));
  return it->second;
}

const storage::PropertyStats& PlanStatistics::property(storage::LabelId label,
                                                       storage::PropKeyId key) {
  auto [it, fresh] = properties_.try_emplace({label, key});
  if (fresh && label != storage::INVALID_TOKEN && key != storage::INVALID_TOKEN) {
    it->second = store_.propertyStats(label, key);
  }
  return it->second;
}

const storage::DegreeStats& PlanStatistics::degree(storage::LabelId label, storage::RelTypeId type,
                                                   storage::Direction dir) {
  auto [it, fresh] = degrees_.try_emplace({label, type, dir});
  if (fresh && label != storage::INVALID_TOKEN && type != storage::INVALID_TOKEN) {
    it->second = store_.degreeStats(label, type, dir);
  }
  return it->second;
}

const std::vector<storage::RelTypeId>& PlanStatistics::relTypes() {
  if (!relTypes_) {
    relTypes_.emplace();
    for (const auto& [id, name] : store_.catalog().relTypes()) relTypes_->push_back(id);
  }
  return *relTypes_;
}

}  // namespace rollcall
