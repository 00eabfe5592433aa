// Column reads of a transaction: chunks it has not written come from the store's column cache
// (the committed state is what it sees there); chunks it has written are built from its own
// reads. Label scans of a transaction that has not written read the label's bitmaps.
#include <algorithm>

#include "storage/columns/column_keys.h"
#include "storage/columns/column_store.h"
#include "storage/graph/rocks_transaction.h"

namespace rollcall::storage {

namespace {

// The nodes of a label, from one bitmap chunk at a time. The id range is fixed when the cursor
// opens, so nodes created later (by this transaction) are not returned; chunks not yet reached
// when the transaction writes to them are read as it sees them.
class LabelColumnCursor final : public NodeCursor {
 public:
  LabelColumnCursor(Transaction& txn, LabelId label)
      : txn_(txn),
        label_(label),
        end_(txn.nodeIdEnd()),
        chunks_(columnChunkOf(end_ + COLUMN_CHUNK_SIZE - 1)) {}

  size_t next(NodeId* out, size_t max) override {
    size_t n = 0;
    while (n < max) {
      if (pos_ == ids_.size() && !refill()) break;
      size_t take = std::min(max - n, ids_.size() - pos_);
      std::copy_n(ids_.begin() + long(pos_), take, out + n);
      n += take;
      pos_ += take;
    }
    return n;
  }

 private:
  bool refill() {
    ids_.clear();
    pos_ = 0;
    while (ids_.empty() && chunk_ < chunks_) {
      NodeId first = columnChunkStart(chunk_);
      txn_.labelColumn(label_, chunk_++)->members.forEach([&](size_t slot) {
        if (first + slot < end_) ids_.push_back(first + slot);
      });
    }
    return !ids_.empty();
  }

  Transaction& txn_;
  LabelId label_;
  NodeId end_;  // nodeIdEnd() at open: later nodes are not returned
  uint64_t chunks_;
  uint64_t chunk_ = 0;
  std::vector<NodeId> ids_;
  size_t pos_ = 0;
};

}  // namespace

std::unique_ptr<NodeCursor> RocksTransaction::scanLabel(LabelId label) {
  // A writing transaction's label entries may be pending: it reads the merged label index.
  if (writing_) return scanLabelEntries(label);
  return std::make_unique<LabelColumnCursor>(*this, label);
}

std::shared_ptr<const LabelChunk> RocksTransaction::labelColumn(LabelId label, uint64_t chunk) {
  if (touched(chunk)) return Transaction::labelColumn(label, chunk);
  return store_.columns().label(label, chunk);
}

std::shared_ptr<const PropertyChunk> RocksTransaction::propertyColumn(PropKeyId key,
                                                                      uint64_t chunk) {
  if (touched(chunk)) return Transaction::propertyColumn(key, chunk);
  return store_.columns().property(key, chunk);
}

std::shared_ptr<const DegreeChunk> RocksTransaction::degreeColumn(RelTypeId type, Direction dir,
                                                                  uint64_t chunk) {
  if (touched(chunk)) return Transaction::degreeColumn(type, dir, chunk);
  return store_.columns().degree(type, dir, chunk);
}

NodeId RocksTransaction::nodeIdEnd() { return store_.nextNodeId(); }

// A new generation for every node chunk the commit writes, in its batch: the stored column
// chunks of those node chunks stop matching in the same atomic write (column_store.h).
void RocksTransaction::stampTouchedColumns() {
  std::string value;
  for (uint64_t chunk : touchedChunks_) {
    value.clear();
    codec::putU64(value, newColumnStamp());
    batch_.Put(kv_.cf(kv::Cf::META), keys::columnGenerationKey(chunk), value);
  }
}

void RocksTransaction::invalidateTouchedColumns() {
  if (touchedChunks_.empty()) return;
  std::vector<uint64_t> chunks(touchedChunks_.begin(), touchedChunks_.end());
  std::sort(chunks.begin(), chunks.end());
  store_.columns().invalidate(chunks);
  touchedChunks_.clear();
  lastTouched_ = UINT64_MAX;
}

}  // namespace rollcall::storage
