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
  // Writes what this transaction keeps pending for `cf` into the batch: chunk appends, new
  // relationship records (RELS), node records (NODES), label entries (LABELS). Call before
  // reading `cf` through an iterator.
  void flushChunks(kv::Cf cf);
  // Full scans pass fillCache=false so they do not evict the blocks of point lookups.
  std::unique_ptr<rocksdb::Iterator> newIterator(kv::Cf cf, bool fillCache = true);

 private:
  struct RelState {
    RelTypeId type;
    NodeId start;
    NodeId end;
    Properties properties;
  };

  bool get(kv::Cf cf, const std::string& key, std::string* value);
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
  // Records of relationships created by this transaction and not touched since, in id order.
  // They reach the batch at commit, or before anything else writes or scans the rels family.
  void addNewRel(RelId id, const RelState& rel);
  bool findNewRel(RelId id, std::string* value) const;
  void flushNewRels();
  void flushPendingNodes();
  void flushPendingLabelEntries();
  // del() without keeping anything pending.
  void deleteThrough(kv::Cf cf, const std::string& key);
  void checkOpen() const;
  void writeCommitBatch();
  void trimRememberedState();
  void sealCommittedChunks();
  // put() without keeping anything pending.
  void writeThrough(kv::Cf cf, const rocksdb::Slice& key, const std::string& value);

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
  // A list's degree key value: count and the key suffix (first rel) of its last chunk.
  struct DegreeState {
    uint64_t count = 0;
    RelId lastChunk = 0;
    bool dirty = false;
  };
  // The degree of a list as this transaction sees it; count 0 when absent.
  DegreeState degreeState(const std::string& key);
  void setDegree(const std::string& key, uint64_t count, RelId lastChunk);
  void flushDegrees();
  struct PendingChunk {
    std::string key;  // empty: the list has no chunk yet
    std::string value;
    bool dirty = false;
    // Committed and large: the next append starts a new chunk; `value` is not kept.
    bool sealed = false;
  };
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
  // See addNewRel: ids ascending, each record running to the next one's offset.
  std::vector<std::pair<RelId, size_t>> newRels_;
  std::string newRelBytes_;
  // Node records written by this transaction, by node key. A LOAD CSV that MERGEs a node and
  // SETs four properties rewrites its record five times; each write into the indexed batch
  // costs a skip-list insertion and each read a batch lookup, while here both are one probe.
  // They reach the batch at commit, or before the nodes family is scanned or deleted from.
  ShortKeyMap<std::string> pendingNodes_;
  // Label entry writes (key, put or delete) in order, until commit or a scan of the family.
  std::vector<std::pair<std::string, bool>> pendingLabelEntries_;
  std::array<std::unique_ptr<ForwardReader>, kv::CF_COUNT> forwardReaders_;
  // The last chunk of each packed list this transaction appended to, keyed by family byte and
  // list prefix. Appends accumulate here and reach the batch once, before the family is read
  // and at commit: rewriting a chunk per append would put every version of it in the batch
  // and the WAL. While a transaction holds the write slot only its own appends change a list's
  // last chunk, so only the first append to a list reads it.
  ShortKeyMap<PendingChunk> lastChunks_;
  std::array<std::vector<std::string>, kv::CF_COUNT> dirtyChunks_;
  // The degree of every list this transaction appended to or removed from, written to the
  // batch at commit (or before a scan of the degree family): a degree changes per
  // relationship, and re-reading it through the batch costs a batch lookup each time.
  ShortKeyMap<DegreeState> degrees_;
  std::vector<std::string> dirtyDegrees_;
  // See touched(). UINT64_MAX: none yet.
  std::unordered_set<uint64_t> touchedChunks_;
  uint64_t lastTouched_ = UINT64_MAX;
};

}  // namespace rollcall::storage
