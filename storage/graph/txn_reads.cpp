// Point reads of nodes and relationships.
#include <algorithm>

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

bool RocksTransaction::hasLabel(NodeId id, LabelId label) {
  auto labels = nodeLabels(id);
  return std::binary_search(labels.begin(), labels.end(), label);
}

PropertyValue RocksTransaction::nodeProperty(NodeId id, PropKeyId key) {
  auto state = loadNode(id);
  return state ? findProperty(state->properties, key) : PropertyValue();
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
