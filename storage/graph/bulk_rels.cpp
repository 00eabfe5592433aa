// Relationship records and type chunks of a bulk load, written from the pending list by finish().
#include "storage/codec/big_endian.h"
#include "storage/codec/property_codec.h"
#include "storage/graph/bulk_writer_impl.h"

namespace rollcall::storage {

using kv::Cf;

// Records of pendingRels_[begin, end): ids in order, so one file per range.
void BulkWriterImpl::writeRels(size_t begin, size_t end, Files& out) {
  if (begin == end) return;
  auto sink = newSink(Cf::RELS);
  auto props = std::lower_bound(relProperties_.begin(), relProperties_.end(),
                                std::pair<uint32_t, std::string>(uint32_t(begin), ""));
  std::string record;
  char key[8];
  for (size_t i = begin; i < end; ++i) {
    const PendingRel& r = pendingRels_[i];
    record.resize(4 + 8 + 8);
    storeU32(record.data(), r.type);
    storeU64(record.data() + 4, r.start);
    storeU64(record.data() + 12, r.end);
    if (props != relProperties_.end() && props->first == i) {
      record += (props++)->second;
    } else {
      codec::encodeProperties(record, {});
    }
    storeU64(key, firstRel_ + i);
    sink->put(rocksdb::Slice(key, 8), record);
  }
  sink->close();
  out.push_back(std::move(sink));
}

// One file per type; chunks of CHUNK_ENTRIES (rel, start, end) keyed by their first rel.
void BulkWriterImpl::writeRelTypes(Files& out) {
  struct Chunks {
    std::unique_ptr<kv::SstSink> sink;
    std::string chunk;
    RelId first = 0;
  };
  std::map<RelTypeId, Chunks> types;
  auto flush = [](RelTypeId type, Chunks& c) {
    if (c.chunk.empty()) return;
    c.sink->put(keys::relTypeKey(type, c.first), c.chunk);
    c.chunk.clear();
  };
  RelTypeId lastType = 0;
  Chunks* last = nullptr;
  for (size_t i = 0; i < pendingRels_.size(); ++i) {
    const PendingRel& r = pendingRels_[i];
    if (last == nullptr || r.type != lastType) {
      last = &types[r.type];
      lastType = r.type;
      if (!last->sink) last->sink = newSink(Cf::REL_TYPES);
    }
    if (last->chunk.empty()) last->first = firstRel_ + i;
    size_t at = last->chunk.size();
    last->chunk.resize(at + keys::REL_TYPE_ENTRY_SIZE);
    storeU64(last->chunk.data() + at, firstRel_ + i);
    storeU64(last->chunk.data() + at + 8, r.start);
    storeU64(last->chunk.data() + at + 16, r.end);
    if (last->chunk.size() == keys::CHUNK_ENTRIES * keys::REL_TYPE_ENTRY_SIZE) flush(r.type, *last);
  }
  for (auto& [type, chunks] : types) {
    flush(type, chunks);
    chunks.sink->close();
    out.push_back(std::move(chunks.sink));
  }
}

}  // namespace rollcall::storage
