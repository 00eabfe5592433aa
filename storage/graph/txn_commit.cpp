// Committing: the commit batch, commit-and-continue for batched statements, rollback, and the
// size of what a transaction holds.
#include <algorithm>

#include "storage/codec/property_codec.h"
#include "storage/graph/rocks_transaction.h"

namespace rollcall::storage {

using kv::Cf;

void RocksTransaction::checkOpen() const {
  if (finished_) {
    throw StorageError(StorageErrorKind::INVALID_ARGUMENT, "transaction is already finished");
  }
}

// While committing nothing reads the batch again: what the transaction kept pending goes
// straight into the write batch.
void RocksTransaction::writeCommitBatch() {
  committing_ = true;
  for (size_t cf = 0; cf < kv::CF_COUNT; ++cf) flushPending(Cf(cf));
  if (writing_ && batch_.GetWriteBatch()->Count() > 0) {
    stampTouchedColumns();
    store_.finishBatch(batch_, deltas_, stats_);
    kv_.write(*batch_.GetWriteBatch());
    store_.statsChanged();
  }
  invalidateTouchedColumns();
  committing_ = false;
}

void RocksTransaction::commit() {
  checkOpen();
  writeCommitBatch();
  finished_ = true;
  releaseIterators();
  if (writing_) store_.releaseWriter(this);
}

// After the write every remembered degree, chunk and index answer equals the committed state,
// and with the write slot still held nobody else can change it. Iterators and forward readers
// predate the write: they are dropped, and open cursors re-seek (the version moves on).
void RocksTransaction::commitAndContinue() {
  checkOpen();
  writeCommitBatch();
  batch_.Clear();
  cfVersions_.fill(0);
  seekVersions_.fill(0);
  deltas_.clear();
  stats_.clear();
  releaseIterators();
  ++version_;
  // What is remembered is clean now; past each family's bound (PendingMap::committed) the next
  // batches read again what they need. Large chunks are sealed (pending_lists.h).
  for (PendingWrites* family : pending_) {
    if (family) family->committed();
  }
  // At most 64 MiB of node labels: well above what one batch of 10,000 rows touches.
  constexpr size_t MAX_KNOWN_NODES = 1 << 21;
  if (nodeLabels_.size() > MAX_KNOWN_NODES) nodeLabels_.clear();
}

void RocksTransaction::rollback() {
  releaseIterators();
  for (PendingWrites* family : pending_) {
    if (family) family->clear();
  }
  nodeLabels_.clear();
  stats_.clear();
  indexCache_.clear();
  touchedChunks_.clear();
  lastTouched_ = UINT64_MAX;
  batch_.Clear();
  cfVersions_.fill(0);
  deltas_.clear();
  finished_ = true;
  if (writing_) store_.releaseWriter(this);
}

// Sizes that are O(1) to read; per-entry figures for what is not (a skip-list node of the
// batch's index, a pending record's heap buffer, a chunk value) are typical values, since
// summing the real ones would walk every structure at every operator batch.
uint64_t RocksTransaction::pendingWriteBytes() {
  constexpr uint64_t INDEX_ENTRY = 48;  // WriteBatchWithIndex skip-list node and key slice
  rocksdb::WriteBatch* batch = batch_.GetWriteBatch();
  uint64_t bytes = batch->GetDataSize() + batch->Count() * INDEX_ENTRY;
  for (const PendingWrites* family : pending_) {
    if (family) bytes += family->memoryBytes();
  }
  bytes += nodeLabels_.memoryBytes() + indexCache_.memoryBytes();
  return bytes + deltas_.size() * 64;
}

}  // namespace rollcall::storage
