// NodeByLabelScan with column predicates: the label scan under a Filter whose conjuncts compare a
// property of the scanned node with a constant (`s.name = 'Alice'`, `s.year >= $from`). It reads
// the label's bitmap and the properties' columns a chunk of 4,096 node ids at a time and emits
// only the nodes whose values pass, so the Filter above (which stays, and decides) sees a
// handful of rows instead of a row per node read one record at a time.
#include "engine/exec/operators/column_scan.h"

#include <algorithm>

#include "engine/common/value_ops.h"
#include "engine/exec/evaluator.h"
#include "storage/graph/transaction.h"

namespace rollcall {
namespace {

using storage::ChunkBitmap;
using storage::PropertyChunk;
using Layout = storage::PropertyChunk::Layout;

// Cypher's answer to `value <op> constant` is true.
bool passes(const Value& value, ColumnPredicate::Op op, const Value& constant) {
  using Op = ColumnPredicate::Op;
  switch (op) {
    case Op::IS_NOT_NULL: return !value.isNull();
    case Op::HAS_STEP:
    case Op::HAS_NO_STEP: return true;  // narrowed by narrowBySteps
    case Op::EQ: return isTrue(cypherEquals(value, constant));
    case Op::NE: {
      Value eq = cypherEquals(value, constant);
      return !eq.isNull() && !isTrue(eq);
    }
    case Op::LT: return isTrue(cypherCompareOp(value, constant, CompareOp::LT));
    case Op::LE: return isTrue(cypherCompareOp(value, constant, CompareOp::LE));
    case Op::GT: return isTrue(cypherCompareOp(value, constant, CompareOp::GT));
    case Op::GE: return isTrue(cypherCompareOp(value, constant, CompareOp::GE));
  }
  return false;
}

template <typename T>
bool compareExact(T a, ColumnPredicate::Op op, T b) {
  using Op = ColumnPredicate::Op;
  switch (op) {
    case Op::EQ: return a == b;
    case Op::NE: return a != b;
    case Op::LT: return a < b;
    case Op::LE: return a <= b;
    case Op::GT: return a > b;
    case Op::GE: return a >= b;
    case Op::IS_NOT_NULL:
    case Op::HAS_STEP:
    case Op::HAS_NO_STEP: return true;
  }
  return false;
}

// Keeps the nodes of `selected` that have (or, for HAS_NO_STEP, lack) a relationship of the
// expand's types in its direction.
void narrowBySteps(ExecContext& ctx, ChunkBitmap& selected, const ExpandOp& steps,
                   ColumnPredicate::Op op, uint64_t chunk) {
  ChunkBitmap any;
  auto addDegrees = [&](storage::Direction dir) {
    for (storage::RelTypeId type : steps.types) {
      auto degrees = ctx.txn->degreeColumn(type, dir, chunk);
      selected.forEach([&](size_t slot) {
        if (degrees->degrees[slot] > 0) any.set(slot);
      });
    }
  };
  if (steps.direction != ast::RelDirection::LEFT) addDegrees(storage::Direction::OUT);
  if (steps.direction != ast::RelDirection::RIGHT) addDegrees(storage::Direction::IN);
  bool wanted = op == ColumnPredicate::Op::HAS_STEP;
  ChunkBitmap kept;
  selected.forEach([&](size_t slot) {
    if (any.test(slot) == wanted) kept.set(slot);
  });
  selected = kept;
}

// Clears the bits of `selected` whose value in `column` does not pass. Strings compared for
// (in)equality and integers with an integer compare in place; anything else goes through
// Cypher's comparison one value at a time.
void narrow(ChunkBitmap& selected, const PropertyChunk& column, ColumnPredicate::Op op,
            const Value& constant) {
  ChunkBitmap kept;
  bool stringEq = column.layout == Layout::STRING && constant.kind() == Value::Kind::STRING &&
                  (op == ColumnPredicate::Op::EQ || op == ColumnPredicate::Op::NE);
  bool intCompare = column.layout == Layout::INT && constant.kind() == Value::Kind::INT;
  selected.forEach([&](size_t slot) {
    if (!column.has(slot)) return;
    bool ok;
    if (op == ColumnPredicate::Op::IS_NOT_NULL) {
      ok = true;
    } else if (stringEq) {
      ok = (column.stringAt(slot) == constant.asString()) == (op == ColumnPredicate::Op::EQ);
    } else if (intCompare) {
      ok = compareExact(column.ints[slot], op, constant.asInt());
    } else {
      ok = passes(fromProperty(column.get(slot)), op, constant);
    }
    if (ok) kept.set(slot);
  });
  selected = kept;
}

class ColumnScanOperator : public PerRowOperator {
 public:
  ColumnScanOperator(const NodeScanOp& op, std::vector<ColumnPredicate> predicates)
      : PerRowOperator("NodeByLabelScan", op.details + " with column predicates"),
        op_(op),
        predicates_(std::move(predicates)) {}

