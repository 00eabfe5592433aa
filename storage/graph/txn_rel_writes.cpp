// Relationship writes: the record, the type-scan entry, both adjacency lists and both degrees.
#include "storage/codec/big_endian.h"
#include "storage/common/property_format.h"
#include "storage/graph/rocks_transaction.h"

namespace rollcall::storage {

using keys::CountKind;
using kv::Cf;

RelId RocksTransaction::createRel(RelTypeId type, NodeId start, NodeId end, Properties properties) {
  beginWrite();
  auto startLabels = labelsOf(start);  // throws NOT_FOUND before any write
  auto endLabels = labelsOf(end);
  normaliseProperties(properties);
  RelId id = store_.allocateRelId();
  countRelProperties(type, {}, properties);
  storeRel(id, {type, start, end, std::move(properties)});
  std::string entry;
  codec::putU64(entry, id);
  codec::putU64(entry, start);
  codec::putU64(entry, end);
  chunkAppend(Cf::REL_TYPES, keys::relTypePrefix(type), keys::relTypeKey(type, id), entry);
  noteRelStats(type, startLabels, Direction::OUT, 1,
               adjAppend(start, Direction::OUT, type, id, end));
  noteRelStats(type, endLabels, Direction::IN, 1, adjAppend(end, Direction::IN, type, id, start));
  deltas_[keys::countKey(CountKind::RELS)] += 1;
  deltas_[keys::countKey(CountKind::REL_TYPE, type)] += 1;
  return id;
}

void RocksTransaction::deleteRel(RelId id) {
  beginWrite();
  RelState rel = requireRel(id);
  del(Cf::RELS, keys::u64Key(id));
  chunkRemove(Cf::REL_TYPES, keys::relTypePrefix(rel.type), keys::relTypeKey(rel.type, id), id,
              keys::REL_TYPE_ENTRY_SIZE);
  adjRemove(rel.start, Direction::OUT, rel.type, id);
  adjRemove(rel.end, Direction::IN, rel.type, id);
  noteRelStats(rel.type, labelsOf(rel.start), Direction::OUT, -1, 0);
  noteRelStats(rel.type, labelsOf(rel.end), Direction::IN, -1, 0);
  countRelProperties(rel.type, rel.properties, {});
  deltas_[keys::countKey(CountKind::RELS)] -= 1;
  deltas_[keys::countKey(CountKind::REL_TYPE, rel.type)] -= 1;
}

void RocksTransaction::setRelProperty(RelId id, PropKeyId key, const PropertyValue& value) {
  beginWrite();
  RelState rel = requireRel(id);
  Properties before = rel.properties;
  rel.properties.emplace_back(key, value);
  normaliseProperties(rel.properties);
  countRelProperties(rel.type, before, rel.properties);
  storeRel(id, rel);
}

void RocksTransaction::setRelProperties(RelId id, Properties properties) {
  beginWrite();
  RelState rel = requireRel(id);
  Properties before = std::move(rel.properties);
  rel.properties = std::move(properties);
  normaliseProperties(rel.properties);
  countRelProperties(rel.type, before, rel.properties);
  storeRel(id, rel);
}

// Keys gained count one more relationship of the type holding them, keys lost one fewer (both
// lists sorted by key, as normalised properties are).
void RocksTransaction::countRelProperties(RelTypeId type, const Properties& before,
                                          const Properties& after) {
  auto b = before.begin(), a = after.begin();
  while (b != before.end() || a != after.end()) {
    if (a == after.end() || (b != before.end() && b->first < a->first)) {
      deltas_[keys::relPropertyCountKey(type, (b++)->first)] -= 1;
    } else if (b == before.end() || a->first < b->first) {
      deltas_[keys::relPropertyCountKey(type, (a++)->first)] += 1;
    } else {
      ++a, ++b;
    }
  }
}

}  // namespace rollcall::storage
