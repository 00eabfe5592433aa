// ValueHashJoin: the build side runs once, is hashed on its key, and each probe row meets only
// the build rows whose key hashes alike (logical_operator.h says why the predicate still decides).
#include <unordered_map>

#include "engine/common/value_footprint.h"
#include "engine/common/value_ops.h"
#include "engine/exec/evaluator.h"
#include "engine/exec/operators/expand_support.h"
#include "engine/exec/operators/operators.h"

namespace rollcall {
namespace {

class ValueHashJoinOperator : public PerRowOperator {
 public:
  ValueHashJoinOperator(const ValueHashJoinOp& op, SubPlanInstance build)
      : PerRowOperator("ValueHashJoin", op.details), op_(op), build_(std::move(build)) {
    const auto& eq = op.predicate->cast<BinaryOpExpr>();
    buildKey_ = op.buildKeyOnLeft ? eq.left.get() : eq.right.get();
    probeKey_ = op.buildKeyOnLeft ? eq.right.get() : eq.left.get();
  }

 protected:
  void startRow(ExecContext& ctx, Row& in) override {
    if (!built_) buildTable(ctx, in);
    Value key = evaluate(*probeKey_, in, ctx);
    candidates_ = key.isNull() ? Range{} : table_.equal_range(hashValue(key));
  }

  bool process(ExecContext& ctx, Row& in, RowBatch& out) override {
    for (; candidates_.first != candidates_.second && out.size() < BATCH_SIZE;
         ++candidates_.first) {
      const std::vector<Value>& values = rows_[candidates_.first->second];
      Row joined = in;
      for (size_t i = 0; i < op_.buildSlots.size(); ++i) joined[op_.buildSlots[i]] = values[i];
      if (!distinctRels(in, joined)) continue;
      if (isTrue(requireBoolean(evaluate(*op_.predicate, joined, ctx), op_.predicate->offset))) {
        out.push_back(std::move(joined));
      }
    }
    return candidates_.first == candidates_.second;
  }

  std::vector<PhysicalOperator*> extraChildren() const override { return {build_.root.get()}; }

 private:
  using Table = std::unordered_multimap<size_t, size_t>;
  using Range = std::pair<Table::const_iterator, Table::const_iterator>;

  // The build side reads nothing of its argument; any row of the right width will do.
  void buildTable(ExecContext& ctx, const Row& argument) {
    build_.setRow(argument);
    RowBatch rows;
    MemoryReservation buildRows;  // the drained rows, until they are hashed below
    drain(ctx, *build_.root, rows, buildRows, "a hash join's build side");
    for (const Row& row : rows) {
      Value key = evaluate(*buildKey_, row, ctx);
      if (key.isNull()) continue;  // null equals nothing
      std::vector<Value> values;
      values.reserve(op_.buildSlots.size());
      for (Slot s : op_.buildSlots) values.push_back(row[s]);
      held_.grow(ctx.memory, HASH_NODE + sizeof(values) + footprint(values), "a hash join table");
      table_.emplace(hashValue(key), rows_.size());
      rows_.push_back(std::move(values));
    }
    built_ = true;
  }

  // Relationship uniqueness across the two sides of one MATCH.
  bool distinctRels(const Row& probe, const Row& joined) const {
    for (Slot s : op_.buildRels.singles) {
      if (relAlreadyUsed(probe, op_.probeRels, joined[s].asRel().id)) return false;
    }
    for (Slot s : op_.buildRels.lists) {
      for (const Value& r : joined[s].asList()) {
        if (relAlreadyUsed(probe, op_.probeRels, r.asRel().id)) return false;
      }
    }
    return true;
  }

  const ValueHashJoinOp& op_;
  SubPlanInstance build_;
  const BoundExpression* buildKey_ = nullptr;
  const BoundExpression* probeKey_ = nullptr;
  bool built_ = false;
  Table table_;
  std::vector<std::vector<Value>> rows_;
  MemoryReservation held_;
  Range candidates_;
};

}  // namespace

OperatorPtr makeValueHashJoin(const ValueHashJoinOp& op, SubPlanInstance build) {
  return std::make_unique<ValueHashJoinOperator>(op, std::move(build));
}

}  // namespace rollcall
