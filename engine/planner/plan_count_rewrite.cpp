// Grouped counts without materialised rows. An aggregation that only counts what its last
// Expand found (count(*), count(x), count(r)) and groups by values read on one side of it
// becomes an ExpandCount (one neighbour-list read per row) and sum() of the counts:
//
//   Aggregate(count) <- [Filter x:Label]* <- Expand(a -> x)                (grouped by a)
//   Aggregate(count) <- [Filter x:Label]* <- Expand(a -> x) <- Scan(a:L)   (grouped by x)
//   Aggregate(count x) <- Optional(inner: [Filter x:Label]* <- Expand(a -> x) <- Argument)
//
// In the second shape the scan moves to the grouped side, so the seed's Q2 (counts per student,
// planned from the smaller Session label) still reads one neighbour list per student.
#include <algorithm>

#include "engine/binder/expression_slots.h"
#include "engine/planner/planner.h"
#include "storage/catalog/catalog.h"

namespace rollcall {
namespace {

bool readsAny(const std::vector<std::pair<Slot, BoundExprPtr>>& groups, std::vector<Slot> slots) {
  for (const auto& [slot, expr] : groups) {
    std::vector<Slot> used;
    collectSlots(*expr, used);
    for (Slot s : used) {
      if (std::find(slots.begin(), slots.end(), s) != slots.end()) return true;
    }
  }
  return false;
}

// Labels required of `slot` by a run of HasLabels filters; false if a filter is anything else.
bool labelFilters(LogicalOperator*& op, Slot slot, std::vector<storage::LabelId>& labels) {
  while (op->kind == LogicalOpKind::FILTER) {
    const BoundExpression& p = *op->cast<FilterOp>().predicate;
    if (p.kind != BoundExprKind::HAS_LABELS) return false;
    const auto& has = p.cast<HasLabelsOp>();
    if (has.object->kind != BoundExprKind::SLOT || has.object->cast<SlotRef>().slot != slot) {
      return false;
    }
    labels.insert(labels.end(), has.labels.begin(), has.labels.end());
    op = op->child.get();
  }
  return true;
}

// A plain count of one of `slots`.
bool countsOneOf(const AggregateSpec& a, const std::vector<Slot>& slots) {
  if (!a.fn || a.fn->name != "count" || a.distinct || a.args.size() != 1) return false;
  if (a.args[0]->kind != BoundExprKind::SLOT) return false;
  return std::find(slots.begin(), slots.end(), a.args[0]->cast<SlotRef>().slot) != slots.end();
}

// Every aggregate is count(*) or a plain count of one of `slots`.
bool onlyCounts(const AggregateOp& agg, std::vector<Slot> slots) {
  return std::all_of(agg.aggregates.begin(), agg.aggregates.end(),
                     [&](const AggregateSpec& a) { return !a.fn || countsOneOf(a, slots); });
}

// An aggregate whose value does not change when its input rows repeat (DISTINCT, min, max) and
// that reads none of `slots`: `count(DISTINCT sess)` beside the count of an OPTIONAL MATCH from
// `sess`.
bool ignoresRepeats(const AggregateSpec& a, const std::vector<Slot>& slots) {
  if (!a.fn || !(a.distinct || a.fn->name == "min" || a.fn->name == "max")) return false;
  for (const auto& arg : a.args) {
    std::vector<Slot> used;
    collectSlots(*arg, used);
    for (Slot s : used) {
      if (std::find(slots.begin(), slots.end(), s) != slots.end()) return false;
    }
  }
  return true;
}

ast::RelDirection reversed(ast::RelDirection d) {
  if (d == ast::RelDirection::RIGHT) return ast::RelDirection::LEFT;
  if (d == ast::RelDirection::LEFT) return ast::RelDirection::RIGHT;
  return d;
}

// The aggregates counting one of `counted` (all of them when empty) become sums of countSlot.
void countBySum(AggregateOp& agg, Slot countSlot, const std::vector<Slot>& counted = {}) {
  const AggregateFunctionInfo* sum = lookupAggregateFunction("sum");
  for (auto& a : agg.aggregates) {
    if (!counted.empty() && !countsOneOf(a, counted)) continue;
    a.fn = sum;
    a.distinct = false;
    a.sumsCounts = true;
    a.args.clear();
    a.args.push_back(std::make_unique<SlotRef>(0, countSlot));
  }
}

std::unique_ptr<ExpandCountOp> countOf(const ExpandOp& e, Slot from, ast::RelDirection dir,
                                       std::vector<storage::LabelId> farLabels, Slot countSlot) {
  auto count = std::make_unique<ExpandCountOp>();
  count->from = from;
  count->types = e.types;
  count->direction = dir;
  count->toLabels = std::move(farLabels);
  count->unique = e.unique;
  count->countSlot = countSlot;
  count->details = e.details;
  return count;
}

// Grouped by the near side: count the far side per row.
bool rewriteNear(LogicalOpPtr& input, ExpandOp& e, std::vector<storage::LabelId> toLabels,
                 AggregateOp& agg) {
  if (readsAny(agg.groups, {e.to, e.rel})) return false;
  auto count = countOf(e, e.from, e.direction, std::move(toLabels), e.to);
  count->child = std::move(e.child);
  countBySum(agg, e.to);
  input = std::move(count);
  return true;
}

// Grouped by the far side of a single-hop pattern that starts with a scan: scan the far side
// instead and count back towards the scanned label.
bool rewriteFar(LogicalOpPtr& input, ExpandOp& e, std::vector<storage::LabelId> toLabels,
                AggregateOp& agg) {
  if (readsAny(agg.groups, {e.from, e.rel})) return false;
  LogicalOperator* below = e.child.get();
  std::vector<storage::LabelId> fromLabels;
  if (!labelFilters(below, e.from, fromLabels) || below->kind != LogicalOpKind::NODE_SCAN) {
    return false;
  }
  auto& scan = below->cast<NodeScanOp>();
  if (scan.node != e.from || !scan.child || scan.child->kind != LogicalOpKind::ARGUMENT)
    return false;
  if (scan.label) fromLabels.push_back(*scan.label);
  auto farScan = std::make_unique<NodeScanOp>();
  farScan->node = e.to;
  if (!toLabels.empty()) farScan->label = toLabels[0];
  farScan->details = "(far side of " + e.details + ")";
  farScan->child = std::move(scan.child);
  LogicalOpPtr root = std::move(farScan);
  if (toLabels.size() > 1) {
    auto has = std::make_unique<HasLabelsOp>(0, std::make_unique<SlotRef>(0, e.to));
    has->labels.assign(toLabels.begin() + 1, toLabels.end());
    auto filter = std::make_unique<FilterOp>();
    filter->predicate = std::move(has);
    root = chain(std::move(root), std::move(filter));
  }
  auto count = countOf(e, e.to, reversed(e.direction), std::move(fromLabels), e.from);
  countBySum(agg, e.from);
  input = chain(std::move(root), std::move(count));
  return true;
}

// A one-hop OPTIONAL MATCH from a bound node, counted: count(x) and count(r) are the number of
// relationships the expand finds, 0 for the null row the Optional adds, so the Optional becomes
// an ExpandCount over its input ("students who never attended" written with OPTIONAL MATCH and
// count = 0 reads one degree per student). count(*) would count the null row: not rewritten.
// Aggregates that ignore repeated rows may stand beside the counts (the instructor load's
// count(DISTINCT sess)): one row per input row instead of one per relationship leaves them as
// they were.
bool rewriteOptionalCount(LogicalOpPtr& input, AggregateOp& agg) {
  if (input->kind != LogicalOpKind::OPTIONAL) return false;
  auto& opt = input->cast<OptionalOp>();
  LogicalOperator* op = opt.inner.get();
  LogicalOperator* top = op;
  while (top->kind == LogicalOpKind::FILTER) top = top->child.get();
  if (top->kind != LogicalOpKind::EXPAND) return false;
  auto& e = top->cast<ExpandOp>();
  std::vector<storage::LabelId> toLabels;
  if (e.into || e.relBound || !labelFilters(op, e.to, toLabels)) return false;
  if (!e.child || e.child->kind != LogicalOpKind::ARGUMENT) return false;
  bool countsStar = std::any_of(agg.aggregates.begin(), agg.aggregates.end(),
                                [](const AggregateSpec& a) { return !a.fn; });
  std::vector<Slot> found = {e.to, e.rel};
  bool countsOrIgnores = std::all_of(
      agg.aggregates.begin(), agg.aggregates.end(),
      [&](const AggregateSpec& a) { return countsOneOf(a, found) || ignoresRepeats(a, found); });
  if (countsStar || !countsOrIgnores || readsAny(agg.groups, found)) return false;
  toLabels.insert(toLabels.end(), e.toLabels.begin(), e.toLabels.end());
  auto count = countOf(e, e.from, e.direction, std::move(toLabels), e.to);
  count->child = std::move(opt.child);
  count->keepZero = true;
  count->details = "OPTIONAL " + count->details;
  count->estimatedRows = count->child->estimatedRows;
  countBySum(agg, e.to, found);
  input = std::move(count);
  return true;
}

}  // namespace

bool rewriteGroupedCount(LogicalOpPtr& input, AggregateOp& agg) {
  if (rewriteOptionalCount(input, agg)) return true;
  LogicalOperator* op = input.get();
  std::vector<storage::LabelId> toLabels;
  LogicalOperator* top = op;
  while (top->kind == LogicalOpKind::FILTER) top = top->child.get();
  if (top->kind != LogicalOpKind::EXPAND) return false;
  auto& e = top->cast<ExpandOp>();
  if (e.into || e.relBound || !labelFilters(op, e.to, toLabels)) return false;
  toLabels.insert(toLabels.end(), e.toLabels.begin(), e.toLabels.end());
  if (onlyCounts(agg, {e.to, e.rel}) && rewriteNear(input, e, toLabels, agg)) return true;
  return onlyCounts(agg, {e.from, e.rel}) && rewriteFar(input, e, toLabels, agg);
}

// Aggregations over an Expand that groups by what was bound before it (`RETURN m.module,
// count(DISTINCT st)` over the expand to `st`) fold each relationship found into its group
// instead of building a row per relationship: Q4 folds a million rows into 20 groups.
bool canFoldExpand(const LogicalOperator& input, const AggregateOp& agg) {
  if (input.kind != LogicalOpKind::EXPAND) return false;
  const auto& e = input.cast<ExpandOp>();
  return !e.into && !e.relBound && !readsAny(agg.groups, {e.to, e.rel});
}

namespace {

// The label scan that makes `op` yield each value of `slot` at most once per run, if any.
const NodeScanOp* uniqueScanOf(const LogicalOperator& op, Slot slot) {
  switch (op.kind) {
    case LogicalOpKind::NODE_SCAN: {
      // Below an Argument, one run per argument row: unique within each run.
      const auto& scan = op.cast<NodeScanOp>();
      bool unique = scan.node == slot && op.child && op.child->kind == LogicalOpKind::ARGUMENT;
      return unique ? &scan : nullptr;
    }
    case LogicalOpKind::EXPAND_COUNT:
    case LogicalOpKind::FILTER:
    case LogicalOpKind::SORT:
    case LogicalOpKind::TOP_CANDIDATES:
    case LogicalOpKind::SKIP:
    case LogicalOpKind::LIMIT:
      return op.child ? uniqueScanOf(*op.child, slot) : nullptr;
    case LogicalOpKind::PROJECT: {
      const auto& items = op.cast<ProjectOp>().items;
      bool rewrites = std::any_of(items.begin(), items.end(),
                                  [&](const auto& item) { return item.first == slot; });
      return !rewrites && op.child ? uniqueScanOf(*op.child, slot) : nullptr;
    }
    default:
      return nullptr;
  }
}

// `node.key` where `node` is scanned once per run by a label with a unique constraint on `key`:
// two rows never share a non-null value.
bool uniqueUnlessNull(const LogicalOperator& input, const BoundExpression& group,
                      const storage::Catalog& catalog) {
  if (group.kind != BoundExprKind::PROPERTY) return false;
  const auto& p = group.cast<PropertyRef>();
  if (p.object->kind != BoundExprKind::SLOT || p.keyId == storage::INVALID_TOKEN) return false;
  const NodeScanOp* scan = uniqueScanOf(input, p.object->cast<SlotRef>().slot);
  if (!scan || !scan->label) return false;
  auto index = catalog.findIndex(*scan->label, p.keyId);
  return index && index->unique;
}

}  // namespace

bool groupsAreUnique(const LogicalOperator& input, const AggregateOp& agg) {
  return std::any_of(agg.groups.begin(), agg.groups.end(), [&](const auto& group) {
    return group.second->kind == BoundExprKind::SLOT &&
           uniqueScanOf(input, group.second->template cast<SlotRef>().slot);
  });
}

std::optional<Slot> countSlotOf(const AggregateOp& agg, Slot slot) {
  if (!agg.groupsUnique || agg.uniqueUnlessNull >= 0 || !agg.child ||
      agg.child->kind != LogicalOpKind::EXPAND_COUNT) {
    return std::nullopt;
  }
  Slot count = agg.child->cast<ExpandCountOp>().countSlot;
  for (const auto& a : agg.aggregates) {
    if (a.out != slot || !a.sumsCounts || a.args.size() != 1) continue;
    const BoundExpression& arg = *a.args[0];
    if (arg.kind == BoundExprKind::SLOT && arg.cast<SlotRef>().slot == count) return count;
  }
  return std::nullopt;
}

bool pushCountFilter(AggregateOp& agg, BoundExprPtr& where) {
  if (where->kind != BoundExprKind::BINARY) return false;
  auto& b = where->cast<BinaryOpExpr>();
  using ast::BinaryOp;
  if (b.op != BinaryOp::EQ && b.op != BinaryOp::NE && b.op != BinaryOp::LT &&
      b.op != BinaryOp::LE && b.op != BinaryOp::GT && b.op != BinaryOp::GE) {
    return false;
  }
  auto isConstant = [](const BoundExpression& e) {
    return e.kind == BoundExprKind::CONSTANT || e.kind == BoundExprKind::PARAMETER;
  };
  BoundExpression* side = nullptr;
  if (b.left->kind == BoundExprKind::SLOT && isConstant(*b.right)) side = b.left.get();
  if (b.right->kind == BoundExprKind::SLOT && isConstant(*b.left)) side = b.right.get();
  if (!side) return false;
  auto count = countSlotOf(agg, side->cast<SlotRef>().slot);
  if (!count) return false;
  static_cast<SlotRef&>(*side).slot = *count;  // kind checked above
  auto filter = std::make_unique<FilterOp>();
  filter->predicate = std::move(where);
  agg.child = chain(std::move(agg.child), std::move(filter));
  return true;
}

int groupUniqueUnlessNull(const LogicalOperator& input, const AggregateOp& agg,
                          const storage::Catalog& catalog) {
  for (size_t i = 0; i < agg.groups.size(); ++i) {
    if (uniqueUnlessNull(input, *agg.groups[i].second, catalog)) return int(i);
  }
  return -1;
}

}  // namespace rollcall
