// TopCandidates (TopCandidatesOp) over rows: keeps the rows whose key can rank among a Top's
// first k, reading each row's key from its slot. Over a count of neighbours per scanned node the
// mapper uses the column form instead (degree_top_operator.cpp).
#include "engine/common/value_ops.h"
#include "engine/exec/operators/operators.h"
#include "engine/exec/operators/top_candidates.h"

namespace rollcall {
namespace {

class TopCandidatesOperator : public PhysicalOperator {
 public:
  explicit TopCandidatesOperator(const TopCandidatesOp& op)
      : PhysicalOperator("TopCandidates", op.details), op_(op) {}

 protected:
  void doOpen(ExecContext& ctx) override {
    PhysicalOperator::doOpen(ctx);
    rows_.clear();
    held_.reset();
    pos_ = 0;
    chosen_ = false;
  }

  bool doNext(ExecContext& ctx, RowBatch& out) override {
    if (!chosen_) choose(ctx);
    while (pos_ < rows_.size() && out.size() < BATCH_SIZE)
      out.push_back(std::move(rows_[pos_++].second));
    return !out.empty();
  }

 private:
  void choose(ExecContext& ctx) {
    chosen_ = true;
    bool descending = op_.descending;
    auto better = [descending](const Value& a, const Value& b) {
      int c = orderCompare(a, b);
      return descending ? c > 0 : c < 0;
    };
    TopCandidates<Value, Row, decltype(better)> top(size_t(evaluateCount(*op_.limit, ctx, "LIMIT")),
                                                    better);
    RowBatch in;
    while (child->next(ctx, in)) {
      for (auto& row : in) {
        Value key = row[op_.key];
        // Rows a later prune drops are not given back: the reservation only grows.
        if (const Row* kept = top.offer(key, std::move(row))) {
          holdRow(ctx, held_, *kept, "choosing top rows");
        }
      }
    }
    rows_ = top.take();
  }

  const TopCandidatesOp& op_;
  std::vector<std::pair<Value, Row>> rows_;
  MemoryReservation held_;
  size_t pos_ = 0;
  bool chosen_ = false;
};

}  // namespace

OperatorPtr makeTopCandidates(const TopCandidatesOp& op) {
  return std::make_unique<TopCandidatesOperator>(op);
}

}  // namespace rollcall
