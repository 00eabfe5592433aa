// Planner statistics of a write transaction: every node write passes through storeNode (or
// deleteNode) with the node's state before and after, every relationship write through
// createRel or deleteRel; both record their effect in stats_, folded into the stored
// statistics at commit.
#include "storage/codec/big_endian.h"
#include "storage/codec/property_codec.h"
#include "storage/graph/rocks_transaction.h"

namespace rollcall::storage {

using kv::Cf;

// A relationship needs the labels of both end nodes. A LOAD CSV creates hundreds of
// relationships per node it found through an index seek, so the labels are read once per node
// and transaction and then kept (the read also proves the node exists).
std::span<const LabelId> RocksTransaction::labelsOf(NodeId id) {
  if (const uint32_t* set = nodeLabels_.find(id)) return labelSets_[*set];
  std::string record;
  if (!get(Cf::NODES, keys::u64Key(id), &record)) {
    throw StorageError(StorageErrorKind::NOT_FOUND, "node " + std::to_string(id) + " not found");
  }
  rememberLabels(id, codec::Reader(record).labels());
  return labelSets_[*nodeLabels_.find(id)];
}

// Consecutive nodes usually have the same labels: the last set is tried before the map.
void RocksTransaction::rememberLabels(NodeId id, const std::vector<LabelId>& labels) {
  uint32_t set = lastLabelSet_;
  if (set >= labelSets_.size() || labelSets_[set] != labels) {
    auto [it, added] = labelSetIds_.try_emplace(labels, uint32_t(labelSets_.size()));
    if (added) labelSets_.push_back(labels);
    set = lastLabelSet_ = it->second;
  }
  nodeLabels_.set(id, set);
}

void RocksTransaction::noteRelStats(RelTypeId type, std::span<const LabelId> labels, Direction dir,
                                    int64_t rels, uint64_t degree) {
  for (LabelId label : labels) stats_.addRels(label, type, dir, rels, degree);
}

template <typename Visit>
void RocksTransaction::forEachDegree(NodeId node, Visit&& visit) {
  flushPending(Cf::DEGREE);
  std::string prefix = keys::u64Key(node);
  scanPrefix(Cf::DEGREE, prefix, [&](const rocksdb::Slice& key, const rocksdb::Slice& value) {
    auto dir = Direction(key[prefix.size()]);
    visit(codec::getU32(key.data() + prefix.size() + 1), dir, codec::getU64(value.data()));
  });
}

// A label added to (removed from) a node that has relationships adds (subtracts) its degrees;
// only label changes of existing nodes need the scan of its degrees.
void RocksTransaction::noteNodeStats(NodeId id, const NodeState* before, const NodeState& after) {
  static const NodeState none;
  const NodeState& old = before ? *before : none;
  stats_.nodeChanged(old.labels, old.properties, after.labels, after.properties);
  if (before && before->labels == after.labels) return;
  rememberLabels(id, after.labels);
  if (!before) return;
  forEachDegree(id, [&](RelTypeId type, Direction dir, uint64_t count) {
    for (LabelId label : after.labels) {
      if (!std::binary_search(old.labels.begin(), old.labels.end(), label))
        stats_.addRels(label, type, dir, int64_t(count), count);
    }
    for (LabelId label : old.labels) {
      if (!std::binary_search(after.labels.begin(), after.labels.end(), label))
        stats_.addRels(label, type, dir, -int64_t(count), 0);
    }
  });
}

}  // namespace rollcall::storage
