#pragma once
// A transaction over the graph. All writes of a transaction land together at commit() or not at
// all; reads inside it see its own writes; commit() is durable (WAL) when it returns. A
// transaction destroyed without commit() is rolled back. One write transaction at a time per
// GraphStore.
#include <memory>
#include <optional>
#include <vector>

#include "storage/columns/column_chunk.h"
#include "storage/common/property_value.h"
#include "storage/common/types.h"
#include "storage/graph/cursors.h"
#include "storage/graph/records.h"

namespace rollcall::storage {

class Transaction {
 public:
  virtual ~Transaction() = default;

  // ---- reads (see this transaction's own writes) ----
  virtual bool nodeExists(NodeId id) = 0;
  virtual bool relExists(RelId id) = 0;
  virtual std::optional<NodeRecord> getNode(NodeId id) = 0;
  virtual std::optional<RelRecord> getRel(RelId id) = 0;
  virtual std::vector<LabelId> nodeLabels(NodeId id) = 0;
  virtual bool hasLabel(NodeId id, LabelId label) = 0;
  // Null when the property is absent or the node does not exist.
  virtual PropertyValue nodeProperty(NodeId id, PropKeyId key) = 0;
  virtual Properties nodeProperties(NodeId id) = 0;
  virtual PropertyValue relProperty(RelId id, PropKeyId key) = 0;
  virtual Properties relProperties(RelId id) = 0;

  // Scans in id order.
  virtual std::unique_ptr<NodeCursor> scanAllNodes() = 0;
  virtual std::unique_ptr<NodeCursor> scanLabel(LabelId label) = 0;
  // Node records in id order, decoded from the scan itself: one pass over the records instead of
  // a scan and a read per node, for readers of whole nodes (the SQL exporter). With `label`, only
  // the nodes that have it (the scan still steps over the others: worth it when the label holds
  // a good share of the nodes; otherwise scanLabel and getNode read less).
  virtual std::unique_ptr<NodeRecordCursor> scanNodeRecords(
      std::optional<LabelId> label = std::nullopt) = 0;
  virtual std::unique_ptr<RelCursor> scanAllRels() = 0;
  virtual std::unique_ptr<RelCursor> scanRelType(RelTypeId type) = 0;

  // Adjacency. `out` is cleared first. Relationships of one type and direction come from one
  // neighbour list; a self-loop appears in both directions.
  virtual void neighbours(NodeId node, RelTypeId type, Direction dir, std::vector<Edge>& out) = 0;
  virtual void neighboursAllTypes(NodeId node, Direction dir, std::vector<Edge>& out) = 0;
  virtual uint64_t degree(NodeId node, RelTypeId type, Direction dir) = 0;
  virtual uint64_t degreeAllTypes(NodeId node, Direction dir) = 0;

  // Point lookup in the index on (label, key); requires that index to exist. Numbers match by
  // value: 1 finds the nodes holding 1 and 1.0.
  virtual std::vector<NodeId> indexSeek(LabelId label, PropKeyId key,
                                        const PropertyValue& value) = 0;

  // ---- columns (storage/columns/column_chunk.h) ----
  // Chunk `chunk` of node ids, [chunk * COLUMN_CHUNK_SIZE, (chunk + 1) * COLUMN_CHUNK_SIZE), as
  // columns, as this transaction sees it (its own writes included). Scans that test a label or
  // compare a property over many nodes read these instead of a record per node. The defaults
  // build them from the point reads above; RocksTransaction serves the committed chunks from the
  // store's column cache.
  virtual std::shared_ptr<const LabelChunk> labelColumn(LabelId label, uint64_t chunk);
  virtual std::shared_ptr<const PropertyChunk> propertyColumn(PropKeyId key, uint64_t chunk);
  virtual std::shared_ptr<const DegreeChunk> degreeColumn(RelTypeId type, Direction dir,
                                                          uint64_t chunk);
  // One past the highest node id in use (or once allocated): the chunks below
  // columnChunkOf(nodeIdEnd() - 1) + 1 hold every node.
  virtual NodeId nodeIdEnd();

  // ---- writes ----
  virtual NodeId createNode(const std::vector<LabelId>& labels, Properties properties) = 0;
  virtual RelId createRel(RelTypeId type, NodeId start, NodeId end, Properties properties) = 0;
  // A null value removes the property.
  virtual void setNodeProperty(NodeId id, PropKeyId key, const PropertyValue& value) = 0;
  virtual void setNodeProperties(NodeId id, Properties properties) = 0;  // replaces all
  virtual bool addLabel(NodeId id, LabelId label) = 0;                   // false if already there
  virtual bool removeLabel(NodeId id, LabelId label) = 0;                // false if absent
  // Throws StorageError(STILL_CONNECTED) if the node has relationships.
  virtual void deleteNode(NodeId id) = 0;
  virtual void deleteRel(RelId id) = 0;
  virtual void setRelProperty(RelId id, PropKeyId key, const PropertyValue& value) = 0;
  virtual void setRelProperties(RelId id, Properties properties) = 0;

  // Whether this transaction has written anything (even if committed since by
  // commitAndContinue): until then it sees exactly the committed graph, which the store's
  // statistics describe. The default answers true, which is always safe.
  virtual bool hasWrites() { return true; }

  // About how many bytes of memory the uncommitted writes hold (the batch, its index and the
  // buffers kept until commit): what a statement memory limit counts for a big transaction.
  // Cheap enough to ask every few thousand writes.
  virtual uint64_t pendingWriteBytes() = 0;

  virtual void commit() = 0;
  // Commits everything so far, durably, and stays open for more work: CALL { } IN
  // TRANSACTIONS commits every n rows this way. A write transaction keeps the write slot, so
  // what it has learnt of the graph (degrees, last chunks, index lookups) stays true and is
  // reused instead of read again; that memory is bounded. A later rollback discards only the
  // work after the last commit.
  virtual void commitAndContinue() = 0;
  virtual void rollback() = 0;
};

}  // namespace rollcall::storage
