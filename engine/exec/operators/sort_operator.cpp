// Sort (and top-k when a limit is attached): evaluates the keys once per row, then orders rows by
// Cypher's total order; stable, so equal keys keep their input order. Top keeps only the best k
// rows seen so far in a heap: ORDER BY count DESC LIMIT 3 over 90,000 groups holds 3 rows.
#include <algorithm>

#include "engine/common/value_footprint.h"
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
    held_.reset();
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
    uint64_t seq = 0;  // input position: equal keys keep their input order
  };

  bool less(const std::vector<Value>& a, uint64_t seqA, const Keyed& b) const {
    for (size_t i = 0; i < op_.keys.size(); ++i) {
      int c = orderCompare(a[i], b.keys[i]);
      if (c != 0) return op_.keys[i].descending ? c > 0 : c < 0;
    }
    return seqA < b.seq;
  }
  bool less(const Keyed& a, const Keyed& b) const { return less(a.keys, a.seq, b); }

  void evaluateKeys(ExecContext& ctx, const Row& row, std::vector<Value>& keys) {
    keys.resize(op_.keys.size());
    for (size_t i = 0; i < keys.size(); ++i) keys[i] = evaluate(*op_.keys[i].expr, row, ctx);
  }

  void sortInput(ExecContext& ctx) {
    sorted_ = true;
    auto cmp = [this](const Keyed& a, const Keyed& b) { return less(a, b); };
    if (op_.limit) return topInput(ctx, size_t(evaluateCount(*op_.limit, ctx, "LIMIT")), cmp);
    RowBatch in;
    while (child->next(ctx, in)) {
      for (auto& row : in) {
        Keyed k;
        evaluateKeys(ctx, row, k.keys);
        k.row = std::move(row);
        k.seq = rows_.size();
        hold(ctx, k);
        rows_.push_back(std::move(k));
      }
    }
    std::sort(rows_.begin(), rows_.end(), cmp);  // seq makes the order total, hence stable
  }

  // rows_ is a heap whose front is the worst of the best k rows so far.
  template <typename Cmp>
  void topInput(ExecContext& ctx, size_t k, Cmp cmp) {
    RowBatch in;
    std::vector<Value> keys;
    uint64_t seq = 0;
    while (child->next(ctx, in)) {
      for (auto& row : in) {
        evaluateKeys(ctx, row, keys);
        ++seq;
        if (rows_.size() < k) {
          rows_.push_back(Keyed{keys, std::move(row), seq});
          hold(ctx, rows_.back());
          std::push_heap(rows_.begin(), rows_.end(), cmp);
        } else if (k > 0 && less(keys, seq, rows_.front())) {
          std::pop_heap(rows_.begin(), rows_.end(), cmp);
          rows_.back() = Keyed{keys, std::move(row), seq};
          std::push_heap(rows_.begin(), rows_.end(), cmp);
        }
      }
    }
    std::sort_heap(rows_.begin(), rows_.end(), cmp);
  }

  // A replaced top-k row frees about what its successor takes, so only growth is counted.
  void hold(ExecContext& ctx, const Keyed& k) {
    held_.grow(ctx.memory, sizeof(Keyed) + footprint(k.keys) + footprint(k.row), "sorting rows");
  }

  const SortOp& op_;
  std::vector<Keyed> rows_;
  MemoryReservation held_;
  size_t pos_ = 0;
  bool sorted_ = false;
};

}  // namespace

OperatorPtr makeSort(const SortOp& op) { return std::make_unique<SortOperator>(op); }

}  // namespace rollcall
