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
  std::string key = keys::u64Key(id);
  if (const RememberedLabels* known = nodeLabels_.find(key)) {
    if (known->count <= MAX_REMEMBERED_LABELS) return {known->ids.data(), known->count};
  }
  std::string record;
  if (!get(Cf::NODES, key, &record)) {
    throw StorageError(StorageErrorKind::NOT_FOUND, "node " + std::to_string(id) + " not found");
  }
  labelScratch_ = codec::Reader(record).labels();
  knownNodes_.insert(id);
  rememberLabels(id, labelScratch_);
  return labelScratch_;
}

void RocksTransaction::rememberLabels(NodeId id, const std::vector<LabelId>& labels) {
  RememberedLabels& known = *nodeLabels_.tryEmplace(keys::u64Key(id)).first;
  known.count = uint32_t(labels.size());
  if (labels.size() > MAX_REMEMBERED_LABELS) return;  // count alone says "read the record"
  std::copy(labels.begin(), labels.end(), known.ids.begin());
}

void RocksTransaction::noteRelStats(RelTypeId type, NodeId node, Direction dir, int64_t rels,
                                    uint64_t degree) {
  for (LabelId label : labelsOf(node)) stats_.addRels(label, type, dir, rels, degree);
}

template <typename Visit>
void RocksTransaction::forEachDegree(NodeId node, Visit&& visit) {
  flushDegrees();
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
