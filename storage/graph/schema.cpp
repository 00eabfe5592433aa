// Index creation and removal: definition and entries change in one synced batch.
#include <map>

#include "storage/codec/big_endian.h"
#include "storage/codec/property_codec.h"
#include "storage/graph/graph_store_impl.h"
#include "storage/graph/index_entries.h"

namespace rollcall::storage {

using kv::Cf;

namespace {

struct WriterSlot {
  GraphStoreImpl& store;
  explicit WriterSlot(GraphStoreImpl& s) : store(s) { store.acquireWriter(this); }
  ~WriterSlot() { store.releaseWriter(this); }
};

void validateNewIndex(const Catalog& catalog, const IndexInfo& index) {
  if (index.name.empty()) {
    throw StorageError(StorageErrorKind::INVALID_ARGUMENT, "an index needs a name");
  }
  if (catalog.findIndexByName(index.name)) {
    throw StorageError(StorageErrorKind::INVALID_ARGUMENT,
                       "an index named `" + index.name + "` already exists");
  }
  if (catalog.findIndex(index.label, index.key)) {
    throw StorageError(StorageErrorKind::INVALID_ARGUMENT,
                       "an index on label `" + catalog.labelName(index.label) + "` and property `" +
                           catalog.propKeyName(index.key) + "` already exists");
  }
  catalog.labelName(index.label);  // throws on unknown tokens
  catalog.propKeyName(index.key);
}

}  // namespace

void GraphStoreImpl::createIndex(const IndexInfo& index) {
  validateNewIndex(catalog_, index);
  WriterSlot slot(*this);
  std::vector<IndexInfo> one{index};
  std::map<std::string, NodeId> seen;  // value prefix -> node, for unique indexes
  rocksdb::WriteBatch batch;
  std::unique_ptr<rocksdb::Iterator> it(kv_.db().NewIterator({}, kv_.cf(Cf::LABELS)));
  std::string prefix = keys::labelKey(index.label, 0).substr(0, 4);
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    NodeId node = codec::getU64(it->key().data() + 4);
    std::string record;
    if (!kv_.get(Cf::NODES, keys::u64Key(node), &record)) continue;
    codec::Reader r(record);
    auto labels = r.labels();
    auto props = r.properties();
    for (auto& entry : indexEntriesOf(node, labels, props, one)) {
      auto valuePrefix = entry.key.substr(0, entry.key.size() - INDEX_NODE_SUFFIX);
      if (index.unique && !seen.emplace(valuePrefix, node).second) {
        throw uniqueViolation(catalog_, seen[valuePrefix], index.label, index.key, *entry.value);
      }
      batch.Put(kv_.cf(Cf::INDEX), entry.key, "");
    }
  }
  kv::check(it->status(), "index build failed");
  catalog_.putIndexDef(batch, index);
  kv_.write(batch);
  auto all = catalog_.indexes();
  all.push_back(index);
  catalog_.setIndexes(std::move(all));
}

void GraphStoreImpl::dropIndex(const std::string& name) {
  auto index = catalog_.findIndexByName(name);
  if (!index) {
    throw StorageError(StorageErrorKind::NOT_FOUND, "no index named `" + name + "`");
  }
  WriterSlot slot(*this);
  rocksdb::WriteBatch batch;
  std::string prefix = keys::indexPrefix(index->label, index->key);
  batch.DeleteRange(kv_.cf(Cf::INDEX), prefix, keys::prefixEnd(prefix));
  catalog_.deleteIndexDef(batch, name);
  kv_.write(batch);
  auto all = catalog_.indexes();
  std::erase_if(all, [&](const IndexInfo& i) { return i.name == name; });
  catalog_.setIndexes(std::move(all));
}

}  // namespace rollcall::storage
