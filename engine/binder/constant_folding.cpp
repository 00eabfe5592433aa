#include "engine/binder/constant_folding.h"

#include "engine/common/value_ops.h"
#include "engine/exec/evaluator.h"
#include "engine/exec/physical_operator.h"

namespace rollcall {
namespace {

constexpr uint64_t FOLD_MEMORY_LIMIT = 64ull << 20;

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
    case BoundExprKind::CHAIN:
      return allConstant(e.cast<ChainOpExpr>().operands);
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

bool isLogical(ast::BinaryOp op) {
  return op == ast::BinaryOp::AND || op == ast::BinaryOp::OR || op == ast::BinaryOp::XOR;
}

bool isLogical(const BoundExpression& e) {
  if (e.kind == BoundExprKind::UNARY) return e.cast<UnaryOpExpr>().op == ast::UnaryOp::NOT;
  if (e.kind == BoundExprKind::CHAIN) return isLogical(e.cast<ChainOpExpr>().ops[0]);
  return e.kind == BoundExprKind::BINARY && isLogical(e.cast<BinaryOpExpr>().op);
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

// The nested operators a chain stands for would fold `1 + 2 + x` to `3 + x`: so does the chain.
void foldLeadingConstants(ChainOpExpr& chain) {
  size_t constants = 0;
  while (constants < chain.operands.size() && isConstant(chain.operands[constants])) ++constants;
  if (constants < 2 || constants == chain.operands.size()) return;
  auto prefix = std::make_unique<ChainOpExpr>(chain.offset);
  for (size_t i = 0; i < constants; ++i) prefix->operands.push_back(std::move(chain.operands[i]));
  prefix->ops.assign(chain.ops.begin(), chain.ops.begin() + long(constants - 1));
  chain.operands.erase(chain.operands.begin() + 1, chain.operands.begin() + long(constants));
  chain.ops.erase(chain.ops.begin(), chain.ops.begin() + long(constants - 1));
  chain.operands[0] = foldConstants(std::move(prefix));
}

bool isBoolConstant(const BoundExprPtr& e, bool value) {
  if (!e || e->kind != BoundExprKind::CONSTANT) return false;
  const Value& v = e->cast<ConstantExpr>().value;
  return v.kind() == Value::Kind::BOOL && v.asBool() == value;
}

// Whether `e` yields a boolean or null (or fails the way it would as an operand of AND/OR).
bool yieldsBoolean(const BoundExpression& e) {
  switch (e.kind) {
    case BoundExprKind::BINARY:
      return e.cast<BinaryOpExpr>().op <= ast::BinaryOp::GE ||
             e.cast<BinaryOpExpr>().op >= ast::BinaryOp::IN;
    case BoundExprKind::CHAIN:
      return e.cast<ChainOpExpr>().ops[0] <= ast::BinaryOp::GE;
    case BoundExprKind::UNARY:
      return e.cast<UnaryOpExpr>().op == ast::UnaryOp::NOT;
    case BoundExprKind::IS_NULL:
    case BoundExprKind::HAS_LABELS:
    case BoundExprKind::PATTERN_EXISTS:
    case BoundExprKind::QUANTIFIER:
      return true;
    default:
      return false;
  }
}

// AND and OR run left to right and stop at the first operand that decides: a constant there
// decides the whole (`true OR x` is true without x), and one that does not (`true AND x`) drops
// out. With `$from IS NULL` folded for a null $from, `$from IS NULL OR s.date >= $from` leaves
// no filter behind, and the plan no filter in the way of its fast paths.
BoundExprPtr foldLeadingLogical(BoundExprPtr expr) {
  if (expr->kind == BoundExprKind::BINARY) {
    auto& bin = static_cast<BinaryOpExpr&>(*expr);
    if (bin.op != ast::BinaryOp::AND && bin.op != ast::BinaryOp::OR) return expr;
    bool decider = bin.op == ast::BinaryOp::OR;  // OR stops at true, AND at false
    if (isBoolConstant(bin.left, decider)) return std::move(bin.left);
    if (isBoolConstant(bin.left, !decider) && yieldsBoolean(*bin.right))
      return std::move(bin.right);
    return expr;
  }
  if (expr->kind != BoundExprKind::CHAIN) return expr;
  auto& chain = static_cast<ChainOpExpr&>(*expr);
  ast::BinaryOp op = chain.ops[0];
  if (op != ast::BinaryOp::AND && op != ast::BinaryOp::OR) return expr;
  for (ast::BinaryOp other : chain.ops) {
    if (other != op) return expr;
  }
  bool decider = op == ast::BinaryOp::OR;
  if (isBoolConstant(chain.operands[0], decider)) return std::move(chain.operands[0]);
  // Identity operands first: the next one starts the chain, checked as a boolean as before.
  // Counted, then erased at once: a chain may hold 100,000 operands.
  size_t identities = 0;
  while (identities + 2 < chain.operands.size() &&
         isBoolConstant(chain.operands[identities], !decider)) {
    ++identities;
  }
  chain.operands.erase(chain.operands.begin(), chain.operands.begin() + long(identities));
  chain.ops.erase(chain.ops.end() - long(identities), chain.ops.end());
  return expr;
}

}  // namespace

BoundExprPtr foldConstants(BoundExprPtr expr) {
  if (isLogical(*expr)) {
    if (expr->kind == BoundExprKind::UNARY) checkLogicalOperand(expr->cast<UnaryOpExpr>().operand);
    if (expr->kind == BoundExprKind::BINARY) {
      checkLogicalOperand(expr->cast<BinaryOpExpr>().left);
      checkLogicalOperand(expr->cast<BinaryOpExpr>().right);
    }
    if (expr->kind == BoundExprKind::CHAIN) {
      for (const auto& operand : expr->cast<ChainOpExpr>().operands) checkLogicalOperand(operand);
    }
  }
  if (expr->kind == BoundExprKind::CHAIN) foldLeadingConstants(static_cast<ChainOpExpr&>(*expr));
  if (isLogical(*expr)) expr = foldLeadingLogical(std::move(expr));
  if (!foldable(*expr)) return expr;
  ExecContext ctx;
  Parameters none;
  ctx.params = &none;
  // A constant too big to keep in the plan (range(1, 100000000)) is left to run time, under
  // the statement's memory limit.
  ctx.memory = MemoryBudget(FOLD_MEMORY_LIMIT);
  try {
    Value v = evaluate(*expr, Row{}, ctx);
    return std::make_unique<ConstantExpr>(expr->offset, std::move(v));
  } catch (const CypherError& e) {
    if (e.errorClass() != ErrorClass::TYPE_ERROR) return expr;  // raised again at run time, if
    throw syntaxError("InvalidArgumentType", e.message(), e.offset().value_or(expr->offset));
  }
}

}  // namespace rollcall
