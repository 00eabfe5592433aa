#include "engine/exec/exec_context.h"

#include "storage/graph/transaction.h"

namespace rollcall {

bool ExecContext::nodeHasLabel(storage::NodeId node, storage::LabelId label) {
  if (label == storage::INVALID_TOKEN) return false;
  if (!readOnly) return txn->hasLabel(node, label);
  return labels_.has(*store, *txn, node, label);
}

}  // namespace rollcall
