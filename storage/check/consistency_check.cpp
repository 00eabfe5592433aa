#include "storage/check/consistency_check.h"

#include <algorithm>
#include <map>
#include <memory>
#include <tuple>
#include <utility>

namespace rollcall::storage {
namespace {

constexpr size_t MAX_PROBLEMS = 100;
constexpr size_t BATCH = 1024;

class Checker {
 public:
  explicit Checker(GraphStore& store) : store_(store), txn_(store.begin()) {}

  ConsistencyReport run() {
    store_.verifyChecksums();  // a damaged table is an error, not a list of odd problems
    checkNodes();
    checkRelationships();
    checkCounts();
    return std::move(report_);
  }

 private:
  void problem(std::string text) {
    if (report_.problems.size() < MAX_PROBLEMS) report_.problems.push_back(std::move(text));
    ++report_.problemCount;
  }

  // ---- nodes: records, label lists, index entries, adjacency seen from each node ----
  void checkNodes() {
    auto cursor = txn_->scanNodeRecords();
    std::vector<NodeRecord> nodes(BATCH);
    std::vector<Edge> edges;
    while (size_t n = cursor->next(nodes.data(), nodes.size())) {
      for (size_t i = 0; i < n; ++i) checkNode(nodes[i], edges);
    }
    for (const auto& [label, name] : store_.catalog().labels()) checkLabelList(label, name);
  }

  void checkNode(const NodeRecord& node, std::vector<Edge>& edges) {
    ++report_.nodes;
    for (LabelId label : node.labels) {
      ++labelNodes_[label];
      for (const auto& [key, value] : node.properties) ++propertyCounts_[{label, key}];
    }
    checkIndexEntries(node);
    for (Direction dir : {Direction::OUT, Direction::IN}) {
      txn_->neighboursAllTypes(node.id, dir, edges);
      checkNeighbours(node, dir, edges);
    }
  }

  void checkIndexEntries(const NodeRecord& node) {
    for (const IndexInfo& index : indexes_) {
      if (!std::binary_search(node.labels.begin(), node.labels.end(), index.label)) continue;
      auto value = std::find_if(node.properties.begin(), node.properties.end(),
                                [&](const auto& p) { return p.first == index.key; });
      if (value == node.properties.end()) continue;
      ++report_.indexEntries;
      std::vector<NodeId> found = txn_->indexSeek(index.label, index.key, value->second);
      if (std::find(found.begin(), found.end(), node.id) == found.end()) {
        problem("index " + index.name + ": node " + std::to_string(node.id) +
                " is missing from it");
      }
    }
  }

  // Every neighbour-list entry names a relationship that has this node at that end; per type,
  // the stored degree equals the list's length; each node's lists per label feed the
  // statistics' relationship counts.
  void checkNeighbours(const NodeRecord& node, Direction dir, const std::vector<Edge>& edges) {
    std::map<RelTypeId, uint64_t> perType;
    for (const Edge& e : edges) {
      ++perType[e.type];
      auto rel = txn_->getRel(e.rel);
      NodeId here = rel ? (dir == Direction::OUT ? rel->start : rel->end) : 0;
      NodeId there = rel ? (dir == Direction::OUT ? rel->end : rel->start) : 0;
      if (!rel || rel->type != e.type || here != node.id || there != e.other) {
        problem("node " + std::to_string(node.id) + ": neighbour list entry for relationship " +
                std::to_string(e.rel) + " does not match its record");
      }
    }
    for (const auto& [type, count] : perType) {
      if (txn_->degree(node.id, type, dir) != count) {
        problem("node " + std::to_string(node.id) + ": stored degree of type " +
                store_.catalog().relTypeName(type) + " differs from its neighbour list");
      }
      for (LabelId label : node.labels) degreeRels_[{label, type, int(dir)}] += count;
    }
    (dir == Direction::OUT ? outEntries_ : inEntries_) += edges.size();
  }

  void checkLabelList(LabelId label, const std::string& name) {
    auto cursor = txn_->scanLabel(label);
    std::vector<NodeId> ids(BATCH);
    uint64_t listed = 0;
    while (size_t n = cursor->next(ids.data(), ids.size())) {
      for (size_t i = 0; i < n; ++i) {
        ++listed;
        if (!txn_->hasLabel(ids[i], label)) {
          problem("label " + name + ": lists node " + std::to_string(ids[i]) +
                  ", whose record does not have the label");
        }
      }
    }
    if (listed != labelNodes_[label]) {
      problem("label " + name + ": " + std::to_string(labelNodes_[label]) +
              " node records have it, its list has " + std::to_string(listed));
    }
  }

