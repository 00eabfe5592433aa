// Where a Top's candidates are chosen. `ORDER BY sessions DESC, name LIMIT 3` needs `name` only
// to order students whose session counts tie, so the rows whose count cannot rank in the first 3
// can go before anything computes their names:
//
//   Top <- Projection(name) <- TopCandidates(sessions) <- ...
//
// and when `sessions` is the count of an aggregation whose groups each have one row (grouped by
// the scanned student), before that aggregation too, on the count the ExpandCount below it read:
//
//   Top <- Projection <- Aggregation <- TopCandidates(count) <- ExpandCount <- NodeByLabelScan
//
// which the mapper turns into one pass over the label's bitmap and degree columns.
#include <optional>

#include "engine/planner/planner.h"

namespace rollcall {
namespace {

std::optional<Slot> plainSlot(const BoundExpression& expr) {
  if (expr.kind != BoundExprKind::SLOT) return std::nullopt;
  return expr.cast<SlotRef>().slot;
}

// The slot below `project` holding what `slot` holds above it: the slot itself when the
// projection does not write it, the source of a plain copy; none when the projection computes it.
std::optional<Slot> slotBelow(const ProjectOp& project, Slot slot) {
  for (const auto& [out, expr] : project.items) {
    if (out == slot) return plainSlot(*expr);
  }
  return slot;
}

LogicalOpPtr candidates(Slot key, const SortOp& sort, LogicalOpPtr input) {
  auto op = std::make_unique<TopCandidatesOp>();
  op->key = key;
  op->descending = sort.keys[0].descending;
  op->limit = sort.limit.get();
  return chain(std::move(input), std::move(op));
}

}  // namespace

LogicalOpPtr placeTopCandidates(LogicalOpPtr input, const ProjectOp& project, const SortOp& sort) {
  if (!sort.limit || sort.keys.empty()) return input;
  std::optional<Slot> key = plainSlot(*sort.keys[0].expr);
  if (key) key = slotBelow(project, *key);
  if (!key) return input;
  if (input->kind == LogicalOpKind::AGGREGATE) {
    auto& agg = input->cast<AggregateOp>();
    if (auto count = countSlotOf(agg, *key)) {
      agg.child = candidates(*count, sort, std::move(agg.child));
      return input;
    }
  }
  // Only a projection computing something is worth skipping.
  if (project.items.empty()) return input;
  return candidates(*key, sort, std::move(input));
}

}  // namespace rollcall
