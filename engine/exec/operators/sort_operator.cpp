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

class SortOperator : public MaterializingOperator {
 public:
  explicit SortOperator(const SortOp& op)
      : MaterializingOperator(op.limit ? "Top" : "Sort", op.details), op_(op) {}

 protected:
  void fill(ExecContext& ctx, std::vector<Row>& out) override {
    if (op_.limit) return topInput(ctx, size_t(evaluateCount(*op_.limit, ctx, "LIMIT")), out);
    sortInput(ctx, out);
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

  void sortInput(ExecContext& ctx, std::vector<Row>& out) {
    std::vector<Row> rows;
    std::vector<Value> keys;  // row i's keys at [i * width, (i + 1) * width)
    RowBatch in;
    while (child->next(ctx, in)) {
      for (auto& row : in) {
        for (const auto& key : op_.keys) keys.push_back(evaluate(*key.expr, row, ctx));
        held_.grow(ctx.memory, sizeof(Row) + footprint(row) + keyBytes(keys), "sorting rows");
        rows.push_back(std::move(row));
      }
    }
    for (uint32_t i : sortedOrder(keys, rows.size())) out.push_back(std::move(rows[i]));
  }

  // What the keys of the row just added take.
  size_t keyBytes(const std::vector<Value>& keys) const {
    size_t bytes = 0;
    for (size_t i = keys.size() - op_.keys.size(); i < keys.size(); ++i) {
      bytes += sizeof(Value) + footprint(keys[i]);
    }
    return bytes;
  }

  // The row numbers in ORDER BY order, equal keys in input order. A key column holding only
  // strings (or only integers) compares them directly instead of through Cypher's order of
  // types, which is the same order there.
  std::vector<uint32_t> sortedOrder(const std::vector<Value>& keys, size_t n) const {
    size_t width = op_.keys.size();
    std::vector<Value::Kind> kinds(width, Value::Kind::NUL);
    for (size_t k = 0; k < width; ++k) {
      Value::Kind kind = n > 0 ? keys[k].kind() : Value::Kind::NUL;
      for (size_t i = 0; i < n && kind != Value::Kind::NUL; ++i) {
        if (keys[i * width + k].kind() != kind) kind = Value::Kind::NUL;
      }
      bool flat = kind == Value::Kind::STRING || kind == Value::Kind::INT;
      kinds[k] = flat ? kind : Value::Kind::NUL;  // NUL: compare by Cypher's order
    }
    auto compare = [&](const Value& a, const Value& b, Value::Kind kind) {
      if (kind == Value::Kind::STRING) return a.asString().compare(b.asString());
      if (kind == Value::Kind::INT) return a.asInt() < b.asInt() ? -1 : a.asInt() > b.asInt();
      return orderCompare(a, b);
    };
    std::vector<uint32_t> order(n);
    for (uint32_t i = 0; i < n; ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
      for (size_t k = 0; k < width; ++k) {
        int c = compare(keys[a * width + k], keys[b * width + k], kinds[k]);
        if (c != 0) return op_.keys[k].descending ? c > 0 : c < 0;
      }
      return false;
    });
    return order;
  }

  // The best k rows: `best` is a heap whose front is the worst of the best k so far.
  void topInput(ExecContext& ctx, size_t k, std::vector<Row>& out) {
    auto cmp = [this](const Keyed& a, const Keyed& b) { return less(a, b); };
    std::vector<Keyed> best;
    RowBatch in;
    std::vector<Value> keys;
    uint64_t seq = 0;
    while (child->next(ctx, in)) {
      for (auto& row : in) {
        evaluateKeys(ctx, row, keys);
        ++seq;
        if (best.size() < k) {
          best.push_back(Keyed{keys, std::move(row), seq});
          hold(ctx, best.back());
          std::push_heap(best.begin(), best.end(), cmp);
        } else if (k > 0 && less(keys, seq, best.front())) {
          std::pop_heap(best.begin(), best.end(), cmp);
          best.back() = Keyed{keys, std::move(row), seq};
          std::push_heap(best.begin(), best.end(), cmp);
        }
      }
    }
    std::sort_heap(best.begin(), best.end(), cmp);
    for (auto& kept : best) out.push_back(std::move(kept.row));
  }

  // A replaced top-k row frees about what its successor takes, so only growth is counted.
  void hold(ExecContext& ctx, const Keyed& k) {
    held_.grow(ctx.memory, sizeof(Keyed) + footprint(k.keys) + footprint(k.row), "sorting rows");
  }

  const SortOp& op_;
};

}  // namespace

OperatorPtr makeSort(const SortOp& op) { return std::make_unique<SortOperator>(op); }

}  // namespace rollcall
