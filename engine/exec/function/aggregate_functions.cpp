// Aggregate functions. All of them skip nulls (only count(*) counts rows); the DISTINCT forms
// drop values equivalent to one already seen, before the aggregate sees them.
#include <algorithm>
#include <cmath>
#include <memory>
#include <unordered_set>

#include "engine/common/value_footprint.h"
#include "engine/common/value_ops.h"
#include "engine/exec/function/distinct_node_ids.h"
#include "engine/exec/function/function_support.h"
#include "storage/common/id_set.h"

namespace rollcall {
namespace {

struct ValueHash {
  size_t operator()(const Value& v) const { return hashValue(v); }
};
struct ValueEquivalent {
  bool operator()(const Value& a, const Value& b) const { return equivalent(a, b); }
};

// Filters nulls and, for DISTINCT, repeats; subclasses fold what passes.
class FilteredState : public AggregateState {
 public:
  explicit FilteredState(bool distinct) : distinct_(distinct) {}

  void update(FunctionContext& ctx, std::span<const Value> args) final {
    if (args.empty() || args[0].isNull()) return;
    if (distinct_ && !firstSighting(ctx, args[0])) return;
    accept(ctx, args);
  }

  // Ids go straight into the set of nodes seen: no Value for a node seen before.
  void updateNodes(FunctionContext& ctx, std::span<const storage::NodeId> nodes) final {
    for (storage::NodeId id : nodes) {
      if (distinct_ && !firstSighting(ctx, id)) continue;
      Value v(NodeValue{id, nullptr});
      accept(ctx, std::span<const Value>(&v, 1));
    }
  }

 protected:
  virtual void accept(FunctionContext& ctx, std::span<const Value> args) = 0;

 private:
  // Nodes, the usual subject of count(DISTINCT x), are equivalent exactly when their ids are:
  // a set of ids is several times cheaper than one of Values.
  bool firstSighting(FunctionContext& ctx, const Value& v) {
    if (v.kind() == Value::Kind::NODE) return firstSighting(ctx, v.asNode().id);
    if (!seen_) seen_ = std::make_unique<Seen>();
    if (seen_->values.contains(v)) return false;
    ctx.hold(HASH_NODE + footprint(v), "DISTINCT in an aggregate");
    seen_->values.insert(v);
    return true;
  }
  bool firstSighting(FunctionContext& ctx, storage::NodeId id) {
    if (!seen_) seen_ = std::make_unique<Seen>();
    size_t grown = 0;
    if (!seen_->nodes.insert(id, grown)) return false;
    if (grown > 0) ctx.hold(grown, "DISTINCT in an aggregate");
    return true;
  }

  // Allocated at the first value of a DISTINCT aggregate: most aggregates are not DISTINCT and
  // a grouped aggregation holds one state per group.
  struct Seen {
    std::unordered_set<Value, ValueHash, ValueEquivalent> values;
    DistinctNodeIds nodes;
  };
  bool distinct_;
  std::unique_ptr<Seen> seen_;
};

class CountState : public FilteredState {
 public:
  using FilteredState::FilteredState;
  void accept(FunctionContext&, std::span<const Value>) override { ++count_; }
  Value finish(FunctionContext&) override { return Value(count_); }

 private:
  int64_t count_ = 0;
};

class CountStarState : public AggregateState {
 public:
  void update(FunctionContext&, std::span<const Value>) override { ++count_; }
  Value finish(FunctionContext&) override { return Value(count_); }

 private:
  int64_t count_ = 0;
};

// Integers add exactly (overflow is an error, as for +); one float makes the sum a float.
class SumState : public FilteredState {
 public:
  using FilteredState::FilteredState;
  void accept(FunctionContext&, std::span<const Value> args) override {
    function::requireNumber("sum", args[0]);
    sum_ = add(sum_, args[0]);
  }
  Value finish(FunctionContext&) override { return sum_; }

