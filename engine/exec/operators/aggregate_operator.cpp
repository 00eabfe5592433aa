// Hash aggregation: groups rows by their key values (equivalence, so null groups with null) and
// folds each group's aggregates. Without grouping keys it always yields exactly one row.
#include <unordered_map>

#include "engine/exec/evaluator.h"
#include "engine/exec/operators/operators.h"
#include "engine/exec/operators/row_key.h"

namespace rollcall {
namespace {

using States = std::vector<std::unique_ptr<AggregateState>>;

class AggregateOperator : public PhysicalOperator {
 public:
  explicit AggregateOperator(const AggregateOp& op)
      : PhysicalOperator(op.groups.empty() ? "Aggregation" : "EagerAggregation", op.details),
        op_(op) {}

 protected:
  void doOpen(ExecContext& ctx) override {
    PhysicalOperator::doOpen(ctx);
    groups_.clear();
    order_.clear();
    emitted_ = 0;
    consumed_ = false;
  }

  bool doNext(ExecContext& ctx, RowBatch& out) override {
    if (!consumed_) consume(ctx);
    while (emitted_ < order_.size() && out.size() < BATCH_SIZE) {
      out.push_back(finish(ctx, *order_[emitted_++]));
    }
    return !out.empty();
  }

 private:
  States newStates() const {
    States states;
    for (const auto& agg : op_.aggregates) {
      states.push_back(agg.fn ? agg.fn->create(agg.distinct) : createCountStar());
    }
    return states;
  }

  void consume(ExecContext& ctx) {
    consumed_ = true;
    RowBatch in;
    std::vector<Value> key(op_.groups.size());
    while (child->next(ctx, in)) {
      for (const Row& row : in) {
        for (size_t i = 0; i < key.size(); ++i) key[i] = evaluate(*op_.groups[i].second, row, ctx);
        auto it = groups_.find(key);
        if (it == groups_.end()) {
          it = groups_.emplace(key, newStates()).first;
          order_.push_back(&*it);
        }
        update(ctx, row, it->second);
      }
    }
    if (op_.groups.empty() && groups_.empty()) {
      order_.push_back(&*groups_.emplace(key, newStates()).first);
    }
  }

  void update(ExecContext& ctx, const Row& row, States& states) {
    std::vector<Value> args;
    for (size_t i = 0; i < op_.aggregates.size(); ++i) {
      args.clear();
      for (const auto& a : op_.aggregates[i].args) args.push_back(evaluate(*a, row, ctx));
      states[i]->update(ctx.fn, args);
    }
  }

  Row finish(ExecContext& ctx, std::pair<const std::vector<Value>, States>& group) {
    Row row = ctx.emptyRow();
    for (size_t i = 0; i < op_.groups.size(); ++i) row[op_.groups[i].first] = group.first[i];
    for (size_t i = 0; i < op_.aggregates.size(); ++i) {
      row[op_.aggregates[i].out] = group.second[i]->finish(ctx.fn);
    }
    return row;
  }

  const AggregateOp& op_;
  std::unordered_map<std::vector<Value>, States, RowKeyHash, RowKeyEqual> groups_;
  std::vector<std::pair<const std::vector<Value>, States>*> order_;  // first-seen order
  size_t emitted_ = 0;
  bool consumed_ = false;
};

}  // namespace

OperatorPtr makeAggregate(const AggregateOp& op) { return std::make_unique<AggregateOperator>(op); }

}  // namespace rollcall
