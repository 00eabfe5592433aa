#pragma once
// A Transaction buffering its writes in a WriteBatchWithIndex over the DB: reads merge the batch
// with the committed state, commit() writes the batch atomically with sync. Only .cpp files
// include this header.
#include <rocksdb/utilities/write_batch_with_index.h>

#include <array>
#include <deque>
#include <map>
#include <span>
#include <unordered_map>
#include <unordered_set>

#include "storage/common/id_map.h"
#include "storage/common/short_key_map.h"
#include "storage/graph/forward_reader.h"
#include "storage/graph/graph_store_impl.h"
#include "storage/graph/index_entries.h"
#include "storage/graph/pending_family.h"
#include "storage/graph/pending_lists.h"
#include "storage/graph/stats_delta.h"
#include "storage/graph/transaction.h"

namespace rollcall::storage {

// Decoded node record.
struct NodeState {
  std::vector<LabelId> labels;  // sorted, unique
  Properties properties;        // normalised
};

class RocksTransaction final : public Transaction {
 public:
  explicit RocksTransaction(GraphStoreImpl& store);
  ~RocksTransaction() override;

  bool nodeExists(NodeId id) override;
  bool relExists(RelId id) override;
  std::optional<NodeRecord> getNode(NodeId id) override;
  std::optional<RelRecord> getRel(RelId id) override;
  std::vector<LabelId> nodeLabels(NodeId id) override;
  bool hasLabel(NodeId id, LabelId label) override;
  PropertyValue nodeProperty(NodeId id, PropKeyId key) override;
  Properties nodeProperties(NodeId id) override;
  PropertyValue relProperty(RelId id, PropKeyId key) override;
  Properties relProperties(RelId id) override;

  std::unique_ptr<NodeCursor> scanAllNodes() override;
  std::unique_ptr<NodeCursor> scanLabel(LabelId label) override;
  std::unique_ptr<NodeRecordCursor> scanNodeRecords(std::optional<LabelId> label) override;
  std::unique_ptr<RelCursor> scanAllRels() override;
  std::unique_ptr<RelCursor> scanRelType(RelTypeId type) override;

  void neighbours(NodeId node, RelTypeId type, Direction dir, std::vector<Edge>& out) override;
  void neighboursAllTypes(NodeId node, Direction dir, std::vector<Edge>& out) override;
  uint64_t degree(NodeId node, RelTypeId type, Direction dir) override;
  uint64_t degreeAllTypes(NodeId node, Direction dir) override;
  std::vector<NodeId> indexSeek(LabelId label, PropKeyId key, const PropertyValue& value) override;
  std::shared_ptr<const LabelChunk> labelColumn(LabelId label, uint64_t chunk) override;
  std::shared_ptr<const PropertyChunk> propertyColumn(PropKeyId key, uint64_t chunk) override;
  std::shared_ptr<const DegreeChunk> degreeColumn(RelTypeId type, Direction dir,
                                                  uint64_t chunk) override;
  NodeId nodeIdEnd() override;

  NodeId createNode(const std::vector<LabelId>& labels, Properties properties) override;
  RelId createRel(RelTypeId type, NodeId start, NodeId end, Properties properties) override;
  void setNodeProperty(NodeId id, PropKeyId key, const PropertyValue& value) override;
  void setNodeProperties(NodeId id, Properties properties) override;
  bool addLabel(NodeId id, LabelId label) override;
  bool removeLabel(NodeId id, LabelId label) override;
  void deleteNode(NodeId id) override;
  void deleteRel(RelId id) override;
  void setRelProperty(RelId id, PropKeyId key, const PropertyValue& value) override;
  void setRelProperties(RelId id, Properties properties) override;

  bool hasWrites() override { return writing_; }
  uint64_t pendingWriteBytes() override;
  void commit() override;
  void commitAndContinue() override;
  void rollback() override;

