#include "loaders/export/graph_survey.h"

#include <algorithm>
#include <vector>

namespace rollcall::loaders {

using namespace storage;

namespace {

constexpr size_t BATCH = 1024;

void addProperties(EntitySurvey& survey, const Properties& properties) {
  ++survey.count;
  for (const auto& [key, value] : properties) {
    survey.properties[key].add(value);
    ++survey.present[key];
  }
}

// Out-degree per type and duplicate (type, end) pairs of one node's outgoing relationships.
void addAdjacency(GraphSurvey& survey, std::vector<Edge>& edges) {
  std::sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) {
    return a.type != b.type ? a.type < b.type : a.other < b.other;
  });
  for (size_t i = 0; i < edges.size();) {
    size_t j = i;
    RelTypeSurvey& type = survey.relTypes[edges[i].type];
    for (; j < edges.size() && edges[j].type == edges[i].type; ++j) {
      if (j > i && edges[j].other == edges[j - 1].other) type.uniquePairs = false;
    }
    type.maxOutDegree = std::max<uint64_t>(type.maxOutDegree, j - i);
    i = j;
  }
}

// Whether some relationship of `type` holds a property; true when the store cannot tell (a
// database of an older format opened read-only).
bool holdsProperties(GraphStore& store, RelTypeId type) {
  for (const auto& [key, name] : store.catalog().propKeys()) {
    std::optional<uint64_t> count = store.relPropertyCount(type, key);
    if (!count || *count > 0) return true;
  }
  return false;
}

void surveyNodes(Transaction& txn, GraphSurvey& survey, uint64_t& seen,
                 const std::function<void(uint64_t)>& progress) {
  auto cursor = txn.scanNodeRecords();
  std::vector<NodeRecord> nodes(BATCH);
  std::vector<Edge> edges;
  while (size_t n = cursor->next(nodes.data(), nodes.size())) {
    for (size_t i = 0; i < n; ++i) {
      const NodeRecord& node = nodes[i];
      if (node.labels.empty()) addProperties(survey.unlabelled, node.properties);
      for (LabelId label : node.labels) addProperties(survey.labels[label], node.properties);
      txn.neighboursAllTypes(node.id, Direction::OUT, edges);
      addAdjacency(survey, edges);
    }
    if (progress) progress(seen += n);
  }
}

// Counts of relationships per type come from the store; their properties' types need the
// records, but only of types whose relationships hold properties at all (the store counts
// them), so a type without properties costs nothing here.
void surveyRels(Transaction& txn, GraphStore& store, GraphSurvey& survey, uint64_t& seen,
                const std::function<void(uint64_t)>& progress) {
  for (const auto& [type, name] : store.catalog().relTypes()) {
    uint64_t count = store.relTypeCount(type);
    if (count == 0) continue;
    if (!holdsProperties(store, type)) {
      survey.relTypes[type].count = count;
      if (progress) progress(seen += count);
      continue;
    }
    auto cursor = txn.scanRelType(type);
    std::vector<RelEntry> rels(BATCH);
    while (size_t n = cursor->next(rels.data(), rels.size())) {
      for (size_t i = 0; i < n; ++i) {
        addProperties(survey.relTypes[type], txn.relProperties(rels[i].id));
      }
      if (progress) progress(seen += n);
    }
  }
}

}  // namespace

GraphSurvey surveyGraph(GraphStore& store, Transaction& txn,
                        const std::function<void(uint64_t)>& progress) {
  GraphSurvey survey;
  uint64_t seen = 0;
  surveyNodes(txn, survey, seen, progress);
  surveyRels(txn, store, survey, seen, progress);
  return survey;
}

}  // namespace rollcall::loaders
