#include "storage/columns/column_build.h"

#include <map>

#include "storage/codec/adj_entries.h"
#include "storage/codec/big_endian.h"
#include "storage/codec/keys.h"
#include "storage/codec/property_codec.h"
#include "storage/kv/kv_store.h"

namespace rollcall::storage {

using kv::Cf;

namespace {

// Calls visit(key, value) for every committed entry of `cf` in [from, to), in key order. The
// visit returns an empty key to go on with the next entry, or a key to seek to (skipping what
// lies between). The scan does not fill the block cache: the chunk it builds is what gets cached.
template <typename Visit>
void scanRangeSkipping(kv::KvStore& kv, const rocksdb::Snapshot* snapshot, Cf cf,
                       const std::string& from, const std::string& to, Visit&& visit) {
  rocksdb::ReadOptions options;
  rocksdb::Slice upper(to);
  options.iterate_upper_bound = &upper;
  options.fill_cache = false;
  options.snapshot = snapshot;
  std::unique_ptr<rocksdb::Iterator> it(kv.db().NewIterator(options, kv.cf(cf)));
  it->Seek(from);
  while (it->Valid()) {
    std::string skipTo = visit(it->key(), it->value());
    if (skipTo.empty()) {
      it->Next();
    } else {
      it->Seek(skipTo);
    }
  }
  kv::check(it->status(), "column scan failed");
}

// Calls visit(key, value) for every committed entry of `cf` in [from, to).
template <typename Visit>
void scanRange(kv::KvStore& kv, const rocksdb::Snapshot* snapshot, Cf cf, const std::string& from,
               const std::string& to, Visit&& visit) {
  scanRangeSkipping(kv, snapshot, cf, from, to,
                    [&](const rocksdb::Slice& key, const rocksdb::Slice& value) {
                      visit(key, value);
                      return std::string();
                    });
}

}  // namespace

LabelChunk buildLabelChunk(kv::KvStore& kv, const rocksdb::Snapshot* snapshot, LabelId label,
                           uint64_t chunk) {
  LabelChunk out;
  NodeId first = columnChunkStart(chunk);
  scanRange(kv, snapshot, Cf::LABELS, keys::labelKey(label, first),
            keys::labelKey(label, columnChunkStart(chunk + 1)),
            [&](const rocksdb::Slice& key, const rocksdb::Slice&) {
              out.members.set(columnSlotOf(codec::getU64(key.data() + 4)));
            });
  return out;
}

PropertyChunk buildPropertyChunk(kv::KvStore& kv, const rocksdb::Snapshot* snapshot, PropKeyId key,
                                 uint64_t chunk) {
  std::vector<PropertyValue> values(COLUMN_CHUNK_SIZE);
  scanRange(kv, snapshot, Cf::NODES, keys::u64Key(columnChunkStart(chunk)),
            keys::u64Key(columnChunkStart(chunk + 1)),
            [&](const rocksdb::Slice& k, const rocksdb::Slice& record) {
              codec::Reader r(record.ToStringView());
              r.skipLabels();
              values[columnSlotOf(codec::getU64(k.data()))] = r.findProperty(key);
            });
  return PropertyChunk::fromValues(std::move(values));
}

void buildDegreeChunks(kv::KvStore& kv, const rocksdb::Snapshot* snapshot, uint64_t chunk,
                       const std::function<void(RelTypeId, Direction, DegreeChunk&&)>& emit) {
  std::map<std::pair<RelTypeId, Direction>, DegreeChunk> chunks;
  // Degree keys are node(8) | dir(1) | type(4); values count(8) | last chunk(8).
  scanRange(kv, snapshot, Cf::DEGREE, keys::u64Key(columnChunkStart(chunk)),
            keys::u64Key(columnChunkStart(chunk + 1)),
            [&](const rocksdb::Slice& key, const rocksdb::Slice& value) {
              auto dir = Direction(uint8_t(key.data()[8]));
              RelTypeId type = codec::getU32(key.data() + 9);
              uint64_t count = codec::getU64(value.data());
              uint32_t stored = count >= DegreeChunk::DEGREE_OVERFLOW ? DegreeChunk::DEGREE_OVERFLOW
                                                                      : uint32_t(count);
              chunks[{type, dir}].degrees[columnSlotOf(codec::getU64(key.data()))] = stored;
            });
  for (auto& [column, degrees] : chunks) emit(column.first, column.second, std::move(degrees));
}

// Adjacency keys are node(8) | dir(1) | type(4) | first rel(8): the scan steps through the
// chunks of the wanted lists and seeks over the other types and directions of each node (a
// student's outgoing lists when a session's incoming ones are wanted).
AdjacencyChunk buildAdjacencyChunk(kv::KvStore& kv, const rocksdb::Snapshot* snapshot,
                                   RelTypeId type, Direction dir, uint64_t chunk, size_t maxEdges) {
  AdjacencyChunk out;
  std::string end = keys::u64Key(columnChunkStart(chunk + 1));
  auto wanted = std::make_pair(uint8_t(dir), type);
  scanRangeSkipping(
      kv, snapshot, Cf::ADJ, keys::adjPrefix(columnChunkStart(chunk), dir, type), end,
      [&](const rocksdb::Slice& key, const rocksdb::Slice& value) {
        NodeId node = codec::getU64(key.data());
        auto list = std::make_pair(uint8_t(key.data()[8]), codec::getU32(key.data() + 9));
        if (list < wanted) return keys::adjPrefix(node, dir, type);
        if (list > wanted) return keys::adjPrefix(node + 1, dir, type);
        codec::forEachAdjEntry(value.ToStringView(), [&](RelId rel, NodeId other) {
          out.rels.push_back(rel);
          out.others.push_back(other);
        });
        out.offsets[columnSlotOf(node) + 1] += uint32_t(value.size() / keys::ADJ_ENTRY_SIZE);
        if (out.rels.size() <= maxEdges) return std::string();
        out.complete = false;
        return end;  // past the upper bound: the scan stops
      });
  if (!out.complete) return AdjacencyChunk{{}, {}, {}, false};
  for (size_t s = 0; s < COLUMN_CHUNK_SIZE; ++s) out.offsets[s + 1] += out.offsets[s];
  out.rels.shrink_to_fit();
  out.others.shrink_to_fit();
  return out;
}

}  // namespace rollcall::storage
