// A database written before format 2 has data but no planner statistics. The first open for
// writing computes them, as every commit since would have: one pass over the node records and,
// in the same node order, over the degree entries (see migrate() for how it is written). A
// read-only open leaves the database as it is (the planner then sees empty statistics).
#include <map>
#include <memory>

#include "storage/codec/big_endian.h"
#include "storage/codec/property_codec.h"
#include "storage/graph/graph_store_impl.h"
#include "storage/graph/stats_records.h"

namespace rollcall::storage {
namespace {

using kv::Cf;

std::string_view view(const rocksdb::Slice& s) { return {s.data(), s.size()}; }

// Degree entries: node(8) dir(1) type(4) -> count(8), sorted by node like the node records.
void addDegrees(rocksdb::Iterator& degrees, NodeId node, const std::vector<LabelId>& labels,
                StatsDelta& delta) {
  for (; degrees.Valid(); degrees.Next()) {
    const char* key = degrees.key().data();
    NodeId owner = codec::getU64(key);
    if (owner > node) return;
    if (owner < node) continue;  // no record: nothing to attribute it to
    auto dir = Direction(key[8]);
    RelTypeId type = codec::getU32(key + 9);
    uint64_t count = codec::getU64(degrees.value().data());
    for (LabelId label : labels) delta.addRels(label, type, dir, int64_t(count), count);
  }
}

}  // namespace

void GraphStoreImpl::rebuildStatistics(rocksdb::WriteBatch& batch) {
  StatsDelta delta;
  std::unique_ptr<rocksdb::Iterator> nodes(kv_.db().NewIterator({}, kv_.cf(Cf::NODES)));
  std::unique_ptr<rocksdb::Iterator> degrees(kv_.db().NewIterator({}, kv_.cf(Cf::DEGREE)));
  degrees->SeekToFirst();
  for (nodes->SeekToFirst(); nodes->Valid(); nodes->Next()) {
    codec::Reader record(view(nodes->value()));
    std::vector<LabelId> labels = record.labels();
    Properties properties = record.properties();
    delta.nodeChanged({}, {}, labels, properties);
    addDegrees(*degrees, codec::getU64(nodes->key().data()), labels, delta);
  }
  kv::check(nodes->status(), "rebuilding statistics");
  kv::check(degrees->status(), "rebuilding statistics");
  for (const auto& [key, value] : mergedStatsRecords(kv_, delta)) {
    batch.Put(kv_.cf(Cf::META), key, value);
  }
}

}  // namespace rollcall::storage

namespace rollcall::storage {

// Format 3 counts, per relationship type, the relationships holding each property key: one pass
// over the relationship records.
void GraphStoreImpl::countRelProperties(rocksdb::WriteBatch& batch) {
  std::map<std::string, uint64_t> counts;
  std::unique_ptr<rocksdb::Iterator> rels(kv_.db().NewIterator({}, kv_.cf(kv::Cf::RELS)));
  for (rels->SeekToFirst(); rels->Valid(); rels->Next()) {
    std::string_view record(rels->value().data(), rels->value().size());
    RelTypeId type = codec::decodeRelHeader(record).type;
    codec::Reader reader(codec::relRecordProperties(record));
    for (const auto& entry : reader.properties())
      ++counts[keys::relPropertyCountKey(type, entry.first)];
  }
  kv::check(rels->status(), "counting relationship properties");
  for (const auto& [key, count] : counts) {
    std::string value;
    codec::putU64(value, count);
    batch.Put(kv_.cf(kv::Cf::META), key, value);
  }
}

// What older formats lack is computed on the first open for writing and written in one batch
// with the new format version, so an interrupted migration simply runs again.
void GraphStoreImpl::migrate() {
  rocksdb::WriteBatch batch;
  if (kv_.formatVersion() < 2) rebuildStatistics(batch);
  if (kv_.formatVersion() < 3) countRelProperties(batch);
  if (kv_.formatVersion() < 4) rebuildIndexes(batch);  // index_rebuild.cpp
  // Format 5 needs nothing written: no chunk is stored yet, and an absent stamp reads as 0.
  kv_.putFormatVersion(batch);
  kv_.write(batch);
}

}  // namespace rollcall::storage
