#include "engine/exec/exec_context.h"

#include <cstdio>

#include "engine/common/error.h"
#include "engine/exec/physical_operator.h"
#include "storage/graph/graph_store.h"
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

namespace {

// Whether every relationship of `type` has, at its `end` (OUT: its start, IN: its end), a node
// with `label`: the relationships leaving (or entering) the label's nodes are all of them.
bool everyEndHasLabel(storage::GraphStore& store, storage::RelTypeId type, storage::LabelId label,
                      storage::Direction end) {
  return store.degreeStats(label, type, end).rels == store.relTypeCount(type);
}

}  // namespace

const std::vector<storage::LabelId>& ExecContext::farLabelsToCheck(
    const std::vector<storage::RelTypeId>& types, ast::RelDirection direction,
    const std::vector<storage::LabelId>& toLabels) {
  if (toLabels.empty() || types.empty() || !store || txn->hasWrites()) return toLabels;
  auto known = farLabels_.find(&toLabels);
  if (known != farLabels_.end()) return known->second;
  using storage::Direction;
  // Seen from the expanding node, a RIGHT step's far node is the relationship's end node.
  bool checkStart = direction != ast::RelDirection::RIGHT;
  bool checkEnd = direction != ast::RelDirection::LEFT;
  std::vector<storage::LabelId> remaining;
  for (storage::LabelId label : toLabels) {
    bool implied = label != storage::INVALID_TOKEN;
    for (storage::RelTypeId type : types) {
      if (!implied) break;
      if (type == storage::INVALID_TOKEN) implied = false;
      if (checkStart && !everyEndHasLabel(*store, type, label, Direction::OUT)) implied = false;
      if (checkEnd && !everyEndHasLabel(*store, type, label, Direction::IN)) implied = false;
    }
    if (!implied) remaining.push_back(label);
  }
  return farLabels_[&toLabels] = std::move(remaining);
}

void ExecContext::checkLimits() {
  checkDeadline();
  if (!readOnly && txn) memory.setTransactionBytes(txn->pendingWriteBytes());
}

void ExecContext::throwCancelled() const {
  throw CypherError(ErrorClass::TRANSACTION_TERMINATED, "",
                    "the statement was cancelled; its uncommitted writes were rolled back");
}

void ExecContext::throwTimedOut() const {
  char limit[32];
  std::snprintf(limit, sizeof limit, "%g s", double(timeLimit.count()) / 1000);
  throw CypherError(ErrorClass::TRANSACTION_TIMED_OUT, "",
                    std::string("the statement ran past its time limit of ") + limit +
                        " and was stopped; its uncommitted writes were rolled back");
}

}  // namespace rollcall
