// Committing: the commit batch, commit-and-continue for batched statements, rollback, and the
// writes a transaction keeps outside its indexed batch until then (new relationship records,
// node records, label entries).
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
  flushNewRels();
  flushPendingNodes();
  flushPendingLabelEntries();
  flushChunks(Cf::ADJ);
  flushChunks(Cf::REL_TYPES);
  flushDegrees();
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
  trimRememberedState();
  sealCommittedChunks();
}

// Bounds what a long CALL { } IN TRANSACTIONS keeps between its commits: past these sizes the
// next transactions read again what they need (everything kept is clean, so dropping is safe).
void RocksTransaction::trimRememberedState() {
  // At most about 80 MiB of chunks (unsealed ones hold under 1 KiB), 72 MiB of degree slots
  // and 64 MiB of node labels; each well above what one batch of 10,000 rows touches.
  constexpr size_t MAX_CHUNKS = 1 << 17, MAX_DEGREES = 1 << 19, MAX_KNOWN_NODES = 1 << 21;
  if (lastChunks_.size() > MAX_CHUNKS) lastChunks_.clear();
  if (degrees_.size() > MAX_DEGREES) degrees_.clear();
  if (nodeLabels_.size() > MAX_KNOWN_NODES) nodeLabels_.clear();
}

void RocksTransaction::rollback() {
  releaseIterators();
  lastChunks_.clear();
  for (auto& dirty : dirtyChunks_) dirty.clear();
  degrees_.clear();
  dirtyDegrees_.clear();
  nodeLabels_.clear();
  stats_.clear();
  indexCache_.clear();
  newRels_.clear();
  newRelBytes_.clear();
  pendingNodes_.clear();
  pendingLabelEntries_.clear();
  touchedChunks_.clear();
  lastTouched_ = UINT64_MAX;
  batch_.Clear();
  cfVersions_.fill(0);
  deltas_.clear();
  finished_ = true;
  if (writing_) store_.releaseWriter(this);
}

// A relationship's record is written once and rarely read in the transaction that creates it:
// keeping it out of the indexed batch saves an index insertion per relationship.
void RocksTransaction::addNewRel(RelId id, const RelState& rel) {
  if (!newRels_.empty() && newRels_.back().first >= id) flushNewRels();  // keeps ids ascending
  newRels_.emplace_back(id, newRelBytes_.size());
  codec::encodeRelRecord(newRelBytes_, rel.type, rel.start, rel.end, rel.properties);
}

bool RocksTransaction::findNewRel(RelId id, std::string* value) const {
  auto it = std::lower_bound(newRels_.begin(), newRels_.end(), id,
                             [](const auto& entry, RelId wanted) { return entry.first < wanted; });
  if (it == newRels_.end() || it->first != id) return false;
  size_t end = it + 1 == newRels_.end() ? newRelBytes_.size() : (it + 1)->second;
  value->assign(newRelBytes_, it->second, end - it->second);
  return true;
}

void RocksTransaction::flushNewRels() {
  auto rels = std::move(newRels_);
  auto bytes = std::move(newRelBytes_);
  newRels_.clear();
  newRelBytes_.clear();
  for (size_t i = 0; i < rels.size(); ++i) {
    size_t end = i + 1 == rels.size() ? bytes.size() : rels[i + 1].second;
    put(Cf::RELS, keys::u64Key(rels[i].first), bytes.substr(rels[i].second, end - rels[i].second));
  }
}

// Moves the pending node records into the batch.
void RocksTransaction::flushPendingNodes() {
  if (pendingNodes_.size() == 0) return;
  ShortKeyMap<std::string> pending = std::move(pendingNodes_);
  pendingNodes_.clear();
  pending.forEach([&](std::string_view key, const std::string& value) {
    writeThrough(Cf::NODES, rocksdb::Slice(key.data(), key.size()), value);
  });
}

// Label entries are read only by label scans, which flush them first; in between they need no
// place in the indexed batch. Replayed in order: a node created and deleted in one transaction
// leaves a put and then a delete.
void RocksTransaction::flushPendingLabelEntries() {
  auto pending = std::move(pendingLabelEntries_);
  pendingLabelEntries_.clear();
  for (const auto& [key, isPut] : pending) {
    isPut ? writeThrough(Cf::LABELS, key, "") : deleteThrough(Cf::LABELS, key);
  }
}


// Sizes that are O(1) to read; per-entry figures for what is not (a skip-list node of the
// batch's index, a pending record's heap buffer, a chunk value) are typical values, since
// summing the real ones would walk every structure at every operator batch.
uint64_t RocksTransaction::pendingWriteBytes() {
  constexpr uint64_t INDEX_ENTRY = 48;   // WriteBatchWithIndex skip-list node and key slice
  constexpr uint64_t NODE_RECORD = 64;   // a pending node record's buffer
  constexpr uint64_t CHUNK_VALUE = 512;  // a packed adjacency chunk being appended to
  rocksdb::WriteBatch* batch = batch_.GetWriteBatch();
  uint64_t bytes = batch->GetDataSize() + batch->Count() * INDEX_ENTRY;
  bytes += newRelBytes_.capacity() + newRels_.capacity() * sizeof(newRels_[0]);
  bytes += pendingNodes_.memoryBytes() + pendingNodes_.size() * NODE_RECORD;
  bytes += pendingLabelEntries_.capacity() * sizeof(pendingLabelEntries_[0]);
  bytes += lastChunks_.memoryBytes() + lastChunks_.size() * CHUNK_VALUE;
  bytes += degrees_.memoryBytes() + nodeLabels_.memoryBytes();
  bytes += indexCache_.memoryBytes();
  return bytes + deltas_.size() * 64;
}

}  // namespace rollcall::storage
