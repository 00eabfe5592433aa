// Node writes. Every write validates first (existence, uniqueness) and only then touches the
// batch, so a failed call leaves the transaction as it was.
#include <algorithm>

#include "storage/codec/property_codec.h"
#include "storage/common/property_format.h"
#include "storage/graph/index_entries.h"
#include "storage/graph/rocks_transaction.h"

namespace rollcall::storage {

using keys::CountKind;
using kv::Cf;

namespace {

std::vector<LabelId> sortedLabels(std::vector<LabelId> labels) {
  std::sort(labels.begin(), labels.end());
  labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
  return labels;
}

}  // namespace

NodeId RocksTransaction::createNode(const std::vector<LabelId>& labels, Properties properties) {
  beginWrite();
  normaliseProperties(properties);
  NodeState state{sortedLabels(labels), std::move(properties)};
  NodeId id = store_.allocateNodeId();
  storeNode(id, nullptr, state);
  deltas_[keys::countKey(CountKind::NODES)] += 1;
  return id;
}

void RocksTransaction::setNodeProperty(NodeId id, PropKeyId key, const PropertyValue& value) {
  beginWrite();
  NodeState before = requireNode(id);
  NodeState after = before;
  after.properties.emplace_back(key, value);
  normaliseProperties(after.properties);
  storeNode(id, &before, after);
}

void RocksTransaction::setNodeProperties(NodeId id, Properties properties) {
  beginWrite();
  NodeState before = requireNode(id);
  NodeState after{before.labels, std::move(properties)};
  normaliseProperties(after.properties);
  storeNode(id, &before, after);
}

bool RocksTransaction::addLabel(NodeId id, LabelId label) {
  beginWrite();
  NodeState before = requireNode(id);
  if (std::binary_search(before.labels.begin(), before.labels.end(), label)) return false;
  NodeState after = before;
  after.labels = sortedLabels([&] {
    auto l = before.labels;
    l.push_back(label);
    return l;
  }());
  storeNode(id, &before, after);
  return true;
}

bool RocksTransaction::removeLabel(NodeId id, LabelId label) {
  beginWrite();
  NodeState before = requireNode(id);
  if (!std::binary_search(before.labels.begin(), before.labels.end(), label)) return false;
  NodeState after = before;
  std::erase(after.labels, label);
  storeNode(id, &before, after);
  return true;
}

void RocksTransaction::deleteNode(NodeId id) {
  beginWrite();
  NodeState before = requireNode(id);
  if (degreeAllTypes(id, Direction::OUT) + degreeAllTypes(id, Direction::IN) > 0) {
    throw StorageError(
        StorageErrorKind::STILL_CONNECTED,
        "Cannot delete node " + std::to_string(id) + ", because it still has relationships");
  }
  touch(id);
  for (const auto& entry : indexEntries(id, before)) del(Cf::INDEX, entry);
  for (LabelId label : before.labels) {
    del(Cf::LABELS, keys::labelKey(label, id));
    deltas_[keys::countKey(CountKind::LABEL, label)] -= 1;
  }
  del(Cf::NODES, keys::u64Key(id));
  stats_.nodeChanged(before.labels, before.properties, {}, {});
  nodeLabels_.erase(id);
  deltas_[keys::countKey(CountKind::NODES)] -= 1;
}

// Writes the record, label entries and index entries of a node that changes from `before`
// (null when created) to `after`.
void RocksTransaction::storeNode(NodeId id, const NodeState* before, const NodeState& after) {
  updateIndexes(id, before, after);  // throws on a unique violation, before any write
  touch(id);
  std::string value;
  codec::encodeNodeRecord(value, after.labels, after.properties);
  put(Cf::NODES, keys::u64Key(id), value);
  static const std::vector<LabelId> none;
  const auto& old = before ? before->labels : none;
  for (LabelId label : after.labels) {
    if (std::binary_search(old.begin(), old.end(), label)) continue;
    put(Cf::LABELS, keys::labelKey(label, id), "");
    deltas_[keys::countKey(CountKind::LABEL, label)] += 1;
  }
  for (LabelId label : old) {
    if (std::binary_search(after.labels.begin(), after.labels.end(), label)) continue;
    del(Cf::LABELS, keys::labelKey(label, id));
    deltas_[keys::countKey(CountKind::LABEL, label)] -= 1;
  }
  noteNodeStats(id, before, after);
}

}  // namespace rollcall::storage
