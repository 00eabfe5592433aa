// Property-index maintenance and lookups inside a transaction.
#include <algorithm>

#include "storage/codec/big_endian.h"
#include "storage/codec/index_key_codec.h"
#include "storage/graph/rocks_transaction.h"

namespace rollcall::storage {

using kv::Cf;

namespace {

// Bounds the memory of the index-lookup cache of one transaction (tens of MB).
constexpr size_t INDEX_CACHE_ENTRIES = 500'000;

}  // namespace

std::vector<std::string> RocksTransaction::indexEntries(NodeId id, const NodeState& state) {
  auto indexes = store_.rocksCatalog().indexSnapshot();
  std::vector<std::string> out;
  for (auto& entry : indexEntriesOf(id, state.labels, state.properties, *indexes)) {
    out.push_back(std::move(entry.key));
  }
  return out;
}

// Checked against the committed state and this transaction's writes together.
void RocksTransaction::checkUnique(NodeId id, const IndexEntry& entry) {
  std::string prefix = entry.key.substr(0, entry.key.size() - INDEX_NODE_SUFFIX);
  for (NodeId other : lookupIndexPrefix(prefix)) {
    if (other == id) continue;
    throw uniqueViolation(store_.catalog(), other, entry.index->label, entry.index->key,
                          *entry.value);
  }
}

void RocksTransaction::updateIndexes(NodeId id, const NodeState* before, const NodeState& after) {
  auto indexes = store_.rocksCatalog().indexSnapshot();
  if (indexes->empty()) return;
  auto now = indexEntriesOf(id, after.labels, after.properties, *indexes);
  std::vector<std::string> old;
  if (before) old = indexEntries(id, *before);
  std::vector<const IndexEntry*> added;
  for (const auto& entry : now) {
    if (std::binary_search(old.begin(), old.end(), entry.key)) continue;
    if (entry.index->unique) checkUnique(id, entry);
    added.push_back(&entry);
  }
  for (const auto& key : old) {
    auto same =
        std::lower_bound(now.begin(), now.end(), key,
                         [](const IndexEntry& e, const std::string& k) { return e.key < k; });
    if (same == now.end() || same->key != key) del(Cf::INDEX, key);
  }
  for (const auto* entry : added) put(Cf::INDEX, entry->key, "");
}

std::vector<NodeId> RocksTransaction::indexSeek(LabelId label, PropKeyId key,
                                                const PropertyValue& value) {
  if (!store_.rocksCatalog().hasIndex(label, key)) {
    throw StorageError(
        StorageErrorKind::INVALID_ARGUMENT,
        "no index on label " + std::to_string(label) + " and property key " + std::to_string(key));
  }
  if (!store_.indexSeeksAvailable()) {
    throw StorageError(StorageErrorKind::FORMAT_VERSION,
                       "database '" + store_.path() + "' has format version " +
                           std::to_string(store_.kv().formatVersion()) +
                           "; open it once for writing to convert its indexes");
  }
  if (value.isNull()) return {};
  std::string& prefix = indexPrefix_;
  prefix = keys::indexPrefix(label, key);
  codec::encodeIndexValue(prefix, value);
  return lookupIndexPrefix(prefix);
}

// The nodes under one index value prefix. A write transaction remembers the answers and keeps
// them up to date as it writes the index (noteIndexPut, noteIndexDel): a LOAD CSV looks the same
// student up row after row, and a MERGE's lookup answers the unique check of its CREATE.
std::vector<NodeId> RocksTransaction::lookupIndexPrefix(const std::string& prefix) {
  if (writing_) {
    if (const auto* cached = indexCache_.find(prefix)) return *cached;
  }
  std::vector<NodeId> out;
  seekPrefix(Cf::INDEX, prefix, [&](const rocksdb::Slice& k, const rocksdb::Slice&) {
    out.push_back(codec::getU64(k.data() + prefix.size()));
  });
  if (!writing_) return out;
  if (indexCache_.size() < INDEX_CACHE_ENTRIES && indexCache_.fits(prefix)) {
    *indexCache_.tryEmplace(prefix).first = out;
  }
  return out;
}

// Keeps the remembered answers true. An entry key is the value prefix and the node id.
void RocksTransaction::noteIndexPut(const std::string& key) {
  if (key.size() < INDEX_NODE_SUFFIX) return;
  std::string_view entry(key);
  if (auto* nodes = indexCache_.find(entry.substr(0, key.size() - INDEX_NODE_SUFFIX))) {
    NodeId node = codec::getU64(key.data() + key.size() - INDEX_NODE_SUFFIX);
    auto at = std::lower_bound(nodes->begin(), nodes->end(), node);
    if (at == nodes->end() || *at != node) nodes->insert(at, node);
  }
}

void RocksTransaction::noteIndexDel(const std::string& key) {
  if (key.size() < INDEX_NODE_SUFFIX) return;
  std::string_view entry(key);
  if (auto* nodes = indexCache_.find(entry.substr(0, key.size() - INDEX_NODE_SUFFIX))) {
    std::erase(*nodes, codec::getU64(key.data() + key.size() - INDEX_NODE_SUFFIX));
  }
}

}  // namespace rollcall::storage
