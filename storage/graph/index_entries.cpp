#include "storage/graph/index_entries.h"

#include <algorithm>

#include "storage/codec/big_endian.h"
#include "storage/codec/index_key_codec.h"
#include "storage/codec/keys.h"
#include "storage/common/property_format.h"

namespace rollcall::storage {

std::string indexValuePrefix(LabelId label, PropKeyId key, const PropertyValue& value) {
  std::string k = keys::indexPrefix(label, key);
  codec::encodeIndexValue(k, value);
  return k;
}

std::vector<IndexEntry> indexEntriesOf(NodeId id, const std::vector<LabelId>& labels,
                                       const Properties& properties,
                                       const std::vector<IndexInfo>& indexes) {
  std::vector<IndexEntry> out;
  for (const auto& index : indexes) {
    if (!std::binary_search(labels.begin(), labels.end(), index.label)) continue;
    auto it = std::find_if(properties.begin(), properties.end(),
                           [&](const auto& e) { return e.first == index.key; });
    if (it == properties.end()) continue;
    std::string key = indexValuePrefix(index.label, index.key, it->second);
    codec::putU64(key, id);
    out.push_back({std::move(key), &index, &it->second});
  }
  std::sort(out.begin(), out.end());
  return out;
}

StorageError uniqueViolation(const Catalog& catalog, NodeId existing, LabelId label, PropKeyId key,
                             const PropertyValue& value) {
  return StorageError(StorageErrorKind::UNIQUE_VIOLATION,
                      "Node(" + std::to_string(existing) + ") already exists with label `" +
                          catalog.labelName(label) + "` and property `" + catalog.propKeyName(key) +
                          "` = " + formatValue(value));
}

}  // namespace rollcall::storage
