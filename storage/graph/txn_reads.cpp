// Point reads of nodes and relationships.
#include <algorithm>

#include "storage/codec/keys.h"
#include "storage/codec/property_codec.h"
#include "storage/graph/rocks_transaction.h"

namespace rollcall::storage {

using kv::Cf;

namespace {

PropertyValue findProperty(const Properties& props, PropKeyId key) {
  auto it = std::lower_bound(props.begin(), props.end(), key,
                             [](const auto& entry, PropKeyId k) { return entry.first < k; });
  if (it == props.end() || it->first != key) return {};
  return it->second;
}

}  // namespace

bool RocksTransaction::nodeExists(NodeId id) {
  std::string value;
  return get(Cf::NODES, keys::u64Key(id), &value);
}

bool RocksTransaction::relExists(RelId id) {
  std::string value;
  return get(Cf::RELS, keys::u64Key(id), &value);
}

std::optional<NodeRecord> RocksTransaction::getNode(NodeId id) {
  auto state = loadNode(id);
  if (!state) return std::nullopt;
  return NodeRecord{id, std::move(state->labels), std::move(state->properties)};
}

std::optional<RelRecord> RocksTransaction::getRel(RelId id) {
  auto rel = loadRel(id);
  if (!rel) return std::nullopt;
  return RelRecord{id, rel->type, rel->start, rel->end, std::move(rel->properties)};
}

std::vector<LabelId> RocksTransaction::nodeLabels(NodeId id) {
  auto state = loadNode(id);
  return state ? std::move(state->labels) : std::vector<LabelId>{};
}

// Label checks and single-property reads decode only what they ask for: a node record holds all
// of a node's properties, and queries usually want one (`s.name` of each student).
bool RocksTransaction::hasLabel(NodeId id, LabelId label) {
  if (!touched(columnChunkOf(id))) {
    if (auto known = store_.columns().probeLabel(label, id, !writing_)) return *known;
  }
  std::string record;
  if (!get(Cf::NODES, keys::u64Key(id), &record)) return false;
  return codec::Reader(record).labelsContain(label);
}

PropertyValue RocksTransaction::nodeProperty(NodeId id, PropKeyId key) {
  if (!touched(columnChunkOf(id))) {
    if (auto known = store_.columns().probeProperty(key, id, !writing_)) return std::move(*known);
  }
  std::string record;
  if (!get(Cf::NODES, keys::u64Key(id), &record)) return {};
  codec::Reader r(record);
  r.skipLabels();
  return r.findProperty(key);
}

Properties RocksTransaction::nodeProperties(NodeId id) {
  auto state = loadNode(id);
  return state ? std::move(state->properties) : Properties{};
}

PropertyValue RocksTransaction::relProperty(RelId id, PropKeyId key) {
  auto rel = loadRel(id);
  return rel ? findProperty(rel->properties, key) : PropertyValue();
}

Properties RocksTransaction::relProperties(RelId id) {
  auto rel = loadRel(id);
  return rel ? std::move(rel->properties) : Properties{};
}

}  // namespace rollcall::storage
