// Chunked packed lists (adjacency and relationship types): entries sorted by relationship id,
// the first 8 bytes of an entry being that id; a chunk's key ends with the id of its first
// entry (or of the entry it was started for).
#include "storage/codec/big_endian.h"
#include "storage/graph/rocks_transaction.h"

namespace rollcall::storage {

using kv::Cf;

// Relationship ids only grow, so a new entry always belongs at the end of the last chunk.
void RocksTransaction::chunkAppend(Cf cf, const std::string& prefix, const std::string& newKey,
                                   const std::string& entry) {
  std::string memoKey = char(cf) + prefix;
  auto memo = lastChunks_.find(memoKey);
  if (memo == lastChunks_.end()) {
    std::pair<std::string, std::string> last;
    auto& it = seekIterator(cf);
    it.SeekForPrev(keys::prefixEnd(prefix));
    if (it.Valid() && it.key().starts_with(prefix))
      last = {it.key().ToString(), it.value().ToString()};
    kv::check(it.status(), "chunk read failed");
    memo = lastChunks_.emplace(memoKey, std::move(last)).first;
  }
  auto& [key, value] = memo->second;
  if (key.empty() || value.size() >= keys::CHUNK_ENTRIES * entry.size()) {
    key = newKey;
    value.clear();
  }
  value += entry;
  put(cf, key, value);
}

void RocksTransaction::chunkRemove(Cf cf, const std::string& prefix, const std::string& chunkKey,
                                   RelId rel, size_t entrySize) {
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

}  // namespace rollcall::storage
