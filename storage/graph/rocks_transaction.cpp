#include "storage/graph/rocks_transaction.h"

#include <algorithm>

#include "storage/codec/property_codec.h"

namespace rollcall::storage {

using kv::Cf;

RocksTransaction::RocksTransaction(GraphStoreImpl& store)
    : store_(store),
      kv_(store.kv()),
      batch_(rocksdb::BytewiseComparator(), 0, /*overwrite_key=*/true) {
  pending_[size_t(Cf::NODES)] = &nodes_;
  pending_[size_t(Cf::LABELS)] = &labels_;
  pending_[size_t(Cf::RELS)] = &rels_;
  pending_[size_t(Cf::ADJ)] = &adjChunks_;
  pending_[size_t(Cf::REL_TYPES)] = &typeChunks_;
  pending_[size_t(Cf::DEGREE)] = &degrees_;
}

RocksTransaction::~RocksTransaction() {
  if (!finished_) rollback();
}

bool RocksTransaction::get(Cf cf, const std::string& key, std::string* value) {
  if (PendingWrites* family = pending_[size_t(cf)]) {
    PendingRead held = family->read(key, value);
    if (held != PendingRead::ABSENT) return held == PendingRead::VALUE;
  }
  return getStored(cf, key, value);
}

// A family this transaction has not written needs no batch lookup.
bool RocksTransaction::getStored(Cf cf, const std::string& key, std::string* value) {
  if (cfVersions_[size_t(cf)] == 0) return forwardReader(cf).get(key, value);
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
  if (!committing_ && holdRecord(cf, key, &value)) {
    ++version_;
    return;
  }
  if (cf == Cf::INDEX) noteIndexPut(key);
  writeThrough(cf, key, value);
}

void RocksTransaction::del(Cf cf, const std::string& key) {
  if (!committing_ && holdRecord(cf, key, nullptr)) {
    ++version_;
    return;
  }
  if (cf == Cf::INDEX) noteIndexDel(key);
  deleteThrough(cf, key);
}

// Relationship records arrive in id order (ids only grow); a rewrite or delete of one held or
// below the last held id moves the held ones to the batch first.
bool RocksTransaction::holdRecord(Cf cf, const std::string& key, const std::string* value) {
  switch (cf) {
    case Cf::NODES:
      if (value) {
        nodes_.write(key) = *value;
      } else {
        nodes_.remove(key);
      }
      return true;
    case Cf::LABELS:
      labels_.append(key, value);
      return true;
    case Cf::RELS:
      if (!rels_.append(key, value)) {
        flushPending(Cf::RELS);
        rels_.append(key, value);
      }
      return true;
    default:
      return false;
  }
}

// While committing nothing reads the batch again: writes go into the plain write batch,
// without the cost of indexing them.
void RocksTransaction::writeThrough(Cf cf, const rocksdb::Slice& key, const rocksdb::Slice& value) {
  if (committing_) {
    kv::check(batch_.GetWriteBatch()->Put(kv_.cf(cf), key, value), "write failed");
    return;
  }
  kv::check(batch_.Put(kv_.cf(cf), key, value), "write failed");
  ++version_;
  ++cfVersions_[size_t(cf)];
}

void RocksTransaction::flushPending(Cf cf) {
  PendingWrites* family = pending_[size_t(cf)];
  if (!family) return;
  BatchSink sink(*this, cf);
  family->flush(sink);
}

void RocksTransaction::deleteThrough(Cf cf, const rocksdb::Slice& key) {
  if (committing_) {
    kv::check(batch_.GetWriteBatch()->Delete(kv_.cf(cf), key), "write failed");
    return;
  }
  kv::check(batch_.Delete(kv_.cf(cf), key), "write failed");
  ++version_;
  ++cfVersions_[size_t(cf)];
}

std::unique_ptr<rocksdb::Iterator> RocksTransaction::newIterator(Cf cf, bool fillCache) {
  rocksdb::ReadOptions options;
  options.fill_cache = fillCache;
  rocksdb::Iterator* base = kv_.db().NewIterator(options, kv_.cf(cf));
  if (cfVersions_[size_t(cf)] == 0) return std::unique_ptr<rocksdb::Iterator>(base);
  return std::unique_ptr<rocksdb::Iterator>(batch_.NewIteratorWithBase(kv_.cf(cf), base));
}

// Creating a RocksDB iterator costs more than a seek: one is kept per column family and
// re-created only when this transaction has written to that family since.
rocksdb::Iterator& RocksTransaction::seekIterator(Cf cf) {
  auto& it = seekIterators_[size_t(cf)];
  if (!it || seekVersions_[size_t(cf)] != cfVersions_[size_t(cf)]) {
    it = newIterator(cf);
    seekVersions_[size_t(cf)] = cfVersions_[size_t(cf)];
  }
  return *it;
}

rocksdb::Iterator& RocksTransaction::committedIterator(Cf cf) {
  auto& it = committedIterators_[size_t(cf)];
  if (!it) it.reset(kv_.db().NewIterator(rocksdb::ReadOptions(), kv_.cf(cf)));
  return *it;
}

// Iterators pin column families: none may outlive the transaction's work.
void RocksTransaction::releaseIterators() {
  for (auto& it : seekIterators_) it.reset();
  for (auto& it : committedIterators_) it.reset();
  for (auto& reader : forwardReaders_) {
    if (reader) reader->reset();
  }
}

ForwardReader& RocksTransaction::forwardReader(Cf cf) {
  auto& reader = forwardReaders_[size_t(cf)];
  if (!reader) reader = std::make_unique<ForwardReader>(kv_, cf);
  return *reader;
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
  codec::RelRecordHeader header = codec::decodeRelHeader(value);
  return RelState{header.type, header.start, header.end,
                  codec::Reader(codec::relRecordProperties(value)).properties()};
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
