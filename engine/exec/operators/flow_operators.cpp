// Operators that shape the row stream: Skip, Limit, Distinct, Eager, Empty, Union, Optional.
#include <unordered_set>

#include "engine/common/value_footprint.h"
#include "engine/common/value_ops.h"
#include "engine/exec/evaluator.h"
#include "engine/exec/operators/operators.h"
#include "engine/exec/operators/row_key.h"

namespace rollcall {

int64_t evaluateCount(const BoundExpression& expr, ExecContext& ctx, const char* clause) {
  Value v = evaluate(expr, ctx.emptyRow(), ctx);
  // The TCK classes these as SyntaxError even for parameters, which are known before the query
  // runs.
  ErrorClass cls = ErrorClass::SYNTAX_ERROR;
  std::string expected = std::string(clause) + ": expected a non-negative integer but was ";
  if (v.kind() != Value::Kind::INT) {
    throw CypherError(cls, "InvalidArgumentType", expected + typeName(v), expr.offset);
  }
  if (v.asInt() < 0) {
    throw CypherError(cls, "NegativeIntegerArgument", expected + std::to_string(v.asInt()),
                      expr.offset);
  }
  return v.asInt();
}

namespace {

class SkipLimitOperator : public PhysicalOperator {
 public:
  SkipLimitOperator(const BoundExpression& count, bool isLimit, bool drain, std::string details)
      : PhysicalOperator(isLimit ? "Limit" : "Skip", std::move(details)),
        count_(count),
        isLimit_(isLimit),
        drain_(drain) {}

 protected:
  void doOpen(ExecContext& ctx) override {
    PhysicalOperator::doOpen(ctx);
    remaining_ = evaluateCount(count_, ctx, isLimit_ ? "LIMIT" : "SKIP");
  }
  bool doNext(ExecContext& ctx, RowBatch& out) override {
    if (isLimit_) {
      if (remaining_ <= 0) {
        RowBatch discard;
        while (drain_ && child->next(ctx, discard)) {
        }
        return false;  // without writes below, never pull past the limit
      }
      if (!child->next(ctx, out)) return false;
      if (static_cast<int64_t>(out.size()) > remaining_) out.resize(remaining_);
      remaining_ -= static_cast<int64_t>(out.size());
      return true;
    }
    while (child->next(ctx, out)) {
      int64_t drop = std::min<int64_t>(remaining_, static_cast<int64_t>(out.size()));
      out.erase(out.begin(), out.begin() + drop);
      remaining_ -= drop;
      if (!out.empty()) return true;
    }
    return false;
  }

 private:
  const BoundExpression& count_;
  bool isLimit_;
  bool drain_;
  int64_t remaining_ = 0;
};

class DistinctOperator : public PhysicalOperator {
 public:
  explicit DistinctOperator(const DistinctOp& op)
      : PhysicalOperator("Distinct", op.details), op_(op) {}

 protected:
  void doOpen(ExecContext& ctx) override {
    PhysicalOperator::doOpen(ctx);
    seen_.clear();
    held_.reset();
  }
  bool doNext(ExecContext& ctx, RowBatch& out) override {
    RowBatch in;
    while (out.empty()) {
      if (!child->next(ctx, in)) return false;
      for (auto& row : in) {
        std::vector<Value> key;
        for (Slot s : op_.slots) key.push_back(row[s]);
        if (!seen_.contains(key)) {
          held_.grow(ctx.memory, HASH_NODE + footprint(key), "DISTINCT");
          seen_.insert(std::move(key));
          out.push_back(std::move(row));
        }
      }
    }
    return true;
  }

 private:
  const DistinctOp& op_;
  std::unordered_set<std::vector<Value>, RowKeyHash, RowKeyEqual> seen_;
  MemoryReservation held_;
};

// Materialises its whole input before producing anything, so writes downstream cannot affect
// reads upstream.
class EagerOperator : public PhysicalOperator {
 public:
  EagerOperator() : PhysicalOperator("Eager", "") {}

 protected:
  void doOpen(ExecContext& ctx) override {
    PhysicalOperator::doOpen(ctx);
    rows_.clear();
    held_.reset();
    pos_ = 0;
    filled_ = false;
  }
  bool doNext(ExecContext& ctx, RowBatch& out) override {
    if (!filled_) {
      filled_ = true;
      RowBatch in;
      while (child->next(ctx, in)) {
        for (auto& r : in) {
          holdRow(ctx, held_, r, "rows read before writing (Eager)");
          rows_.push_back(std::move(r));
        }
      }
    }
    while (pos_ < rows_.size() && out.size() < BATCH_SIZE) out.push_back(std::move(rows_[pos_++]));
    return !out.empty();
  }