  // ---- relationships: records against their ends and their type's chunks ----
  void checkRelationships() {
    auto cursor = txn_->scanAllRels();
    std::vector<RelEntry> rels(BATCH);
    while (size_t n = cursor->next(rels.data(), rels.size())) {
      for (size_t i = 0; i < n; ++i) checkRel(rels[i]);
    }
    for (const auto& [type, name] : store_.catalog().relTypes()) checkTypeChunks(type, name);
    if (outEntries_ != report_.relationships || inEntries_ != report_.relationships) {
      problem(std::to_string(report_.relationships) + " relationship records, but " +
              std::to_string(outEntries_) + " outgoing and " + std::to_string(inEntries_) +
              " incoming neighbour list entries");
    }
  }

  void checkRel(const RelEntry& rel) {
    ++report_.relationships;
    ++typeRels_[rel.type];
    for (const auto& [key, value] : txn_->relProperties(rel.id))
      ++relPropertyCounts_[{rel.type, key}];
    if (!txn_->nodeExists(rel.start) || !txn_->nodeExists(rel.end)) {
      problem("relationship " + std::to_string(rel.id) + ": an end node does not exist");
    }
  }

  void checkTypeChunks(RelTypeId type, const std::string& name) {
    auto cursor = txn_->scanRelType(type);
    std::vector<RelEntry> rels(BATCH);
    uint64_t listed = 0;
    while (size_t n = cursor->next(rels.data(), rels.size())) {
      for (size_t i = 0; i < n; ++i) {
        ++listed;
        auto record = txn_->getRel(rels[i].id);
        if (!record || record->type != type || record->start != rels[i].start ||
            record->end != rels[i].end) {
          problem("type " + name + ": chunk entry for relationship " + std::to_string(rels[i].id) +
                  " does not match its record");
        }
      }
    }
    if (listed != typeRels_[type]) {
      problem("type " + name + ": " + std::to_string(typeRels_[type]) +
              " relationship records, its chunks list " + std::to_string(listed));
    }
  }

  // ---- counts and exact statistics against what was read ----
  void checkCounts() {
    expect("node count", store_.nodeCount(), report_.nodes);
    expect("relationship count", store_.relCount(), report_.relationships);
    const Catalog& catalog = store_.catalog();
    for (const auto& [label, name] : catalog.labels()) {
      expect("count of label " + name, store_.labelCount(label), labelNodes_[label]);
      for (const auto& [key, keyName] : catalog.propKeys()) {
        expect("statistics of " + name + "." + keyName, store_.propertyStats(label, key).count,
               propertyCounts_[{label, key}]);
      }
      for (const auto& [type, typeName] : catalog.relTypes()) {
        for (Direction dir : {Direction::OUT, Direction::IN}) {
          expect(
              "statistics of " + name + (dir == Direction::OUT ? " -[:" : " <-[:") + typeName + "]",
              store_.degreeStats(label, type, dir).rels, degreeRels_[{label, type, int(dir)}]);
        }
      }
    }
    for (const auto& [type, name] : catalog.relTypes()) {
      expect("count of type " + name, store_.relTypeCount(type), typeRels_[type]);
      for (const auto& [key, keyName] : catalog.propKeys()) {
        auto stored = store_.relPropertyCount(type, key);
        if (stored)
          expect("count of " + name + "." + keyName, *stored, relPropertyCounts_[{type, key}]);
      }
    }
  }

  void expect(const std::string& what, uint64_t stored, uint64_t counted) {
    if (stored != counted) {
      problem(what + ": stored " + std::to_string(stored) + ", counted " + std::to_string(counted));
    }
  }

  GraphStore& store_;
  std::unique_ptr<Transaction> txn_;
  // An older format opened read-only has index entries this build cannot seek: not checked.
  std::vector<IndexInfo> indexes_ =
      store_.indexSeeksAvailable() ? store_.catalog().indexes() : std::vector<IndexInfo>{};
  ConsistencyReport report_;
  std::map<LabelId, uint64_t> labelNodes_;
  std::map<RelTypeId, uint64_t> typeRels_;
  std::map<std::pair<LabelId, PropKeyId>, uint64_t> propertyCounts_;
  std::map<std::pair<RelTypeId, PropKeyId>, uint64_t> relPropertyCounts_;
  std::map<std::tuple<LabelId, RelTypeId, int>, uint64_t> degreeRels_;
  uint64_t outEntries_ = 0, inEntries_ = 0;
};

}  // namespace

ConsistencyReport checkConsistency(GraphStore& store) { return Checker(store).run(); }

}  // namespace rollcall::storage
