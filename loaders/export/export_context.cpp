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

const KeyCache& ExportContext::keys(const EndPlan& end, RowSink& sink) {
  auto& cache = caches_[*end.label];
  if (cache) return *cache;
  cache = std::make_unique<KeyCache>();
  auto cursor = txn.scanLabel(*end.label);
  std::vector<NodeId> ids(1024);
  while (size_t n = cursor->next(ids.data(), ids.size())) {
    for (size_t i = 0; i < n; ++i) {
      cache->add(ids[i], sink.renderKey(txn.nodeProperty(ids[i], *end.key), end.keyColumn));
    }
  }
  cache->seal();
  return *cache;
}

}  // namespace rollcall::loaders
