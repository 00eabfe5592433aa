// ExpandCount: for each input row, the number of relationships an Expand (with its label checks
// on the far node) would have produced, without producing them. The planner uses it when an
// aggregation only counts what the expand found (`MATCH (s)-[:ATTENDED]->(x:Session) RETURN
// s.name, count(x)`): grouped counts then cost one neighbour-list read per input row.
#include "engine/exec/operators/expand_support.h"
#include "engine/exec/operators/operators.h"

namespace rollcall {
namespace {

class ExpandCountOperator : public PhysicalOperator {
 public:
  explicit ExpandCountOperator(const ExpandCountOp& op)
      : PhysicalOperator("ExpandCount", op.details), op_(op) {}

 protected:
  void doOpen(ExecContext& ctx) override {
    PhysicalOperator::doOpen(ctx);
    toLabels_ = ctx.farLabelsToCheck(op_.types, op_.direction, op_.toLabels);
  }

  bool doNext(ExecContext& ctx, RowBatch& out) override {
    RowBatch in;
    while (out.empty()) {
      if (!child->next(ctx, in)) return false;
      for (auto& row : in) {
        int64_t n = count(ctx, row);
        if (n == 0 && !op_.keepZero) continue;  // the expand would have produced no row at all
        row[op_.countSlot] = Value(n);
        out.push_back(std::move(row));
      }
    }
    return true;
  }

 private:
  int64_t count(ExecContext& ctx, const Row& row) {
    const Value& from = row[op_.from];
    if (from.kind() != Value::Kind::NODE) return 0;
    // Nothing to check per relationship: the degree answers (undirected patterns excepted, where
    // a self-loop is one step but appears in both lists).
    if (toLabels_.empty() && op_.unique.singles.empty() && op_.unique.lists.empty() &&
        op_.direction != ast::RelDirection::UNDIRECTED) {
      return int64_t(stepCount(*ctx.txn, from.asNode().id, op_.types, op_.direction));
    }
    readSteps(*ctx.txn, from.asNode().id, op_.types, op_.direction, steps_);
    int64_t n = 0;
    for (const Step& step : steps_) {
      if (relAlreadyUsed(row, op_.unique, step.rel.id)) continue;
      if (ctx.nodeHasLabels(step.other, toLabels_)) ++n;
    }
    return n;
  }


  const ExpandCountOp& op_;
  std::vector<storage::LabelId> toLabels_;  // op_.toLabels less those the statistics prove
  std::vector<Step> steps_;
};

}  // namespace

OperatorPtr makeExpandCount(const ExpandCountOp& op) {
  return std::make_unique<ExpandCountOperator>(op);
}

}  // namespace rollcall
