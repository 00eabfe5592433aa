// CALL { } subqueries, optionally IN TRANSACTIONS.
#include "engine/exec/operators/operators.h"

namespace rollcall {
namespace {

// CALL { } runs its body once per input row. IN TRANSACTIONS commits every `batchSize` rows.
class CallSubqueryOperator : public PerRowOperator {
 public:
  CallSubqueryOperator(const CallSubqueryOp& op, SubPlanInstance body)
      : PerRowOperator("CallSubquery", op.details), op_(op), body_(std::move(body)) {}

 protected:
  void doOpen(ExecContext& ctx) override {
    PerRowOperator::doOpen(ctx);
    batchSize_ = op_.batchSize ? evaluateCount(*op_.batchSize, ctx, "IN TRANSACTIONS OF") : 1000;
    if (batchSize_ == 0) batchSize_ = 1;
  }
  void startRow(ExecContext& ctx, Row& in) override {
    rows_.clear();
    held_.reset();
    pos_ = 0;
    body_.setRow(in);
    drain(ctx, *body_.root, rows_, held_, "a CALL subquery's rows");
    if (!op_.returnsRows) {
      rows_.assign(1, in);
    } else {
      for (Row& row : rows_) row = withResults(in, row);
    }
    if (op_.inTransactions && ++sinceCommit_ >= batchSize_) {
      ctx.commitBatch();
      ctx.rowsCommitted += sinceCommit_;
      sinceCommit_ = 0;
    }
  }
  bool process(ExecContext&, Row&, RowBatch& out) override {
    while (pos_ < rows_.size() && out.size() < BATCH_SIZE) out.push_back(std::move(rows_[pos_++]));
    return pos_ >= rows_.size();
  }
  std::vector<PhysicalOperator*> extraChildren() const override { return {body_.root.get()}; }

 private:
  // The outer row, extended with the body's results.
  Row withResults(const Row& in, Row& body) const {
    Row out = in;
    for (Slot s : op_.resultSlots) out[s] = std::move(body[s]);
    return out;
  }

  const CallSubqueryOp& op_;
  SubPlanInstance body_;
  RowBatch rows_;
  MemoryReservation held_;
  size_t pos_ = 0;
  int64_t batchSize_ = 1000;
  int64_t sinceCommit_ = 0;
};

}  // namespace

OperatorPtr makeCallSubquery(const CallSubqueryOp& op, SubPlanInstance body) {
  return std::make_unique<CallSubqueryOperator>(op, std::move(body));
}

}  // namespace rollcall
