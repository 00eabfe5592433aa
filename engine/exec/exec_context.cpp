#include "engine/exec/exec_context.h"

#include "storage/graph/transaction.h"

namespace rollcall {

bool ExecContext::nodeHasLabel(storage::NodeId node, storage::LabelId label) {
  if (label == storage::INVALID_TOKEN) return false;
  if (!readOnly || label >= 1024 || node >= (UINT64_MAX >> 10)) return txn->hasLabel(node, label);
  uint64_t key = (node << 10) | label;
  auto it = labelCache_.find(key);
  if (it != labelCache_.end()) return it->second;
  bool has = txn->hasLabel(node, label);
  labelCache_.emplace(key, has);
  return has;
}

}  // namespace rollcall
