// Adjacency: packed neighbour lists per (node, direction, type), chunked, plus a degree key.
//   adjacency: node(8) | dir(1) | type(4) | first rel(8) -> [rel(8) other(8)]*, sorted by rel
//   degree:    node(8) | dir(1) | type(4)                 -> count(8) | last chunk's first rel(8)
// A chunk holds the relationships whose id is >= its key's first rel and below the next chunk's.
#include "storage/codec/big_endian.h"
#include "storage/graph/rocks_transaction.h"

namespace rollcall::storage {

using kv::Cf;

namespace {

void decodeChunk(std::string_view value, RelTypeId type, std::vector<Edge>& out) {
  for (size_t at = 0; at + keys::ADJ_ENTRY_SIZE <= value.size(); at += keys::ADJ_ENTRY_SIZE) {
    out.push_back({codec::getU64(value, at), codec::getU64(value, at + 8), type});
  }
}

}  // namespace

void RocksTransaction::neighbours(NodeId node, RelTypeId type, Direction dir,
                                  std::vector<Edge>& out) {
  out.clear();
  flushChunks(Cf::ADJ);
  std::string prefix = keys::adjPrefix(node, dir, type);
  auto& it = seekIterator(Cf::ADJ);
  for (it.Seek(prefix); it.Valid() && it.key().starts_with(prefix); it.Next()) {
    decodeChunk(it.value().ToStringView(), type, out);
  }
  kv::check(it.status(), "adjacency read failed");
}

void RocksTransaction::neighboursAllTypes(NodeId node, Direction dir, std::vector<Edge>& out) {
  out.clear();
  flushChunks(Cf::ADJ);
  std::string prefix = keys::adjPrefix(node, dir);
  auto& it = seekIterator(Cf::ADJ);
  for (it.Seek(prefix); it.Valid() && it.key().starts_with(prefix); it.Next()) {
    decodeChunk(it.value().ToStringView(), codec::getU32(it.key().data() + prefix.size()), out);
  }
  kv::check(it.status(), "adjacency read failed");
}

uint64_t RocksTransaction::degree(NodeId node, RelTypeId type, Direction dir) {
  std::string value;
  if (!get(Cf::DEGREE, keys::adjPrefix(node, dir, type), &value)) return 0;
  return codec::getU64(value, 0);
}

uint64_t RocksTransaction::degreeAllTypes(NodeId node, Direction dir) {
  std::string prefix = keys::adjPrefix(node, dir);
  uint64_t total = 0;
  auto& it = seekIterator(Cf::DEGREE);
  for (it.Seek(prefix); it.Valid() && it.key().starts_with(prefix); it.Next()) {
    total += codec::getU64(it.value().data());
  }
  kv::check(it.status(), "degree read failed");
  return total;
}

// The degree value is count(8) | key suffix (first rel) of the list's last chunk(8), so the
// first append to a list in a transaction finds its chunk with point reads, not an iterator.
void RocksTransaction::adjAppend(NodeId node, Direction dir, RelTypeId type, RelId rel,
                                 NodeId other) {
  std::string prefix = keys::adjPrefix(node, dir, type), entry;
  codec::putU64(entry, rel);
  codec::putU64(entry, other);
  auto& chunk = chunkAppend(Cf::ADJ, prefix, keys::adjChunkKey(node, dir, type, rel), entry);
  putDegree(prefix, degree(node, type, dir) + 1, codec::getU64(chunk.key, prefix.size()));
}

void RocksTransaction::adjRemove(NodeId node, Direction dir, RelTypeId type, RelId rel) {
  std::string degreeKey = keys::adjPrefix(node, dir, type), value;
  if (!get(Cf::DEGREE, degreeKey, &value)) {
    throw StorageError(StorageErrorKind::IO, "adjacency list of node " + std::to_string(node) +
                                                 " lacks relationship " + std::to_string(rel));
  }
  chunkRemove(Cf::ADJ, degreeKey, keys::adjChunkKey(node, dir, type, rel), rel,
              keys::ADJ_ENTRY_SIZE);
  putDegree(degreeKey, codec::getU64(value, 0) - 1, codec::getU64(value, 8));
}

void RocksTransaction::putDegree(const std::string& key, uint64_t count, RelId lastChunk) {
  if (count == 0) return del(Cf::DEGREE, key);
  std::string value;
  codec::putU64(value, count);
  codec::putU64(value, lastChunk);
  put(Cf::DEGREE, key, value);
}

}  // namespace rollcall::storage