  // ---- for cursors and helpers ----
  // Bumped by every write: iterators over the batch must be re-created after it changes.
  uint64_t version() const { return version_; }
  // Writes what this transaction holds back for `cf` (see pending_) into the batch. Call before
  // reading `cf` through an iterator.
  void flushPending(kv::Cf cf);
  // Full scans pass fillCache=false so they do not evict the blocks of point lookups.
  std::unique_ptr<rocksdb::Iterator> newIterator(kv::Cf cf, bool fillCache = true);

 private:
  struct RelState {
    RelTypeId type;
    NodeId start;
    NodeId end;
    Properties properties;
  };

  // Reads this transaction's pending writes of `cf` first, then getStored().
  bool get(kv::Cf cf, const std::string& key, std::string* value);
  // The batch merged over the committed state (the committed state alone while `cf` has not
  // been written).
  bool getStored(kv::Cf cf, const std::string& key, std::string* value);
  void put(kv::Cf cf, const std::string& key, const std::string& value);
  void del(kv::Cf cf, const std::string& key);
  void beginWrite();
  // An iterator over `cf` (the batch merged over the committed state once `cf` has been
  // written), for seeks other than prefix scans; reused while `cf` is unchanged.
  rocksdb::Iterator& seekIterator(kv::Cf cf);
  void releaseIterators();
  ForwardReader& forwardReader(kv::Cf cf);
  // Calls visit(key, value) for each entry of `cf` under `prefix`, merging this transaction's
  // writes; reads of committed data step forward through ForwardReader. A family this
  // transaction has not written is read without looking at the batch.
  template <typename Visit>
  void scanPrefix(kv::Cf cf, const std::string& prefix, Visit&& visit) {
    scanMerged(cf, prefix, visit,
               [&](auto&& committed) { forwardReader(cf).scanPrefix(prefix, committed); });
  }
  // The same for lookups that jump around the key space (index seeks of a LOAD CSV): a plain
  // seek on a reused iterator, without ForwardReader's forward steps.
  template <typename Visit>
  void seekPrefix(kv::Cf cf, const std::string& prefix, Visit&& visit) {
    scanMerged(cf, prefix, visit, [&](auto&& committed) {
      rocksdb::Iterator& it = committedIterator(cf);
      for (it.Seek(prefix); it.Valid() && it.key().starts_with(prefix); it.Next()) {
        committed(it.key(), it.value());
      }
      kv::check(it.status(), "read failed");
    });
  }
  rocksdb::Iterator& committedIterator(kv::Cf cf);
  std::vector<NodeId> lookupIndexPrefix(const std::string& prefix);
  void noteIndexPut(const std::string& key);
  void noteIndexDel(const std::string& key);
  // Runs scanCommitted(visitor) over the committed entries under `prefix`, merging in the
  // batch's entries when this transaction has written `cf`.
  template <typename Visit, typename ScanCommitted>
  void scanMerged(kv::Cf cf, const std::string& prefix, Visit& visit,
                  ScanCommitted&& scanCommitted) {
    if (cfVersions_[size_t(cf)] == 0) return scanCommitted(visit);
    std::unique_ptr<rocksdb::WBWIIterator> delta(batch_.NewIterator(kv_.cf(cf)));
    delta->Seek(prefix);
    scanCommitted([&](const rocksdb::Slice& key, const rocksdb::Slice& value) {
      if (!visitDelta(*delta, prefix, &key, visit)) visit(key, value);
    });
    visitDelta(*delta, prefix, nullptr, visit);
  }
  // Visits the batch's entries under `prefix` below `until` (all when null), then consumes an
  // entry equal to `until`: true when there was one (it replaces or deletes the committed one).
  template <typename Visit>
  static bool visitDelta(rocksdb::WBWIIterator& delta, const std::string& prefix,
                         const rocksdb::Slice* until, Visit& visit) {
    for (; delta.Valid(); delta.Next()) {
      rocksdb::WriteEntry e = delta.Entry();
      if (!e.key.starts_with(prefix)) break;
      int order = until ? e.key.compare(*until) : -1;
      if (order > 0) break;
      if (e.type == rocksdb::kPutRecord) visit(e.key, e.value);
      if (order == 0) {
        delta.Next();
        return true;
      }
    }
    kv::check(delta.status(), "read failed");
    return false;
  }

