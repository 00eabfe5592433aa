// CREATE, SET/REMOVE and MERGE operators. The planner puts an Eager before and after each of
// them, so they never write while an upstream scan is still reading.
#include "engine/exec/evaluator.h"
#include "engine/exec/operators/operators.h"
#include "engine/exec/operators/write_support.h"

namespace rollcall {
namespace {

// Applies `fn` to each row of the input batch in place.
class RowUpdateOperator : public PhysicalOperator {
 public:
  using PhysicalOperator::PhysicalOperator;

 protected:
  bool doNext(ExecContext& ctx, RowBatch& out) override {
    if (!child->next(ctx, out)) return false;
    for (Row& row : out) update(ctx, row);
    return true;
  }
  virtual void update(ExecContext& ctx, Row& row) = 0;
};

class CreateOperator : public RowUpdateOperator {
 public:
  explicit CreateOperator(const CreateOp& op) : RowUpdateOperator("Create", op.details), op_(op) {}

 protected:
  void update(ExecContext& ctx, Row& row) override { createPattern(ctx, op_.spec, row); }

 private:
  const CreateOp& op_;
};

class SetOperator : public RowUpdateOperator {
 public:
  explicit SetOperator(const SetOp& op) : RowUpdateOperator("SetProperties", op.details), op_(op) {}

 protected:
  void update(ExecContext& ctx, Row& row) override { applySetItems(ctx, op_.items, row); }

 private:
  const SetOp& op_;
};

// MERGE: per input row, the matches of the pattern (ON MATCH applied), or one created instance
// (ON CREATE applied).
class MergeOperator : public PerRowOperator {
 public:
  MergeOperator(const MergeOp& op, SubPlanInstance match)
      : PerRowOperator("Merge", op.details), op_(op), match_(std::move(match)) {}

 protected:
  void startRow(ExecContext& ctx, Row& in) override {
    rows_.clear();
    held_.reset();
    pos_ = 0;
    match_.setRow(in);
    drain(ctx, *match_.root, rows_, held_, "MERGE's matches");
    if (rows_.empty()) {
      Row created = std::move(in);  // process() never reads `in`
      createPattern(ctx, op_.create, created);
      applySetItems(ctx, op_.onCreate, created);
      rows_.push_back(std::move(created));
      return;
    }
    for (Row& row : rows_) applySetItems(ctx, op_.onMatch, row);
  }
  bool process(ExecContext&, Row&, RowBatch& out) override {
    while (pos_ < rows_.size() && out.size() < BATCH_SIZE) out.push_back(std::move(rows_[pos_++]));
    return pos_ >= rows_.size();
  }
  std::vector<PhysicalOperator*> extraChildren() const override { return {match_.root.get()}; }

 private:
  const MergeOp& op_;
  SubPlanInstance match_;
  RowBatch rows_;
  MemoryReservation held_;
  size_t pos_ = 0;
};

}  // namespace

OperatorPtr makeCreate(const CreateOp& op) { return std::make_unique<CreateOperator>(op); }
OperatorPtr makeSet(const SetOp& op) { return std::make_unique<SetOperator>(op); }
OperatorPtr makeMerge(const MergeOp& op, SubPlanInstance match) {
  return std::make_unique<MergeOperator>(op, std::move(match));
}

}  // namespace rollcall
