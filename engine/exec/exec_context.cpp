#include "engine/exec/exec_context.h"

#include <cstdio>

#include "engine/common/error.h"
#include "engine/exec/physical_operator.h"
#include "storage/graph/transaction.h"

namespace rollcall {

ExecContext::ExecContext() {
  fn.rng = &rng;
  fn.memory = &memory;
}

ExecContext::~ExecContext() = default;

bool ExecContext::nodeHasLabel(storage::NodeId node, storage::LabelId label) {
  if (label == storage::INVALID_TOKEN) return false;
  if (!readOnly) return txn->hasLabel(node, label);
  return labels_.has(*store, *txn, node, label);
}

void ExecContext::checkLimits() {
  checkDeadline();
  if (!readOnly && txn) memory.setTransactionBytes(txn->pendingWriteBytes());
}

void ExecContext::throwTimedOut() const {
  char limit[32];
  std::snprintf(limit, sizeof limit, "%g s", double(timeLimit.count()) / 1000);
  throw CypherError(ErrorClass::TRANSACTION_TIMED_OUT, "",
                    std::string("the statement ran past its time limit of ") + limit +
                        " and was stopped; its uncommitted writes were rolled back");
}

}  // namespace rollcall
