// Sort (and top-k when a limit is attached): evaluates the keys once per row, then orders rows by
// Cypher's total order; stable, so equal keys keep their input order.
#include <algorithm>

#include "engine/common/value_ops.h"
#include "engine/exec/evaluator.h"
#include "engine/exec/operators/operators.h"

namespace rollcall {
namespace {

class SortOperator : public PhysicalOperator {
 public:
  explicit SortOperator(const SortOp& op)
      : PhysicalOperator(op.limit ? "Top" : "Sort", op.details), op_(op) {}

 protected:
  void doOpen(ExecContext& ctx) override {
    PhysicalOperator::doOpen(ctx);
    rows_.clear();
    pos_ = 0;
    sorted_ = false;
  }

  bool doNext(ExecContext& ctx, RowBatch& out) override {
    if (!sorted_) sortInput(ctx);
    while (pos_ < rows_.size() && out.size() < BATCH_SIZE)
      out.push_back(std::move(rows_[pos_++].row));
    return !out.empty();
  }

 private:
  struct Keyed {
    std::vector<Value> keys;
    Row row;
  };

  bool less(const Keyed& a, const Keyed& b) const {
    for (size_t i = 0; i < op_.keys.size(); ++i) {
      int c = orderCompare(a.keys[i], b.keys[i]);
      if (c != 0) return op_.keys[i].descending ? c > 0 : c < 0;
    }
    return false;
  }

  void sortInput(ExecContext& ctx) {
    sorted_ = true;
    RowBatch in;
    while (child->next(ctx, in)) {
      for (auto& row : in) {
        Keyed k;
        for (const auto& key : op_.keys) k.keys.push_back(evaluate(*key.expr, row, ctx));
        k.row = std::move(row);
        rows_.push_back(std::move(k));
      }
    }
    auto cmp = [this](const Keyed& a, const Keyed& b) { return less(a, b); };
    if (op_.limit) {
      size_t k = static_cast<size_t>(evaluateCount(*op_.limit, ctx, "LIMIT"));
      if (k < rows_.size()) {
        std::partial_sort(rows_.begin(), rows_.begin() + k, rows_.end(), cmp);
        rows_.resize(k);
        std::stable_sort(rows_.begin(), rows_.end(), cmp);
        return;
      }
    }
    std::stable_sort(rows_.begin(), rows_.end(), cmp);
  }

  const SortOp& op_;
  std::vector<Keyed> rows_;
  size_t pos_ = 0;
  bool sorted_ = false;
};

}  // namespace

OperatorPtr makeSort(const SortOp& op) { return std::make_unique<SortOperator>(op); }

}  // namespace rollcall
