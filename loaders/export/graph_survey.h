#pragma once
// One read of the whole graph before an export: which properties each label's nodes and each
// relationship type carry and of which types, and how relationships attach to their nodes. The
// schema is written before any row, so it has to be known first.
#include <cstdint>
#include <functional>
#include <map>

#include "loaders/export/column_type.h"
#include "storage/graph/transaction.h"

namespace rollcall::loaders {

struct EntitySurvey {
  uint64_t count = 0;
  std::map<storage::PropKeyId, TypeSet> properties;  // by key id: creation order of the keys
  std::map<storage::PropKeyId, uint64_t> present;    // entities holding each key
};

struct RelTypeSurvey : EntitySurvey {
  uint64_t maxOutDegree = 0;  // most relationships of the type leaving one node
  bool uniquePairs = true;    // no two relationships of the type join the same (start, end)
};

struct GraphSurvey {
  std::map<storage::LabelId, EntitySurvey> labels;
  EntitySurvey unlabelled;  // nodes without any label
  std::map<storage::RelTypeId, RelTypeSurvey> relTypes;
};

// Reads every node (labels, properties, outgoing adjacency) and every relationship's properties.
// `progress` is called with entities read so far.
GraphSurvey surveyGraph(storage::Transaction& txn, const std::function<void(uint64_t)>& progress);

}  // namespace rollcall::loaders
