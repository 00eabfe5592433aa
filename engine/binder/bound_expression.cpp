#include "engine/binder/bound_expression.h"

#include "engine/planner/logical_operator.h"

namespace rollcall {

// Out of line: the expression owns a logical plan, which this header only forward-declares.
SubPlanExpr::SubPlanExpr(BoundExprKind k, uint32_t o) : BoundExpression(k, o) {}
SubPlanExpr::~SubPlanExpr() = default;
PatternComprehensionOp::PatternComprehensionOp(uint32_t o) : BoundExpression(KIND, o) {}
PatternComprehensionOp::~PatternComprehensionOp() = default;

BoundExprPtr makeConjunction(std::vector<BoundExprPtr> predicates) {
  RC_ASSERT(!predicates.empty());
  if (predicates.size() == 1) return std::move(predicates[0]);
  auto chain = std::make_unique<ChainOpExpr>(predicates[0]->offset);
  chain->ops.assign(predicates.size() - 1, ast::BinaryOp::AND);
  chain->operands = std::move(predicates);
  return chain;
}

}  // namespace rollcall
