#pragma once
// Label checks for read-only statements. A node's labels live in its record, so each check is a
// storage read; a statement that checks one label on many nodes (the far end of every ATTENDED
// of every session) pays that read per node. LabelMembership counts the checks of each label and,
// once they outnumber a fraction of the label's size, loads the label index into a bitmap over
// node ids: one sequential scan, after which a check is a bit test.
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "storage/common/types.h"

namespace rollcall::storage {
class GraphStore;
class Transaction;
}  // namespace rollcall::storage

namespace rollcall {

class LabelMembership {
 public:
  // Only valid while nothing writes: callers use it in read-only statements.
  bool has(storage::GraphStore& store, storage::Transaction& txn, storage::NodeId node,
           storage::LabelId label);

 private:
  struct PerLabel {
    uint64_t checks = 0;
    uint64_t threshold = 0;  // 0: not computed yet
    bool loaded = false;
    std::vector<uint64_t> bits;  // bit n set: node n has the label
  };
  void load(storage::Transaction& txn, storage::LabelId label, PerLabel& state);

  std::unordered_map<storage::LabelId, PerLabel> labels_;
  // Per-node answers before a label's bitmap exists: the same node is often checked repeatedly.
  std::unordered_map<uint64_t, bool> cache_;  // key: node * 1024 + label (label < 1024)
};

}  // namespace rollcall