  std::optional<NodeState> loadNode(NodeId id);
  NodeState requireNode(NodeId id);
  std::optional<RelState> loadRel(RelId id);
  RelState requireRel(RelId id);
  void storeNode(NodeId id, const NodeState* before, const NodeState& after);
  void storeRel(RelId id, const RelState& rel);
  void countRelProperties(RelTypeId type, const Properties& before, const Properties& after);
  // Holds a put (`value`) or a delete (null) in the pending family of records of `cf` (nodes,
  // relationships, label entries); false for the families written straight to the batch.
  bool holdRecord(kv::Cf cf, const std::string& key, const std::string* value);
  // del() without keeping anything pending.
  void deleteThrough(kv::Cf cf, const rocksdb::Slice& key);
  void checkOpen() const;
  void writeCommitBatch();
  // put() without keeping anything pending.
  void writeThrough(kv::Cf cf, const rocksdb::Slice& key, const rocksdb::Slice& value);
  // Flushed pending writes of one family reach the batch through this.
  class BatchSink final : public PendingSink {
   public:
    BatchSink(RocksTransaction& txn, kv::Cf cf) : txn_(txn), cf_(cf) {}
    void put(std::string_view key, std::string_view value) override {
      txn_.writeThrough(cf_, {key.data(), key.size()}, {value.data(), value.size()});
    }
    void del(std::string_view key) override { txn_.deleteThrough(cf_, {key.data(), key.size()}); }

   private:
    RocksTransaction& txn_;
    kv::Cf cf_;
  };

  // ---- columns (txn_columns.cpp) ----
  // Whether this transaction wrote a node, or a degree of a node, of the column chunk: its
  // committed chunk in the store's column cache is then not what this transaction sees.
  bool touched(uint64_t chunk) const {
    return chunk == lastTouched_ || touchedChunks_.count(chunk) > 0;
  }
  void touch(NodeId node) {
    uint64_t chunk = columnChunkOf(node);
    if (chunk == lastTouched_) return;
    touchedChunks_.insert(chunk);
    lastTouched_ = chunk;
  }
  // scanLabel over the label family (merged with this transaction's writes).
  std::unique_ptr<NodeCursor> scanLabelEntries(LabelId label);
  // After a commit: drops the cached chunks this transaction wrote to.
  void invalidateTouchedColumns();
  void stampTouchedColumns();  // txn_columns.cpp

  // ---- statistics (txn_stats.cpp) ----
  // Labels of a node by id, remembered for the nodes this transaction has seen. Throws
  // NOT_FOUND when the node does not exist. The span stays valid (labelSets_ is a deque).
  std::span<const LabelId> labelsOf(NodeId id);
  void rememberLabels(NodeId id, const std::vector<LabelId>& labels);
  void noteNodeStats(NodeId id, const NodeState* before, const NodeState& after);
  void noteRelStats(RelTypeId type, std::span<const LabelId> labels, Direction dir, int64_t rels,
                    uint64_t degree);
  // Calls visit(type, dir, count) for each non-empty neighbour list of `node`.
  template <typename Visit>
  void forEachDegree(NodeId node, Visit&& visit);

  std::vector<std::string> indexEntries(NodeId id, const NodeState& state);
  void checkUnique(NodeId id, const IndexEntry& entry);
  void updateIndexes(NodeId id, const NodeState* before, const NodeState& after);

