#include "loaders/export/export_context.h"

#include <algorithm>

#include "engine/common/error.h"

namespace rollcall::loaders {

using namespace storage;

const PropertyValue& findProperty(const Properties& properties, PropKeyId key) {
  static const PropertyValue NUL;
  auto it = std::lower_bound(properties.begin(), properties.end(), key,
                             [](const auto& entry, PropKeyId k) { return entry.first < k; });
  return it != properties.end() && it->first == key ? it->second : NUL;
}

void writeProperties(const Properties& properties, const std::vector<PropKeyId>& columns,
                     RowSink& sink) {
  auto it = properties.begin();
  for (PropKeyId key : columns) {
    while (it != properties.end() && it->first < key) ++it;
    if (it != properties.end() && it->first == key) {
      sink.value(it->second);
    } else {
      sink.null();
    }
  }
}

void ExportContext::writeEnd(const EndPlan& end, NodeId node, RowSink& sink) {
  if (!end.key) return sink.value(PropertyValue(int64_t(node)));
  auto rendered = keys(end, sink).find(node);
  // The plan only writes keys for a label every end node has and whose key every node holds.
  if (!rendered) {
    throw internalError("export: node " + std::to_string(node) + " has no key in table " +
                        end.table);
  }
  sink.rendered(*rendered);
}

KeyCache* ExportContext::keysToFill(LabelId label) {
  if (!referenced_.count(label) || caches_.count(label)) return nullptr;
  return (caches_[label] = std::make_unique<KeyCache>()).get();
}

const KeyCache& ExportContext::keys(const EndPlan& end, RowSink& sink) {
  auto& cache = caches_[*end.label];
  if (cache) return *cache;
  cache = std::make_unique<KeyCache>();
  scanNodes(end.label, [&](const NodeRecord& node) {
    cache->add(node.id, sink.renderKey(findProperty(node.properties, *end.key), end.keyColumn));
  });
  cache->seal();
  return *cache;
}

// A label holding a good share of the nodes is read by one pass over the node records, which
// steps over the others; a small label by its label list and a read per node.
void ExportContext::scanNodes(std::optional<LabelId> label,
                              const std::function<void(const NodeRecord&)>& visit) {
  constexpr size_t BATCH = 1024;
  if (!label || store.labelCount(*label) * 8 >= store.nodeCount()) {
    auto cursor = txn.scanNodeRecords(label);
    std::vector<NodeRecord> records(BATCH);
    while (size_t n = cursor->next(records.data(), records.size())) {
      for (size_t i = 0; i < n; ++i) visit(records[i]);
    }
    return;
  }
  auto cursor = txn.scanLabel(*label);
  std::vector<NodeId> ids(BATCH);
  while (size_t n = cursor->next(ids.data(), ids.size())) {
    for (size_t i = 0; i < n; ++i) {
      if (auto node = txn.getNode(ids[i])) visit(*node);
    }
  }
}

}  // namespace rollcall::loaders
