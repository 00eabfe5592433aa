#include "engine/binder/expression_slots.h"

#include <algorithm>

namespace rollcall {
namespace {

void collectAll(const std::vector<BoundExprPtr>& exprs, std::vector<Slot>& out) {
  for (const auto& e : exprs) collectSlots(*e, out);
}

void collectOptional(const BoundExprPtr& e, std::vector<Slot>& out) {
  if (e) collectSlots(*e, out);
}

// Slots read by a list iteration, minus its own element variable.
void collectIteration(const ListIterationExpr& e, const BoundExprPtr& projection,
                      std::vector<Slot>& out) {
  std::vector<Slot> inner;
  collectOptional(e.where, inner);
  collectOptional(projection, inner);
  inner.erase(std::remove(inner.begin(), inner.end(), e.slot), inner.end());
  out.insert(out.end(), inner.begin(), inner.end());
  collectSlots(*e.list, out);
}

// Slots read by a fold, minus its own accumulator and element.
void collectReduce(const ReduceOp& e, std::vector<Slot>& out) {
  std::vector<Slot> inner;
  collectSlots(*e.step, inner);
  std::erase_if(inner, [&](Slot s) { return s == e.accumulator || s == e.element; });
  out.insert(out.end(), inner.begin(), inner.end());
  collectSlots(*e.init, out);
  collectSlots(*e.list, out);
}

}  // namespace

void collectSlots(const BoundExpression& expr, std::vector<Slot>& out) {
  switch (expr.kind) {
    case BoundExprKind::CONSTANT:
    case BoundExprKind::PARAMETER:
      return;
    case BoundExprKind::SLOT:
      out.push_back(expr.cast<SlotRef>().slot);
      return;
    case BoundExprKind::PROPERTY:
      collectSlots(*expr.cast<PropertyRef>().object, out);
      return;
    case BoundExprKind::LIST:
      collectAll(expr.cast<ListBuild>().items, out);
      return;
    case BoundExprKind::MAP:
      for (const auto& [k, v] : expr.cast<MapBuild>().entries) collectSlots(*v, out);
      return;
    case BoundExprKind::UNARY:
      collectSlots(*expr.cast<UnaryOpExpr>().operand, out);
      return;
    case BoundExprKind::BINARY:
      collectSlots(*expr.cast<BinaryOpExpr>().left, out);
      collectSlots(*expr.cast<BinaryOpExpr>().right, out);
      return;
    case BoundExprKind::CHAIN:
      collectAll(expr.cast<ChainOpExpr>().operands, out);
      return;
    case BoundExprKind::IS_NULL:
      collectSlots(*expr.cast<IsNullOpExpr>().operand, out);
      return;
    case BoundExprKind::FUNCTION:
      collectAll(expr.cast<FunctionExpr>().args, out);
      return;
    case BoundExprKind::CASE: {
      const auto& e = expr.cast<CaseOpExpr>();
      collectOptional(e.test, out);
      for (const auto& [w, t] : e.whens) {
        collectSlots(*w, out);
        collectSlots(*t, out);
      }
      collectOptional(e.elseExpr, out);
      return;
    }
    case BoundExprKind::INDEX:
      collectSlots(*expr.cast<IndexOpExpr>().object, out);
      collectSlots(*expr.cast<IndexOpExpr>().index, out);
      return;
    case BoundExprKind::SLICE: {
      const auto& e = expr.cast<SliceOpExpr>();
      collectSlots(*e.object, out);
      collectOptional(e.from, out);
      collectOptional(e.to, out);
      return;
    }
    case BoundExprKind::LIST_COMPREHENSION: {
      const auto& e = expr.cast<ListComprehensionOp>();
      collectIteration(e, e.projection, out);
      return;
    }
    case BoundExprKind::QUANTIFIER:
      collectIteration(expr.cast<QuantifierOp>(), nullptr, out);
      return;
    case BoundExprKind::PATTERN_EXISTS:
    case BoundExprKind::PATTERN_COUNT: {
      const auto& deps = static_cast<const SubPlanExpr&>(expr).dependencies;
      out.insert(out.end(), deps.begin(), deps.end());
      return;
    }
    case BoundExprKind::REDUCE:
      collectReduce(expr.cast<ReduceOp>(), out);
      return;
    case BoundExprKind::PATTERN_COMPREHENSION: {
      const auto& deps = expr.cast<PatternComprehensionOp>().dependencies;
      out.insert(out.end(), deps.begin(), deps.end());
      return;
    }
    case BoundExprKind::HAS_LABELS:
      collectSlots(*expr.cast<HasLabelsOp>().object, out);
      return;
    case BoundExprKind::MAP_PROJECTION: {
      const auto& e = expr.cast<MapProjectionOp>();
      collectSlots(*e.object, out);
      for (const auto& [k, v] : e.entries) collectSlots(*v, out);
      return;
    }
    case BoundExprKind::PATH_BUILD: {
      const auto& e = expr.cast<PathBuildExpr>();
      out.insert(out.end(), e.nodeSlots.begin(), e.nodeSlots.end());
      out.insert(out.end(), e.relSlots.begin(), e.relSlots.end());
      return;
    }
  }
}

}  // namespace rollcall
