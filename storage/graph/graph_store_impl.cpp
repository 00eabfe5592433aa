#include "storage/graph/graph_store_impl.h"

#include "storage/graph/rocks_transaction.h"
#include "storage/graph/stats_records.h"

namespace rollcall::storage {

using kv::Cf;

std::unique_ptr<GraphStore> GraphStore::open(const std::string& dir, const OpenOptions& options) {
  return std::make_unique<GraphStoreImpl>(dir, options);
}

GraphStoreImpl::GraphStoreImpl(const std::string& dir, const OpenOptions& options)
    : kv_(dir, options.createIfMissing, options.readOnly),
      catalog_(kv_),
      columns_(kv_, options.columnCacheBytes),
      nextNode_(readMeta(keys::META_NEXT_NODE)),
      nextRel_(readMeta(keys::META_NEXT_REL)) {
  if (kv_.formatVersion() < kv::FORMAT_VERSION && !kv_.readOnly()) migrate();
}

uint64_t GraphStoreImpl::readMeta(const std::string& key) {
  std::string value;
  if (!kv_.get(Cf::META, key, &value)) return 0;
  return codec::getU64(value, 0);
}

std::unique_ptr<Transaction> GraphStoreImpl::begin() {
  return std::make_unique<RocksTransaction>(*this);
}

uint64_t GraphStoreImpl::labelCount(LabelId label) {
  return readCount(keys::countKey(keys::CountKind::LABEL, label));
}

uint64_t GraphStoreImpl::relTypeCount(RelTypeId type) {
  return readCount(keys::countKey(keys::CountKind::REL_TYPE, type));
}

void GraphStoreImpl::verifyChecksums() {
  kv::check(kv_.db().VerifyChecksum(), "checksum verification failed");
}

std::optional<uint64_t> GraphStoreImpl::relPropertyCount(RelTypeId type, PropKeyId key) {
  if (kv_.formatVersion() < 3) return std::nullopt;
  return readCount(keys::relPropertyCountKey(type, key));
}

PropertyStats GraphStoreImpl::propertyStats(LabelId label, PropKeyId key) {
  std::string metaKey = keys::propertyStatsKey(label, key);
  std::lock_guard lock(statsMutex_);
  auto it = propertyStatsCache_.find(metaKey);
  if (it != propertyStatsCache_.end()) return it->second;
  std::string value;
  PropertyStats stats =
      kv_.get(Cf::META, metaKey, &value) ? decodePropertyStats(value) : PropertyStats{};
  propertyStatsCache_.emplace(metaKey, stats);
  return stats;
}

DegreeStats GraphStoreImpl::degreeStats(LabelId label, RelTypeId type, Direction dir) {
  std::string metaKey = keys::degreeStatsKey(label, type, dir);
  std::lock_guard lock(statsMutex_);
  auto it = degreeStatsCache_.find(metaKey);
  if (it != degreeStatsCache_.end()) return it->second;
  std::string value;
  DegreeStats stats = kv_.get(Cf::META, metaKey, &value) ? decodeDegreeStats(value) : DegreeStats{};
  degreeStatsCache_.emplace(metaKey, stats);
  return stats;
}

void GraphStoreImpl::statsChanged() {
  std::lock_guard lock(statsMutex_);
  propertyStatsCache_.clear();
  degreeStatsCache_.clear();
}

uint64_t GraphStoreImpl::readCount(const std::string& key) {
  std::string value;
  if (!kv_.get(Cf::META, key, &value)) return 0;
  return codec::getU64(value, 0);
}

void GraphStoreImpl::acquireWriter(const void* owner) {
  if (kv_.readOnly()) {
    throw StorageError(StorageErrorKind::INVALID_ARGUMENT,
                       "database '" + kv_.dir() + "' is open read-only");
  }
  std::lock_guard lock(writerMutex_);
  if (writer_ && writer_ != owner) {
    throw StorageError(StorageErrorKind::INVALID_ARGUMENT,
                       "another write transaction is in progress on database '" + kv_.dir() + "'");
  }
  writer_ = owner;
}

void GraphStoreImpl::releaseWriter(const void* owner) {
  std::lock_guard lock(writerMutex_);
  if (writer_ == owner) writer_ = nullptr;
}

void GraphStoreImpl::finishBatch(rocksdb::WriteBatchBase& batch, const CountDeltas& deltas,
                                 const StatsDelta& stats) {
  for (const auto& [key, value] : mergedStatsRecords(kv_, stats)) {
    batch.Put(kv_.cf(Cf::META), key, value);
  }
  for (const auto& [key, delta] : deltas) {
    if (delta == 0) continue;
    std::string value;
    codec::putU64(value, uint64_t(int64_t(readCount(key)) + delta));
    batch.Put(kv_.cf(Cf::META), key, value);
  }
  std::string next;
  codec::putU64(next, nextNode_);
  batch.Put(kv_.cf(Cf::META), keys::META_NEXT_NODE, next);
  next.clear();
  codec::putU64(next, nextRel_);
  batch.Put(kv_.cf(Cf::META), keys::META_NEXT_REL, next);
}

}  // namespace rollcall::storage
