#pragma once
// A Transaction buffering its writes in a WriteBatchWithIndex over the DB: reads merge the batch
// with the committed state, commit() writes the batch atomically with sync. Only .cpp files
// include this header.
#include <rocksdb/utilities/write_batch_with_index.h>

#include <array>
#include <unordered_map>

#include "storage/graph/graph_store_impl.h"
#include "storage/graph/index_entries.h"
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
  std::unique_ptr<RelCursor> scanAllRels() override;
  std::unique_ptr<RelCursor> scanRelType(RelTypeId type) override;

  void neighbours(NodeId node, RelTypeId type, Direction dir, std::vector<Edge>& out) override;
  void neighboursAllTypes(NodeId node, Direction dir, std::vector<Edge>& out) override;
  uint64_t degree(NodeId node, RelTypeId type, Direction dir) override;
  uint64_t degreeAllTypes(NodeId node, Direction dir) override;
  std::vector<NodeId> indexSeek(LabelId label, PropKeyId key, const PropertyValue& value) override;

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

  void commit() override;
  void rollback() override;

  // ---- for cursors and helpers ----
  // Bumped by every write: iterators over the batch must be re-created after it changes.
  uint64_t version() const { return version_; }
  // Writes the pending chunk appends of `cf` into the batch; call before reading `cf`.
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
  rocksdb::Iterator& seekIterator(kv::Cf cf);
  void releaseIterators();

  std::optional<NodeState> loadNode(NodeId id);
  NodeState requireNode(NodeId id);
  std::optional<RelState> loadRel(RelId id);
  RelState requireRel(RelId id);
  void storeNode(NodeId id, const NodeState* before, const NodeState& after);
  void storeRel(RelId id, const RelState& rel);

  std::vector<std::string> indexEntries(NodeId id, const NodeState& state);
  void checkUnique(NodeId id, const IndexEntry& entry);
  void updateIndexes(NodeId id, const NodeState* before, const NodeState& after);

  void adjAppend(NodeId node, Direction dir, RelTypeId type, RelId rel, NodeId other);
  void adjRemove(NodeId node, Direction dir, RelTypeId type, RelId rel);
  void putDegree(const std::string& key, uint64_t count, RelId lastChunk);
  struct PendingChunk {
    std::string key;  // empty: the list has no chunk yet
    std::string value;
    bool dirty = false;
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
  uint64_t version_ = 0;
  bool writing_ = false;
  bool finished_ = false;
  // Reused DB iterators for point seeks while the batch is empty (read-only transactions).
  std::array<std::unique_ptr<rocksdb::Iterator>, kv::CF_COUNT> seekIterators_;
  std::unique_ptr<rocksdb::Iterator> batchIterator_;
  // The last chunk of each packed list this transaction appended to, keyed by family byte and
  // list prefix. Appends accumulate here and reach the batch once, before the family is read
  // and at commit: rewriting a chunk per append would put every version of it in the batch
  // and the WAL. While a transaction holds the write slot only its own appends change a list's
  // last chunk, so only the first append to a list reads it.
  std::unordered_map<std::string, PendingChunk> lastChunks_;
  std::array<std::vector<std::string>, kv::CF_COUNT> dirtyChunks_;
};

}  // namespace rollcall::storage