 protected:
  void startRow(ExecContext& ctx, Row& in) override {
    constants_.clear();
    empty_ = false;
    active_.clear();
    for (const auto& p : predicates_) {
      constants_.push_back(p.constant ? evaluate(*p.constant, in, ctx) : Value());
      // A comparison with null is never true.
      if (p.constant && constants_.back().isNull()) empty_ = true;
      // Degrees answer a step predicate only when the far node's labels need no check.
      active_.push_back(!p.steps || ctx.farLabelsToCheck(p.steps->types, p.steps->direction,
                                                         p.steps->toLabels)
                                        .empty());
    }
    chunk_ = 0;
    chunks_ = storage::columnChunkOf(ctx.txn->nodeIdEnd() + storage::COLUMN_CHUNK_SIZE - 1);
    ids_.clear();
    pos_ = 0;
  }

  bool process(ExecContext& ctx, Row& in, RowBatch& out) override {
    while (out.size() < BATCH_SIZE) {
      if (pos_ == ids_.size() && !refill(ctx)) return true;
      out.push_back(in);
      out.back()[op_.node] = Value(NodeValue{ids_[pos_++], nullptr});
    }
    return false;
  }

 private:
  // The passing nodes of the next chunk that has any.
  bool refill(ExecContext& ctx) {
    ids_.clear();
    pos_ = 0;
    while (!empty_ && ids_.empty() && chunk_ < chunks_) {
      ctx.checkDeadline();
      uint64_t chunk = chunk_++;
      ChunkBitmap selected = ctx.txn->labelColumn(*op_.label, chunk)->members;
      for (size_t i = 0; i < predicates_.size() && !selected.empty(); ++i) {
        const ColumnPredicate& p = predicates_[i];
        if (!active_[i]) continue;
        if (p.steps) {
          narrowBySteps(ctx, selected, *p.steps, p.op, chunk);
        } else {
          narrow(selected, *ctx.txn->propertyColumn(p.key, chunk), p.op, constants_[i]);
        }
      }
      storage::NodeId first = storage::columnChunkStart(chunk);
      selected.forEach([&](size_t slot) { ids_.push_back(first + slot); });
    }
    return !ids_.empty();
  }

