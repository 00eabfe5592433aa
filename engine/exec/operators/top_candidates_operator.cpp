// TopCandidates (TopCandidatesOp) over rows: keeps the rows whose key can rank among a Top's
// first k, reading each row's key from its slot. Over a count of neighbours per scanned node the
// mapper uses the column form instead (degree_top_operator.cpp).
#include "engine/common/value_footprint.h"
#include "engine/common/value_ops.h"
#include "engine/exec/operators/operators.h"
#include "engine/exec/operators/top_candidates.h"

namespace rollcall {
namespace {

class TopCandidatesOperator : public MaterializingOperator {
 public:
  explicit TopCandidatesOperator(const TopCandidatesOp& op)
      : MaterializingOperator("TopCandidates", op.details), op_(op) {}

 protected:
  void fill(ExecContext& ctx, std::vector<Row>& rows) override {
    bool descending = op_.descending;
    auto better = [descending](const Value& a, const Value& b) {
      int c = orderCompare(a, b);
      return descending ? c > 0 : c < 0;
    };
    TopCandidates<Value, Row, decltype(better)> top(size_t(evaluateCount(*op_.limit, ctx, "LIMIT")),
                                                    better);
    top.onDrop([&](const Row& row) { held_.shrink(sizeof(Row) + footprint(row)); });
    RowBatch in;
    while (child->next(ctx, in)) {
      for (auto& row : in) {
        Value key = row[op_.key];
        if (const Row* kept = top.offer(key, std::move(row))) {
          holdRow(ctx, held_, *kept, "choosing top rows");
        }
      }
    }
    for (auto& kept : top.take()) rows.push_back(std::move(kept.second));
  }

 private:
  const TopCandidatesOp& op_;
};

}  // namespace

OperatorPtr makeTopCandidates(const TopCandidatesOp& op) {
  return std::make_unique<TopCandidatesOperator>(op);
}

}  // namespace rollcall