 private:
  Value sum_ = Value(int64_t{0});
};

class AvgState : public FilteredState {
 public:
  using FilteredState::FilteredState;
  void accept(FunctionContext&, std::span<const Value> args) override {
    sum_ += function::requireNumber("avg", args[0]);
    ++count_;
  }
  Value finish(FunctionContext&) override {
    return count_ == 0 ? Value() : Value(static_cast<double>(sum_ / count_));
  }

 private:
  long double sum_ = 0;
  int64_t count_ = 0;
};

// min and max across types follow the ORDER BY order, as Neo4j does.
template <int SIGN>
class ExtremeState : public FilteredState {
 public:
  using FilteredState::FilteredState;
  void accept(FunctionContext&, std::span<const Value> args) override {
    if (best_.isNull() || orderCompare(args[0], best_) * SIGN > 0) best_ = args[0];
  }
  Value finish(FunctionContext&) override { return best_; }

 private:
  Value best_;
};

class CollectState : public FilteredState {
 public:
  using FilteredState::FilteredState;
  // Charges the list's growth as the vector makes it (doubling), before it does: one big
  // collect() holds up to twice its values' slots, and that is what the limit must see.
  void accept(FunctionContext& ctx, std::span<const Value> args) override {
    size_t growth = items_.size() == items_.capacity() ? std::max<size_t>(items_.capacity(), 1) : 0;
    ctx.hold(growth * sizeof(Value) + heapFootprint(args[0]), "collect()");
    items_.push_back(args[0]);
  }
  Value finish(FunctionContext&) override { return Value(std::move(items_)); }

 private:
  ValueList items_;
};

// Population or sample standard deviation, by Welford's running mean for numeric stability.
template <bool SAMPLE>
class StDevState : public FilteredState {
 public:
  using FilteredState::FilteredState;
  void accept(FunctionContext&, std::span<const Value> args) override {
    double x = function::requireNumber(SAMPLE ? "stDev" : "stDevP", args[0]);
    ++count_;
    double delta = x - mean_;
    mean_ += delta / static_cast<double>(count_);
    squares_ += delta * (x - mean_);
  }
  Value finish(FunctionContext&) override {
    int64_t divisor = SAMPLE ? count_ - 1 : count_;
    if (divisor <= 0) return Value(0.0);
    return Value(std::sqrt(squares_ / static_cast<double>(divisor)));
  }

 private:
  int64_t count_ = 0;
  double mean_ = 0;
  double squares_ = 0;
};

std::unique_ptr<AggregateState> createCount(bool d) { return std::make_unique<CountState>(d); }
std::unique_ptr<AggregateState> createSum(bool d) { return std::make_unique<SumState>(d); }
std::unique_ptr<AggregateState> createAvg(bool d) { return std::make_unique<AvgState>(d); }
std::unique_ptr<AggregateState> createMin(bool d) { return std::make_unique<ExtremeState<-1>>(d); }
std::unique_ptr<AggregateState> createMax(bool d) { return std::make_unique<ExtremeState<1>>(d); }
std::unique_ptr<AggregateState> createCollect(bool d) { return std::make_unique<CollectState>(d); }
std::unique_ptr<AggregateState> createStDev(bool d) {
  return std::make_unique<StDevState<true>>(d);
}
std::unique_ptr<AggregateState> createStDevP(bool d) {
  return std::make_unique<StDevState<false>>(d);
}

}  // namespace

std::unique_ptr<AggregateState> createCountStar() { return std::make_unique<CountStarState>(); }

namespace function {

std::span<const AggregateFunctionInfo> aggregateFunctions() {
  static const AggregateFunctionInfo TABLE[] = {
      {"count", 1, 1, createCount},
      {"sum", 1, 1, createSum},
      {"avg", 1, 1, createAvg},
      {"min", 1, 1, createMin},
      {"max", 1, 1, createMax},
      {"collect", 1, 1, createCollect},
      {"stDev", 1, 1, createStDev},
      {"stDevP", 1, 1, createStDevP},
      {"percentileCont", 2, 2, function::createPercentileCont},
      {"percentileDisc", 2, 2, function::createPercentileDisc},
  };
  return TABLE;
}

}  // namespace function
}  // namespace rollcall
