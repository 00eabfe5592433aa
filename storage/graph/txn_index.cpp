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

// An index's entries are ordered by the encoded value, whose first byte is the type: the values
// of one type are one contiguous range, and one seek tells whether it is empty.
bool RocksTransaction::indexHoldsType(LabelId label, PropKeyId key, PropertyValue::Type type) {
  std::string prefix = keys::indexPrefix(label, key);
  prefix.push_back(char(type));
  if (writing_) {
    if (const bool* cached = indexTypeCache_.find(prefix)) return *cached;
  }
  bool found = anyEntryUnder(Cf::INDEX, prefix);
  if (writing_ && indexTypeCache_.fits(prefix)) *indexTypeCache_.tryEmplace(prefix).first = found;
  return found;
}

// May say true of a range whose only entries this transaction deleted: callers use it to skip
// work, never to decide an answer.
bool RocksTransaction::anyEntryUnder(Cf cf, const std::string& prefix) {
  rocksdb::Iterator& it = committedIterator(cf);
  it.Seek(prefix);
  if (it.Valid() && it.key().starts_with(prefix)) return true;
  kv::check(it.status(), "read failed");
  if (cfVersions_[size_t(cf)] == 0) return false;
  std::unique_ptr<rocksdb::WBWIIterator> delta(batch_.NewIterator(kv_.cf(cf)));
  delta->Seek(prefix);
  return delta->Valid() && delta->Entry().key.starts_with(prefix);
}

// Keeps the remembered answers true. An entry key is the value prefix and the node id; a new
// entry of a type also makes indexHoldsType true for that type (a removed one leaves it true,
// which only costs a lookup).
void RocksTransaction::noteIndexPut(const std::string& key) {
  constexpr size_t TYPED_PREFIX = 9;  // label(4) | key(4) | value type(1)
  if (key.size() < TYPED_PREFIX + INDEX_NODE_SUFFIX) return;
  std::string_view entry(key);
  if (bool* holds = indexTypeCache_.find(entry.substr(0, TYPED_PREFIX))) *holds = true;
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
