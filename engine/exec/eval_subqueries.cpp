// Expressions answered by a sub-plan fed the current row: pattern predicates, EXISTS { },
// COUNT { } and pattern comprehensions.
#include "engine/exec/eval_operators.h"
#include "engine/exec/evaluator.h"
#include "engine/exec/mapper.h"
#include "engine/exec/operators/expand_support.h"
#include "engine/planner/logical_operator.h"

namespace rollcall {
namespace {

// The Expand when the plan is `(s)-[:T]->()` from the argument with nothing to check per
// relationship: its matches are then the degree of `s` (one point read per type and direction).
const ExpandOp* degreeOnlyExpand(const LogicalOperator& plan, ExecContext& ctx) {
  if (plan.kind != LogicalOpKind::EXPAND || plan.child->kind != LogicalOpKind::ARGUMENT) {
    return nullptr;
  }
  const auto& x = plan.cast<ExpandOp>();
  if (x.into || x.relBound || !x.unique.singles.empty() || !x.unique.lists.empty() ||
      !ctx.farLabelsToCheck(x.types, x.direction, x.toLabels).empty()) {
    return nullptr;
  }
  return &x;
}

uint64_t degreeOf(const ExpandOp& x, const Row& row, ExecContext& ctx) {
  const Value& from = row[x.from];
  if (from.kind() != Value::Kind::NODE) return 0;
  return stepCount(*ctx.txn, from.asNode().id, x.types, x.direction);
}

// The expression's sub-plan (instantiated at its first use in the statement), opened on `row`.
PhysicalOperator& openSubPlan(const BoundExpression& e, const LogicalOperator& plan, const Row& row,
                              ExecContext& ctx) {
  auto it = ctx.subPlans.find(&e);
  if (it == ctx.subPlans.end()) it = ctx.subPlans.emplace(&e, instantiatePlan(plan, ctx)).first;
  SubPlanInstance& sub = it->second;
  sub.setRow(row);
  sub.root->open(ctx);
  return *sub.root;
}

// How many matches the plan has, from the degrees, when they can tell: an undirected self-loop
// is one match but is in both degree counts, so such plans run.
std::optional<uint64_t> countByDegree(const LogicalOperator& plan, const Row& row,
                                      ExecContext& ctx) {
  const ExpandOp* x = degreeOnlyExpand(plan, ctx);
  if (!x || x->direction == ast::RelDirection::UNDIRECTED) return std::nullopt;
  return degreeOf(*x, row, ctx);
}

}  // namespace

Value evalPatternExists(const PatternExistsExpr& e, const Row& row, ExecContext& ctx) {
  if (const ExpandOp* x = degreeOnlyExpand(*e.plan, ctx)) return Value(degreeOf(*x, row, ctx) > 0);
  PhysicalOperator& root = openSubPlan(e, *e.plan, row, ctx);
  RowBatch batch;
  bool found = false;
  while (!found && root.next(ctx, batch)) found = !batch.empty();
  return Value(found);
}

Value evalPatternCount(const PatternCountExpr& e, const Row& row, ExecContext& ctx) {
  if (auto n = countByDegree(*e.plan, row, ctx)) return Value(int64_t(*n));
  PhysicalOperator& root = openSubPlan(e, *e.plan, row, ctx);
  RowBatch batch;
  int64_t n = 0;
  while (root.next(ctx, batch)) n += int64_t(batch.size());
  return Value(n);
}

// Rows of the comprehension's sub-plan, fed the current row, each projected into the list.
Value evalPatternComprehension(const PatternComprehensionOp& e, const Row& row, ExecContext& ctx) {
  // `size([(s)-[:T]->() | 1])`: a constant per match needs only their number.
  if (e.projection->kind == BoundExprKind::CONSTANT) {
    if (auto n = countByDegree(*e.plan, row, ctx)) {
      return Value(ValueList(*n, e.projection->cast<ConstantExpr>().value));
    }
  }
  PhysicalOperator& root = openSubPlan(e, *e.plan, row, ctx);
  ValueList out;
  RowBatch batch;
  while (root.next(ctx, batch)) {
    for (size_t i = 0; i < batch.size(); ++i) out.push_back(evaluate(*e.projection, batch[i], ctx));
  }
  return Value(std::move(out));
}

}  // namespace rollcall
