// Adjacency: packed neighbour lists per (node, direction, type), chunked, plus a degree key.
//   adjacency: node(8) | dir(1) | type(4) | first rel(8) -> [rel(8) other(8)]*, sorted by rel
//   degree:    node(8) | dir(1) | type(4)                 -> count(8) | last chunk's first rel(8)
// A chunk holds the relationships whose id is >= its key's first rel and below the next chunk's.
// Lists of nodes whose column chunk the transaction has not written are read from the store's
// cached adjacency chunks when present (storage/columns/adjacency_chunk.h).
#include "storage/codec/adj_entries.h"
#include "storage/codec/big_endian.h"
#include "storage/graph/rocks_transaction.h"

namespace rollcall::storage {

using kv::Cf;

namespace {

void decodeChunk(std::string_view value, RelTypeId type, std::vector<Edge>& out) {
  codec::forEachAdjEntry(value, [&](RelId rel, NodeId other) {
    out.push_back({rel, other, type});
  });
}

}  // namespace

// The last chunk of a list this transaction appended to is read from the transaction (it may
// not have reached the batch yet); the chunks before it from the batch and the DB. When the
// degree says the last chunk holds the whole list, no iterator is needed at all.
void RocksTransaction::neighbours(NodeId node, RelTypeId type, Direction dir,
                                  std::vector<Edge>& out) {
  out.clear();
  if (cachedNeighbours(node, type, dir, out)) return;
  std::string prefix = keys::adjPrefix(node, dir, type);
  const PendingChunk* pending = adjChunks_.find(prefix);
  if (!pending || pending->key.empty() || pending->sealed) {  // all of the list is committed
    scanPrefix(Cf::ADJ, prefix, [&](const rocksdb::Slice&, const rocksdb::Slice& value) {
      decodeChunk(value.ToStringView(), type, out);
    });
    return;
  }
  const PendingChunk& last = *pending;
  if (degreeState(prefix).count * keys::ADJ_ENTRY_SIZE != last.value.size()) {
    rocksdb::Slice lastKey(last.key);
    scanPrefix(Cf::ADJ, prefix, [&](const rocksdb::Slice& key, const rocksdb::Slice& value) {
      if (key.compare(lastKey) < 0) decodeChunk(value.ToStringView(), type, out);
    });
  }
  decodeChunk(last.value, type, out);
}

// A chunk this transaction wrote is not what it sees; a writing transaction uses the chunks that
// are cached but does not build any (its reads are scattered, and its commit drops what it wrote).
bool RocksTransaction::cachedNeighbours(NodeId node, RelTypeId type, Direction dir,
                                        std::vector<Edge>& out) {
  if (touched(columnChunkOf(node))) return false;
  auto chunk = store_.columns().probeAdjacency(type, dir, node, !writing_);
  if (!chunk) return false;
  size_t slot = columnSlotOf(node);
  auto rels = chunk->relsOf(slot);
  auto others = chunk->othersOf(slot);
  out.reserve(rels.size());
  for (size_t i = 0; i < rels.size(); ++i) out.push_back({rels[i], others[i], type});
  return true;
}

void RocksTransaction::neighboursAllTypes(NodeId node, Direction dir, std::vector<Edge>& out) {
  out.clear();
  flushPending(Cf::ADJ);  // rare on write paths: simpler than merging every type's last chunk
  std::string prefix = keys::adjPrefix(node, dir);
  scanPrefix(Cf::ADJ, prefix, [&](const rocksdb::Slice& key, const rocksdb::Slice& value) {
    decodeChunk(value.ToStringView(), codec::getU32(key.data() + prefix.size()), out);
  });
}

uint64_t RocksTransaction::degree(NodeId node, RelTypeId type, Direction dir) {
  if (!touched(columnChunkOf(node))) {
    if (auto d = store_.columns().probeDegree(type, dir, node, !writing_)) return *d;
  }
  return degreeState(keys::adjPrefix(node, dir, type)).count;
}

uint64_t RocksTransaction::degreeAllTypes(NodeId node, Direction dir) {
  flushPending(Cf::DEGREE);
  std::string prefix = keys::adjPrefix(node, dir);
  uint64_t total = 0;
  scanPrefix(Cf::DEGREE, prefix, [&](const rocksdb::Slice&, const rocksdb::Slice& value) {
    total += codec::getU64(value.data());
  });
  return total;
}

// The degree value is count(8) | key suffix (first rel) of the list's last chunk(8), so the
// first append to a list in a transaction finds its chunk with point reads, not an iterator.
uint64_t RocksTransaction::adjAppend(NodeId node, Direction dir, RelTypeId type, RelId rel,
                                     NodeId other) {
  std::string prefix = keys::adjPrefix(node, dir, type), entry;
  codec::putU64(entry, rel);
  codec::putU64(entry, other);
  auto& chunk = chunkAppend(Cf::ADJ, prefix, keys::adjChunkKey(node, dir, type, rel), entry);
  uint64_t count = degreeState(prefix).count + 1;
  setDegree(prefix, count, codec::getU64(chunk.key, prefix.size()));
  return count;
}

uint64_t RocksTransaction::adjRemove(NodeId node, Direction dir, RelTypeId type, RelId rel) {
  std::string prefix = keys::adjPrefix(node, dir, type);
  DegreeState degree = degreeState(prefix);
  if (degree.count == 0) {
    throw StorageError(StorageErrorKind::IO, "adjacency list of node " + std::to_string(node) +
                                                 " lacks relationship " + std::to_string(rel));
  }
  chunkRemove(Cf::ADJ, prefix, keys::adjChunkKey(node, dir, type, rel), rel, keys::ADJ_ENTRY_SIZE);
  setDegree(prefix, degree.count - 1, degree.lastChunk);
  return degree.count - 1;
}

DegreeState RocksTransaction::degreeState(const std::string& key) {
  if (const DegreeState* known = degrees_.find(key)) return *known;
  std::string value;
  if (!getStored(Cf::DEGREE, key, &value)) return {};
  return {codec::getU64(value, 0), codec::getU64(value, 8)};
}

// Degrees change once per relationship: they stay in the transaction until commit (or a scan of
// the degree family), so the batch holds one version of each.
void RocksTransaction::setDegree(const std::string& key, uint64_t count, RelId lastChunk) {
  touch(codec::getU64(key, 0));
  degrees_.write(key) = {count, lastChunk};
}

}  // namespace rollcall::storage
