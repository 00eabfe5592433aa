// Chunked packed lists (adjacency and relationship types): entries sorted by relationship id,
// the first 8 bytes of an entry being that id; a chunk's key ends with the id of its first
// entry (or of the entry it was started for).
#include "storage/codec/big_endian.h"
#include "storage/graph/rocks_transaction.h"

namespace rollcall::storage {

using kv::Cf;

// Adjacency lists find their last chunk through the degree key (see txn_adjacency.cpp), the
// lists of a relationship type by a backward seek.
RocksTransaction::PendingChunk RocksTransaction::loadLastChunk(Cf cf, const std::string& prefix) {
  PendingChunk last;
  if (cf == Cf::ADJ) {
    DegreeState degree = degreeState(prefix);
    if (degree.count == 0) return last;
    last.key = prefix;
    codec::putU64(last.key, degree.lastChunk);
    get(Cf::ADJ, last.key, &last.value);  // absent: emptied by deletes, reused under its key
    return last;
  }
  auto& it = seekIterator(cf);
  it.SeekForPrev(keys::prefixEnd(prefix));
  if (it.Valid() && it.key().starts_with(prefix))
    last = {it.key().ToString(), it.value().ToString()};
  kv::check(it.status(), "chunk read failed");
  return last;
}

// Relationship ids only grow, so a new entry always belongs at the end of the last chunk.
RocksTransaction::PendingChunk& RocksTransaction::chunkAppend(Cf cf, const std::string& prefix,
                                                              const std::string& newKey,
                                                              const std::string& entry) {
  std::string memoKey = char(cf) + prefix;
  PendingChunk* memo = lastChunks_.find(memoKey);
  if (!memo) {
    PendingChunk loaded = loadLastChunk(cf, prefix);  // before inserting: it reads degrees only
    memo = lastChunks_.tryEmplace(memoKey).first;
    *memo = std::move(loaded);
  }
  PendingChunk& chunk = *memo;
  if (chunk.key.empty() || chunk.sealed ||
      chunk.value.size() >= keys::CHUNK_ENTRIES * entry.size()) {
    if (chunk.dirty) put(cf, chunk.key, chunk.value);
    chunk = {newKey, "", false, false};
  }
  chunk.value += entry;
  if (!chunk.dirty) dirtyChunks_[size_t(cf)].push_back(memoKey);
  chunk.dirty = true;
  return chunk;
}

void RocksTransaction::flushChunks(Cf cf) {
  if (cf == Cf::RELS) flushNewRels();
  if (cf == Cf::NODES) flushPendingNodes();
  if (cf == Cf::LABELS) flushPendingLabelEntries();
  for (const auto& memoKey : dirtyChunks_[size_t(cf)]) {
    PendingChunk* memo = lastChunks_.find(memoKey);
    if (!memo || !memo->dirty) continue;
    put(cf, memo->key, memo->value);
    memo->dirty = false;
  }
  dirtyChunks_[size_t(cf)].clear();
}

void RocksTransaction::chunkRemove(Cf cf, const std::string& prefix, const std::string& chunkKey,
                                   RelId rel, size_t entrySize) {
  flushChunks(cf);
  lastChunks_.erase(char(cf) + prefix);
  auto& it = seekIterator(cf);
  it.SeekForPrev(chunkKey);
  if (!it.Valid() || !it.key().starts_with(prefix)) {
    kv::check(it.status(), "chunk read failed");
    throw StorageError(StorageErrorKind::IO,
                       "packed list lacks relationship " + std::to_string(rel));
  }
  std::string key = it.key().ToString();
  std::string value = it.value().ToString();
  for (size_t at = 0; at + entrySize <= value.size(); at += entrySize) {
    if (codec::getU64(value, at) != rel) continue;
    value.erase(at, entrySize);
    break;
  }
  value.empty() ? del(cf, key) : put(cf, key, value);
}

// Between the commits of one CALL { } IN TRANSACTIONS every list appended to would have its
// last chunk rewritten at each commit: a session attended in every batch would put its whole
// chunk (up to 8 KiB) into the memtable and the WAL again and again. Once committed, a chunk
// that is already large is left as it is and the next append starts a new one; its bytes are
// dropped from memory (reads find it in the DB), so what a long load keeps stays small.
void RocksTransaction::sealCommittedChunks() {
  constexpr size_t SEAL_BYTES = 1024;
  lastChunks_.forEach([](std::string_view, PendingChunk& chunk) {
    if (chunk.value.size() < SEAL_BYTES) return;
    chunk.sealed = true;
    std::string().swap(chunk.value);
  });
}

}  // namespace rollcall::storage