 private:
  RowBatch rows_;
  MemoryReservation held_;
  size_t pos_ = 0;
  bool filled_ = false;
};

class EmptyOperator : public PhysicalOperator {
 public:
  EmptyOperator() : PhysicalOperator("EmptyResult", "") {}

 protected:
  bool doNext(ExecContext&, RowBatch&) override { return false; }
};

class UnionOperator : public PhysicalOperator {
 public:
  UnionOperator(const UnionOp& op, std::vector<OperatorPtr> inputs)
      : PhysicalOperator(op.details, ""), op_(op), inputs_(std::move(inputs)) {}

 protected:
  void doOpen(ExecContext& ctx) override {
    current_ = 0;
    if (!inputs_.empty()) inputs_[0]->open(ctx);
  }
  bool doNext(ExecContext& ctx, RowBatch& out) override {
    RowBatch in;
    while (current_ < inputs_.size()) {
      if (inputs_[current_]->next(ctx, in)) {
        for (const Row& row : in) out.push_back(remap(row, op_.inputSlots[current_]));
        return true;
      }
      if (++current_ < inputs_.size()) inputs_[current_]->open(ctx);
    }
    return false;
  }
  std::vector<PhysicalOperator*> extraChildren() const override {
    std::vector<PhysicalOperator*> all;
    for (const auto& in : inputs_) all.push_back(in.get());
    return all;
  }

 private:
  Row remap(const Row& row, const std::vector<Slot>& slots) const {
    if (!op_.outputSlots.empty()) {
      Row out = row;
      for (size_t i = 0; i < slots.size(); ++i) out[op_.outputSlots[i]] = row[slots[i]];
      return out;
    }
    Row out(op_.width);
    for (size_t i = 0; i < slots.size(); ++i) out[i] = row[slots[i]];
    return out;
  }

  const UnionOp& op_;
  std::vector<OperatorPtr> inputs_;
  size_t current_ = 0;
};

class OptionalOperator : public PerRowOperator {
 public:
  OptionalOperator(const OptionalOp& op, SubPlanInstance inner)
      : PerRowOperator("Optional", op.details), op_(op), inner_(std::move(inner)) {}

 protected:
  void startRow(ExecContext& ctx, Row& in) override {
    matches_.clear();
    held_.reset();
    pos_ = 0;
    inner_.setRow(in);
    drain(ctx, *inner_.root, matches_, held_, "OPTIONAL MATCH's matches");
    if (matches_.empty()) {
      matches_.push_back(in);
      for (Slot s : op_.newSlots) matches_.back()[s] = Value();
    }
  }
  bool process(ExecContext&, Row&, RowBatch& out) override {
    while (pos_ < matches_.size() && out.size() < BATCH_SIZE) {
      out.push_back(std::move(matches_[pos_++]));
    }
    return pos_ >= matches_.size();
  }
  std::vector<PhysicalOperator*> extraChildren() const override { return {inner_.root.get()}; }

 private:
  const OptionalOp& op_;
  SubPlanInstance inner_;
  RowBatch matches_;
  MemoryReservation held_;
  size_t pos_ = 0;
};

}  // namespace

OperatorPtr makeSkip(const SkipOp& op) {
  return std::make_unique<SkipLimitOperator>(*op.count, false, false, op.details);
}
OperatorPtr makeLimit(const LimitOp& op) {
  return std::make_unique<SkipLimitOperator>(*op.count, true, op.drainInput, op.details);
}
OperatorPtr makeDistinct(const DistinctOp& op) { return std::make_unique<DistinctOperator>(op); }
OperatorPtr makeEager() { return std::make_unique<EagerOperator>(); }
OperatorPtr makeEmpty() { return std::make_unique<EmptyOperator>(); }
OperatorPtr makeUnion(const UnionOp& op, std::vector<OperatorPtr> inputs) {
  return std::make_unique<UnionOperator>(op, std::move(inputs));
}
OperatorPtr makeOptional(const OptionalOp& op, SubPlanInstance inner) {
  return std::make_unique<OptionalOperator>(op, std::move(inner));
}

}  // namespace rollcall
