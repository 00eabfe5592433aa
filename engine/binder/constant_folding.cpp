#include "engine/binder/constant_folding.h"

#include "engine/common/value_ops.h"
#include "engine/exec/evaluator.h"
#include "engine/exec/physical_operator.h"

namespace rollcall {
namespace {

bool isConstant(const BoundExprPtr& e) { return !e || e->kind == BoundExprKind::CONSTANT; }

bool allConstant(const std::vector<BoundExprPtr>& exprs) {
  for (const auto& e : exprs) {
    if (!isConstant(e)) return false;
  }
  return true;
}

bool foldable(const BoundExpression& e) {
  switch (e.kind) {
    case BoundExprKind::UNARY:
      return isConstant(e.cast<UnaryOpExpr>().operand);
    case BoundExprKind::BINARY:
      return isConstant(e.cast<BinaryOpExpr>().left) && isConstant(e.cast<BinaryOpExpr>().right);
    case BoundExprKind::IS_NULL:
      return isConstant(e.cast<IsNullOpExpr>().operand);
    case BoundExprKind::LIST:
      return allConstant(e.cast<ListBuild>().items);
    case BoundExprKind::MAP:
      for (const auto& [k, v] : e.cast<MapBuild>().entries) {
        if (!isConstant(v)) return false;
      }
      return true;
    case BoundExprKind::FUNCTION:
      return e.cast<FunctionExpr>().fn->deterministic && allConstant(e.cast<FunctionExpr>().args);
    case BoundExprKind::INDEX:
      return isConstant(e.cast<IndexOpExpr>().object) && isConstant(e.cast<IndexOpExpr>().index);
    case BoundExprKind::SLICE: {
      const auto& s = e.cast<SliceOpExpr>();
      return isConstant(s.object) && isConstant(s.from) && isConstant(s.to);
    }
    default:
      return false;
  }
}

bool isLogical(const BoundExpression& e) {
  if (e.kind == BoundExprKind::UNARY) return e.cast<UnaryOpExpr>().op == ast::UnaryOp::NOT;
  if (e.kind != BoundExprKind::BINARY) return false;
  auto op = e.cast<BinaryOpExpr>().op;
  return op == ast::BinaryOp::AND || op == ast::BinaryOp::OR || op == ast::BinaryOp::XOR;
}

// Boolean operators reject non-boolean literals even where short-circuiting would never look
// at them (`false AND 123`).
void checkLogicalOperand(const BoundExprPtr& operand) {
  if (!operand || operand->kind != BoundExprKind::CONSTANT) return;
  const Value& v = operand->cast<ConstantExpr>().value;
  if (v.isNull() || v.kind() == Value::Kind::BOOL) return;
  throw syntaxError("InvalidArgumentType", "Type mismatch: expected Boolean but was " + typeName(v),
                    operand->offset);
}

}  // namespace

BoundExprPtr foldConstants(BoundExprPtr expr) {
  if (isLogical(*expr)) {
    if (expr->kind == BoundExprKind::UNARY) checkLogicalOperand(expr->cast<UnaryOpExpr>().operand);
    if (expr->kind == BoundExprKind::BINARY) {
      checkLogicalOperand(expr->cast<BinaryOpExpr>().left);
      checkLogicalOperand(expr->cast<BinaryOpExpr>().right);
    }
  }
  if (!foldable(*expr)) return expr;
  ExecContext ctx;
  Parameters none;
  ctx.params = &none;
  try {
    Value v = evaluate(*expr, Row{}, ctx);
    return std::make_unique<ConstantExpr>(expr->offset, std::move(v));
  } catch (const CypherError& e) {
    if (e.errorClass() != ErrorClass::TYPE_ERROR) return expr;  // raised again at run time
    throw syntaxError("InvalidArgumentType", e.message(), e.offset().value_or(expr->offset));
  }
}

}  // namespace rollcall
