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

void surveyNodes(Transaction& txn, GraphSurvey& survey, uint64_t& seen,
                 const std::function<void(uint64_t)>& progress) {
  auto cursor = txn.scanAllNodes();
  std::vector<NodeId> ids(BATCH);
  std::vector<Edge> edges;
  while (size_t n = cursor->next(ids.data(), ids.size())) {
    for (size_t i = 0; i < n; ++i) {
      auto node = txn.getNode(ids[i]);
      if (!node) continue;
      if (node->labels.empty()) addProperties(survey.unlabelled, node->properties);
      for (LabelId label : node->labels) addProperties(survey.labels[label], node->properties);
      txn.neighboursAllTypes(ids[i], Direction::OUT, edges);
      addAdjacency(survey, edges);
    }
    if (progress) progress(seen += n);
  }
}

void surveyRels(Transaction& txn, GraphSurvey& survey, uint64_t& seen,
                const std::function<void(uint64_t)>& progress) {
  auto cursor = txn.scanAllRels();
  std::vector<RelEntry> rels(BATCH);
  while (size_t n = cursor->next(rels.data(), rels.size())) {
    for (size_t i = 0; i < n; ++i) {
      addProperties(survey.relTypes[rels[i].type], txn.relProperties(rels[i].id));
    }
    if (progress) progress(seen += n);
  }
}

}  // namespace

GraphSurvey surveyGraph(Transaction& txn, const std::function<void(uint64_t)>& progress) {
  GraphSurvey survey;
  uint64_t seen = 0;
  surveyNodes(txn, survey, seen, progress);
  surveyRels(txn, survey, seen, progress);
  return survey;
}

}  // namespace rollcall::loaders
