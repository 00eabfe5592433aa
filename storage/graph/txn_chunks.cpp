// Chunked packed lists (adjacency and relationship types): entries sorted by relationship id,
// the first 8 bytes of an entry being that id; a chunk's key ends with the id of its first
// entry (or of the entry it was started for).
#include "storage/codec/big_endian.h"
#include "storage/graph/rocks_transaction.h"

namespace rollcall::storage {

using kv::Cf;

// Adjacency lists find their last chunk through the degree key (see txn_adjacency.cpp), the
// lists of a relationship type by a backward seek.
PendingChunk RocksTransaction::loadLastChunk(Cf cf, const std::string& prefix) {
  PendingChunk last;
  if (cf == Cf::ADJ) {
    DegreeState degree = degreeState(prefix);
    if (degree.count == 0) return last;
    last.key = prefix;
    codec::putU64(last.key, degree.lastChunk);
    getStored(Cf::ADJ, last.key, &last.value);  // absent: emptied by deletes, reused under its key
    return last;
  }
  auto& it = seekIterator(cf);
  it.SeekForPrev(keys::prefixEnd(prefix));
  if (it.Valid() && it.key().starts_with(prefix))
    last = {it.key().ToString(), it.value().ToString()};
  kv::check(it.status(), "chunk read failed");
  return last;
}

// Relationship ids only grow, so a new entry always belongs at the end of the last chunk. Only
// the first append to a list in a transaction reads its last chunk (loadLastChunk reads degrees
// and the store, not the chunk family).
PendingChunk& RocksTransaction::chunkAppend(Cf cf, const std::string& prefix,
                                            const std::string& newKey, const std::string& entry) {
  bool wasHeld = false;
  PendingChunk& chunk = lastChunks(cf).write(
      prefix, [&] { return loadLastChunk(cf, prefix); }, &wasHeld);
  if (chunk.key.empty() || chunk.sealed ||
      chunk.value.size() >= keys::CHUNK_ENTRIES * entry.size()) {
    if (wasHeld) writeThrough(cf, chunk.key, chunk.value);  // full: the list goes on in a new one
    chunk = {newKey, "", false};
  }
  chunk.value += entry;
  return chunk;
}

void RocksTransaction::chunkRemove(Cf cf, const std::string& prefix, const std::string& chunkKey,
                                   RelId rel, size_t entrySize) {
  flushPending(cf);
  lastChunks(cf).forget(prefix);
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

}  // namespace rollcall::storage