  const NodeScanOp& op_;
  std::vector<ColumnPredicate> predicates_;
  std::vector<Value> constants_;
  std::vector<bool> active_;  // per predicate: applied here (else left to the filter)
  bool empty_ = false;
  uint64_t chunk_ = 0;
  uint64_t chunks_ = 0;
  std::vector<storage::NodeId> ids_;
  size_t pos_ = 0;
};

// `(node)-[:T]->(...)` or `NOT (node)-[:T]->(...)`: a one-hop pattern of known types from the
// scanned node with nothing to check but the far node's labels.
std::optional<ColumnPredicate> stepPredicate(const BoundExpression& predicate, Slot node) {
  const BoundExpression* e = &predicate;
  bool negated = false;
  if (e->kind == BoundExprKind::UNARY && e->cast<UnaryOpExpr>().op == ast::UnaryOp::NOT) {
    e = e->cast<UnaryOpExpr>().operand.get();
    negated = true;
  }
  if (e->kind != BoundExprKind::PATTERN_EXISTS) return std::nullopt;
  const LogicalOperator& plan = *e->cast<PatternExistsExpr>().plan;
  if (plan.kind != LogicalOpKind::EXPAND || !plan.child ||
      plan.child->kind != LogicalOpKind::ARGUMENT) {
    return std::nullopt;
  }
  const auto& x = plan.cast<ExpandOp>();
  bool typesKnown = !x.types.empty() &&
                    std::none_of(x.types.begin(), x.types.end(),
                                 [](storage::RelTypeId t) { return t == storage::INVALID_TOKEN; });
  if (x.from != node || x.into || x.relBound || !x.unique.singles.empty() ||
      !x.unique.lists.empty() || !typesKnown) {
    return std::nullopt;
  }
  ColumnPredicate p;
  p.op = negated ? ColumnPredicate::Op::HAS_NO_STEP : ColumnPredicate::Op::HAS_STEP;
  p.steps = &x;
  return p;
}

// `predicate` as a column predicate on `node`, when it is one.
std::optional<ColumnPredicate> asColumnPredicate(const BoundExpression& predicate, Slot node) {
  auto propertyOf = [&](const BoundExpression& e) -> const PropertyRef* {
    if (e.kind != BoundExprKind::PROPERTY) return nullptr;
    const auto& p = e.cast<PropertyRef>();
    if (p.keyId == storage::INVALID_TOKEN || p.object->kind != BoundExprKind::SLOT ||
        p.object->cast<SlotRef>().slot != node) {
      return nullptr;
    }
    return &p;
  };
  auto isConstant = [](const BoundExpression& e) {
    return e.kind == BoundExprKind::CONSTANT || e.kind == BoundExprKind::PARAMETER;
  };
  if (auto steps = stepPredicate(predicate, node)) return steps;
  if (predicate.kind == BoundExprKind::IS_NULL) {
    const auto& n = predicate.cast<IsNullOpExpr>();
    const PropertyRef* p = propertyOf(*n.operand);
    if (!n.negated || !p) return std::nullopt;
    return ColumnPredicate{p->keyId, ColumnPredicate::Op::IS_NOT_NULL, nullptr};
  }
  if (predicate.kind != BoundExprKind::BINARY) return std::nullopt;
  const auto& b = predicate.cast<BinaryOpExpr>();
  using ast::BinaryOp;
  using Op = ColumnPredicate::Op;
  static const std::pair<BinaryOp, std::pair<Op, Op>> OPS[] = {
      {BinaryOp::EQ, {Op::EQ, Op::EQ}}, {BinaryOp::NE, {Op::NE, Op::NE}},
      {BinaryOp::LT, {Op::LT, Op::GT}}, {BinaryOp::LE, {Op::LE, Op::GE}},
      {BinaryOp::GT, {Op::GT, Op::LT}}, {BinaryOp::GE, {Op::GE, Op::LE}}};
  for (const auto& [binary, ops] : OPS) {
    if (b.op != binary) continue;
    if (const PropertyRef* p = propertyOf(*b.left); p && isConstant(*b.right)) {
      return ColumnPredicate{p->keyId, ops.first, b.right.get()};
    }
    if (const PropertyRef* p = propertyOf(*b.right); p && isConstant(*b.left)) {
      return ColumnPredicate{p->keyId, ops.second, b.left.get()};  // `5 < s.x` is `s.x > 5`
    }
  }
  return std::nullopt;
}

}  // namespace

std::vector<ColumnPredicate> columnPredicates(const BoundExpression& predicate, Slot node) {
  std::vector<const BoundExpression*> conjuncts;
  if (predicate.kind == BoundExprKind::CHAIN) {
    const auto& chain = predicate.cast<ChainOpExpr>();
    bool allAnd = std::all_of(chain.ops.begin(), chain.ops.end(),
                              [](ast::BinaryOp op) { return op == ast::BinaryOp::AND; });
    if (allAnd) {
      for (const auto& operand : chain.operands) conjuncts.push_back(operand.get());
    }
  } else {
    conjuncts.push_back(&predicate);
  }
  std::vector<ColumnPredicate> out;
  for (const BoundExpression* c : conjuncts) {
    if (auto p = asColumnPredicate(*c, node)) out.push_back(*p);
  }
  return out;
}

OperatorPtr makeColumnScan(const NodeScanOp& op, std::vector<ColumnPredicate> predicates) {
  return std::make_unique<ColumnScanOperator>(op, std::move(predicates));
}

}  // namespace rollcall
