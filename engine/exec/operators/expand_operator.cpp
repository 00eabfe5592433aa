// Expand: follows one relationship pattern from a bound node, reading its neighbour lists.
#include "engine/exec/operators/expand_support.h"
#include "engine/exec/operators/operators.h"

namespace rollcall {
namespace {

class ExpandOperator : public PerRowOperator {
 public:
  explicit ExpandOperator(const ExpandOp& op)
      : PerRowOperator(op.into ? "ExpandInto" : "Expand", op.details), op_(op) {}

 protected:
  void doOpen(ExecContext& ctx) override {
    PerRowOperator::doOpen(ctx);
    toLabels_ = ctx.farLabelsToCheck(op_.types, op_.direction, op_.toLabels);
  }

  void startRow(ExecContext& ctx, Row& in) override {
    steps_.clear();
    pos_ = 0;
    const Value& from = in[op_.from];
    if (from.kind() != Value::Kind::NODE) return;
    storage::NodeId start = from.asNode().id;
    ast::RelDirection dir = op_.direction;
    // ExpandInto reads the shorter of the two neighbour lists: checking that a student attended
    // a session should not read all of a heavy attendee's sessions (MERGE in LOAD CSV scripts).
    const Value& to = in[op_.to];
    if (!op_.into || to.kind() != Value::Kind::NODE) {
      return readSteps(*ctx.txn, start, op_.types, dir, steps_);
    }
    storage::NodeId end = to.asNode().id;
    if (stepCount(*ctx.txn, end, op_.types, reverseDirection(dir)) <
        stepCount(*ctx.txn, start, op_.types, dir)) {
      std::swap(start, end);
      dir = reverseDirection(dir);
    }
    target_ = end;
    readStepsTo(*ctx.txn, start, op_.types, dir, end, steps_);
  }

  bool process(ExecContext& ctx, Row& in, RowBatch& out) override {
    while (pos_ < steps_.size() && out.size() < BATCH_SIZE) {
      const Step& step = steps_[pos_++];
      if (!accept(in, step) || !ctx.nodeHasLabels(step.other, toLabels_)) continue;
      out.push_back(in);
      Row& row = out.back();
      row[op_.rel] = Value(step.rel);
      if (!op_.into) row[op_.to] = Value(NodeValue{step.other, nullptr});
    }
    return pos_ >= steps_.size();
  }

 private:
  bool accept(const Row& in, const Step& step) const {
    if (op_.into) {
      if (in[op_.to].kind() != Value::Kind::NODE || target_ != step.other) return false;
    }
    if (op_.relBound) {
      const Value& r = in[op_.rel];
      return r.kind() == Value::Kind::REL && r.asRel().id == step.rel.id;
    }
    return !relAlreadyUsed(in, op_.unique, step.rel.id);
  }


  const ExpandOp& op_;
  std::vector<storage::LabelId> toLabels_;  // op_.toLabels less those the statistics prove
  std::vector<Step> steps_;
  size_t pos_ = 0;
  storage::NodeId target_ = 0;  // ExpandInto: the node the other end must be
};

}  // namespace

OperatorPtr makeExpand(const ExpandOp& op) { return std::make_unique<ExpandOperator>(op); }

}  // namespace rollcall
