#include "storage/graph/rocks_transaction.h"

#include "storage/codec/property_codec.h"

namespace rollcall::storage {

using kv::Cf;

RocksTransaction::RocksTransaction(GraphStoreImpl& store)
    : store_(store),
      kv_(store.kv()),
      batch_(rocksdb::BytewiseComparator(), 0, /*overwrite_key=*/true) {}

RocksTransaction::~RocksTransaction() {
  if (!finished_) rollback();
}

bool RocksTransaction::get(Cf cf, const std::string& key, std::string* value) {
  if (batch_.GetWriteBatch()->Count() == 0) return kv_.get(cf, key, value);
  auto s = batch_.GetFromBatchAndDB(&kv_.db(), rocksdb::ReadOptions(), kv_.cf(cf), key, value);
  if (s.IsNotFound()) return false;
  kv::check(s, "read failed");
  return true;
}

void RocksTransaction::beginWrite() {
  if (finished_) {
    throw StorageError(StorageErrorKind::INVALID_ARGUMENT, "transaction is already finished");
  }
  if (!writing_) {
    store_.acquireWriter(this);
    writing_ = true;
    // Cached iterators may predate another transaction's commit; from now on nobody else
    // writes, so fresh ones see the state this transaction builds on.
    releaseIterators();
  }
}

void RocksTransaction::put(Cf cf, const std::string& key, const std::string& value) {
  kv::check(batch_.Put(kv_.cf(cf), key, value), "write failed");
  ++version_;
}

void RocksTransaction::del(Cf cf, const std::string& key) {
  kv::check(batch_.Delete(kv_.cf(cf), key), "write failed");
  ++version_;
}

std::unique_ptr<rocksdb::Iterator> RocksTransaction::newIterator(Cf cf, bool fillCache) {
  rocksdb::ReadOptions options;
  options.fill_cache = fillCache;
  rocksdb::Iterator* base = kv_.db().NewIterator(options, kv_.cf(cf));
  if (batch_.GetWriteBatch()->Count() == 0) return std::unique_ptr<rocksdb::Iterator>(base);
  return std::unique_ptr<rocksdb::Iterator>(batch_.NewIteratorWithBase(kv_.cf(cf), base));
}

// Creating a RocksDB iterator costs more than a seek, so read-only transactions keep one per
// column family for point lookups (index seeks, neighbour lists).
rocksdb::Iterator& RocksTransaction::seekIterator(Cf cf) {
  if (batch_.GetWriteBatch()->Count() != 0) {
    batchIterator_ = newIterator(cf);
    return *batchIterator_;
  }
  auto& it = seekIterators_[size_t(cf)];
  if (!it) it.reset(kv_.db().NewIterator(rocksdb::ReadOptions(), kv_.cf(cf)));
  return *it;
}

void RocksTransaction::commit() {
  if (finished_) {
    throw StorageError(StorageErrorKind::INVALID_ARGUMENT, "transaction is already finished");
  }
  flushChunks(Cf::ADJ);
  flushChunks(Cf::REL_TYPES);
  if (writing_ && batch_.GetWriteBatch()->Count() > 0) {
    store_.finishBatch(batch_, deltas_);
    kv_.write(*batch_.GetWriteBatch());
  }
  finished_ = true;
  releaseIterators();
  if (writing_) store_.releaseWriter(this);
}

// Iterators pin column families: none may outlive the transaction's work.
void RocksTransaction::releaseIterators() {
  batchIterator_.reset();
  for (auto& it : seekIterators_) it.reset();
}

void RocksTransaction::rollback() {
  releaseIterators();
  lastChunks_.clear();
  for (auto& dirty : dirtyChunks_) dirty.clear();
  batch_.Clear();
  deltas_.clear();
  finished_ = true;
  if (writing_) store_.releaseWriter(this);
}

std::optional<NodeState> RocksTransaction::loadNode(NodeId id) {
  std::string value;
  if (!get(Cf::NODES, keys::u64Key(id), &value)) return std::nullopt;
  codec::Reader r(value);
  NodeState state;
  state.labels = r.labels();
  state.properties = r.properties();
  return state;
}

NodeState RocksTransaction::requireNode(NodeId id) {
  auto state = loadNode(id);
  if (!state) {
    throw StorageError(StorageErrorKind::NOT_FOUND, "node " + std::to_string(id) + " not found");
  }
  return std::move(*state);
}

// Rel record: type(4) start(8) end(8) then the properties.
std::optional<RocksTransaction::RelState> RocksTransaction::loadRel(RelId id) {
  std::string value;
  if (!get(Cf::RELS, keys::u64Key(id), &value)) return std::nullopt;
  codec::Reader r(std::string_view(value).substr(codec::REL_RECORD_HEADER));
  return RelState{codec::getU32(value, 0), codec::getU64(value, 4), codec::getU64(value, 12),
                  r.properties()};
}

RocksTransaction::RelState RocksTransaction::requireRel(RelId id) {
  auto state = loadRel(id);
  if (!state) {
    throw StorageError(StorageErrorKind::NOT_FOUND,
                       "relationship " + std::to_string(id) + " not found");
  }
  return std::move(*state);
}

void RocksTransaction::storeRel(RelId id, const RelState& rel) {
  std::string value;
  codec::encodeRelRecord(value, rel.type, rel.start, rel.end, rel.properties);
  put(Cf::RELS, keys::u64Key(id), value);
}

}  // namespace rollcall::storage
