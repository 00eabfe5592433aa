// Row-at-a-time operators: Filter, Project, Unwind.
#include "engine/common/value_ops.h"
#include "engine/exec/evaluator.h"
#include "engine/exec/operators/operators.h"

namespace rollcall {
namespace {

class FilterOperator : public PhysicalOperator {
 public:
  explicit FilterOperator(const FilterOp& op) : PhysicalOperator("Filter", op.details), op_(op) {}

 protected:
  bool doNext(ExecContext& ctx, RowBatch& out) override {
    RowBatch in;
    while (out.empty()) {
      if (!child->next(ctx, in)) return false;
      for (auto& row : in) {
        Value v = requireBoolean(evaluate(*op_.predicate, row, ctx), op_.predicate->offset);
        if (isTrue(v)) out.push_back(std::move(row));
      }
    }
    return true;
  }

 private:
  const FilterOp& op_;
};

class ProjectOperator : public PhysicalOperator {
 public:
  explicit ProjectOperator(const ProjectOp& op)
      : PhysicalOperator("Projection", op.details), op_(op) {}

 protected:
  bool doNext(ExecContext& ctx, RowBatch& out) override {
    if (!child->next(ctx, out)) return false;
    std::vector<Value> values(op_.items.size());
    for (auto& row : out) {
      // Evaluate all items before writing any, so `WITH a AS b, b AS a` swaps correctly.
      for (size_t i = 0; i < op_.items.size(); ++i) {
        values[i] = evaluate(*op_.items[i].second, row, ctx);
      }
      for (Slot s : op_.cleared) row[s] = Value();
      for (size_t i = 0; i < op_.items.size(); ++i) row[op_.items[i].first] = std::move(values[i]);
    }
    return true;
  }

 private:
  const ProjectOp& op_;
};

class UnwindOperator : public PerRowOperator {
 public:
  explicit UnwindOperator(const UnwindOp& op) : PerRowOperator("Unwind", op.details), op_(op) {}

 protected:
  void startRow(ExecContext& ctx, Row& in) override {
    items_ = evaluate(*op_.list, in, ctx);
    pos_ = 0;
  }
  bool process(ExecContext&, Row& in, RowBatch& out) override {
    if (items_.isNull()) return true;
    if (items_.kind() != Value::Kind::LIST) {
      out.push_back(in);
      out.back()[op_.out] = items_;
      return true;
    }
    const ValueList& list = items_.asList();
    while (pos_ < list.size() && out.size() < BATCH_SIZE) {
      out.push_back(in);
      out.back()[op_.out] = list[pos_++];
    }
    return pos_ >= list.size();
  }

 private:
  const UnwindOp& op_;
  Value items_;
  size_t pos_ = 0;
};

}  // namespace

OperatorPtr makeFilter(const FilterOp& op) { return std::make_unique<FilterOperator>(op); }
OperatorPtr makeProject(const ProjectOp& op) { return std::make_unique<ProjectOperator>(op); }
OperatorPtr makeUnwind(const UnwindOp& op) { return std::make_unique<UnwindOperator>(op); }

}  // namespace rollcall
