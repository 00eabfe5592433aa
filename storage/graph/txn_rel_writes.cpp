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
  addNewRel(id, {type, start, end, std::move(properties)});
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
  deltas_[keys::countKey(CountKind::RELS)] -= 1;
  deltas_[keys::countKey(CountKind::REL_TYPE, rel.type)] -= 1;
}

void RocksTransaction::setRelProperty(RelId id, PropKeyId key, const PropertyValue& value) {
  beginWrite();
  RelState rel = requireRel(id);
  rel.properties.emplace_back(key, value);
  normaliseProperties(rel.properties);
  storeRel(id, rel);
}

void RocksTransaction::setRelProperties(RelId id, Properties properties) {
  beginWrite();
  RelState rel = requireRel(id);
  rel.properties = std::move(properties);
  normaliseProperties(rel.properties);
  storeRel(id, rel);
}

}  // namespace rollcall::storage
