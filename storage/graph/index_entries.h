#pragma once
// Property-index entries of one node: key = label(4) | prop key(4) | encoded value | node(8),
// empty value. Shared by transactions, index builds and bulk loads.
#include <string>
#include <vector>

#include "storage/catalog/catalog.h"
#include "storage/common/storage_error.h"
#include "storage/graph/records.h"

namespace rollcall::storage {

struct IndexEntry {
  std::string key;
  const IndexInfo* index;
  const PropertyValue* value;  // points into the node's properties
  bool operator<(const IndexEntry& o) const { return key < o.key; }
};

inline constexpr size_t INDEX_NODE_SUFFIX = 8;

// Entries of every index in `indexes` that the node (labels sorted) falls under, sorted by key.
std::vector<IndexEntry> indexEntriesOf(NodeId id, const std::vector<LabelId>& labels,
                                       const Properties& properties,
                                       const std::vector<IndexInfo>& indexes);

std::string indexValuePrefix(LabelId label, PropKeyId key, const PropertyValue& value);

// "Node(12) already exists with label `Student` and property `student_id` = 7"
StorageError uniqueViolation(const Catalog& catalog, NodeId existing, LabelId label, PropKeyId key,
                             const PropertyValue& value);

}  // namespace rollcall::storage
