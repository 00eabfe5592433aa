#pragma once
// The RocksDB GraphStore. Only .cpp files include this header.
#include <rocksdb/write_batch.h>

#include <atomic>
#include <map>
#include <mutex>
#include <unordered_map>

#include "storage/catalog/rocks_catalog.h"
#include "storage/columns/column_cache.h"
#include "storage/codec/keys.h"
#include "storage/graph/graph_store.h"
#include "storage/graph/stats_delta.h"
#include "storage/kv/kv_store.h"

namespace rollcall::storage {

// Count changes of one transaction or bulk load, keyed by count key.
using CountDeltas = std::map<std::string, int64_t>;

class GraphStoreImpl final : public GraphStore {
 public:
  GraphStoreImpl(const std::string& dir, const OpenOptions& options);

  const std::string& path() const override { return kv_.dir(); }
  Catalog& catalog() override { return catalog_; }
  std::unique_ptr<Transaction> begin() override;
  uint64_t nodeCount() override { return readCount(keys::countKey(keys::CountKind::NODES)); }
  uint64_t relCount() override { return readCount(keys::countKey(keys::CountKind::RELS)); }
  uint64_t labelCount(LabelId label) override;
  uint64_t relTypeCount(RelTypeId type) override;
  PropertyStats propertyStats(LabelId label, PropKeyId key) override;
  DegreeStats degreeStats(LabelId label, RelTypeId type, Direction dir) override;
  std::optional<uint64_t> relPropertyCount(RelTypeId type, PropKeyId key) override;
  bool indexSeeksAvailable() override { return kv_.formatVersion() >= 4; }
  void createIndex(const IndexInfo& index) override;
  void dropIndex(const std::string& name) override;
  void verifyChecksums() override;
  std::unique_ptr<BulkWriter> bulkWriter() override;

  kv::KvStore& kv() { return kv_; }
  RocksCatalog& rocksCatalog() { return catalog_; }
  ColumnCache& columns() { return columns_; }

  NodeId allocateNodeId() { return nextNode_++; }
  RelId allocateRelId() { return nextRel_++; }
  NodeId nextNodeId() const { return nextNode_; }
  RelId nextRelId() const { return nextRel_; }

  // The single write slot: held by one transaction (from its first write) or bulk writer.
  // Throws INVALID_ARGUMENT when another owner holds it, rather than deadlocking the engine's
  // single thread.
  void acquireWriter(const void* owner);
  void releaseWriter(const void* owner);

  uint64_t readCount(const std::string& key);
  // Adds the deltas, statistics and id counters to `batch`; the caller holds the write slot.
  void finishBatch(rocksdb::WriteBatchBase& batch, const CountDeltas& deltas,
                   const StatsDelta& stats);
  // Drops the cached statistics; called after every commit and bulk ingestion.
  void statsChanged();

 private:
  uint64_t readMeta(const std::string& key);
  // Brings a database of an older format to this one (stats_rebuild.cpp).
  void migrate();
  void rebuildStatistics(rocksdb::WriteBatch& batch);
  void countRelProperties(rocksdb::WriteBatch& batch);
  void rebuildIndexes(rocksdb::WriteBatch& batch);

  kv::KvStore kv_;
  RocksCatalog catalog_;
  ColumnCache columns_;
  std::atomic<uint64_t> nextNode_;
  std::atomic<uint64_t> nextRel_;
  std::mutex writerMutex_;
  const void* writer_ = nullptr;
  // Statistics answers by meta key, until the next write: the planner asks for the same ones
  // for every query, and decoding a sketch reads 4 KiB.
  std::mutex statsMutex_;
  std::unordered_map<std::string, PropertyStats> propertyStatsCache_;
  std::unordered_map<std::string, DegreeStats> degreeStatsCache_;
};

}  // namespace rollcall::storage