  // The node's list from the store's cached adjacency chunk; false when not answered there.
  bool cachedNeighbours(NodeId node, RelTypeId type, Direction dir, std::vector<Edge>& out);
  // Both return the list's new degree.
  uint64_t adjAppend(NodeId node, Direction dir, RelTypeId type, RelId rel, NodeId other);
  uint64_t adjRemove(NodeId node, Direction dir, RelTypeId type, RelId rel);
  // The degree of a list as this transaction sees it; count 0 when absent.
  DegreeState degreeState(const std::string& key);
  void setDegree(const std::string& key, uint64_t count, RelId lastChunk);
  PendingMap<ChunkTraits>& lastChunks(kv::Cf cf) {
    return cf == kv::Cf::ADJ ? adjChunks_ : typeChunks_;
  }
  PendingChunk loadLastChunk(kv::Cf cf, const std::string& prefix);
  PendingChunk& chunkAppend(kv::Cf cf, const std::string& prefix, const std::string& newKey,
                            const std::string& entry);
  void chunkRemove(kv::Cf cf, const std::string& prefix, const std::string& chunkKey, RelId rel,
                   size_t entrySize);

  GraphStoreImpl& store_;
  kv::KvStore& kv_;
  rocksdb::WriteBatchWithIndex batch_;
  CountDeltas deltas_;
  StatsDelta stats_;
  // See labelsOf: each node's label set, as an index into labelSets_ (a graph has a handful of
  // distinct sets, so this is 16 bytes per node). Only nodes known to exist are in it; a delete
  // removes one.
  IdMap<uint32_t> nodeLabels_;
  std::deque<std::vector<LabelId>> labelSets_;
  std::map<std::vector<LabelId>, uint32_t> labelSetIds_;
  uint32_t lastLabelSet_ = UINT32_MAX;
  uint64_t version_ = 0;
  bool writing_ = false;
  bool finished_ = false;
  // Writes per family: a family this transaction has not written is read straight from the
  // DB (bloom-filtered Get, reused iterator) instead of through the batch.
  std::array<uint64_t, kv::CF_COUNT> cfVersions_{};
  // Reused iterators for seeks, and the family version each was created at. While a
  // transaction holds the write slot nobody else changes the DB, so only its own writes make
  // one stale.
  std::array<std::unique_ptr<rocksdb::Iterator>, kv::CF_COUNT> seekIterators_;
  std::array<uint64_t, kv::CF_COUNT> seekVersions_{};
  std::array<std::unique_ptr<rocksdb::Iterator>, kv::CF_COUNT> committedIterators_;
  // Index lookups of a write transaction, by index value prefix: a LOAD CSV looks the same
  // student or session up row after row, and with the write slot held only this transaction's
  // own index writes can change the answer, which put() and del() apply to it (noteIndexPut,
  // noteIndexDel). Values whose prefix is too long for a ShortKeyMap are not remembered.
  ShortKeyMap<std::vector<NodeId>> indexCache_;
  std::string indexPrefix_;  // reused: an index prefix is usually longer than SSO strings
  bool committing_ = false;
  std::array<std::unique_ptr<ForwardReader>, kv::CF_COUNT> forwardReaders_;
  // What this transaction holds back from the batch, one family each (pending_family.h). Node
  // records: a LOAD CSV that MERGEs a node and SETs four properties rewrites its record five
  // times. Relationship records: written once and rarely read in the transaction creating them,
  // in id order. Label entries: read only by label scans. The last chunk of every list appended
  // to (by list prefix) and its degree: a list changes per relationship, and rewriting a chunk
  // per append would put every version of it in the batch and the WAL; both stay remembered
  // after their flush, as only this transaction's writes change them while it holds the write
  // slot.
  PendingMap<RecordTraits> nodes_;
  PendingLog labels_{PendingLog::Order::ANY};
  PendingLog rels_{PendingLog::Order::ASCENDING};
  PendingMap<ChunkTraits> adjChunks_;
  PendingMap<ChunkTraits> typeChunks_;
  PendingMap<DegreeTraits> degrees_;
  // The families above by column family; null where writes go straight to the batch.
  std::array<PendingWrites*, kv::CF_COUNT> pending_{};
  // See touched(). UINT64_MAX: none yet.
  std::unordered_set<uint64_t> touchedChunks_;
  uint64_t lastTouched_ = UINT64_MAX;
};

}  // namespace rollcall::storage
