#pragma once
// Built-in functions: scalar functions evaluated per row, and aggregate functions that fold many
// rows into one value. Names are looked up case-insensitively, once, by the binder; operators
// call through the resolved pointers.
#include <cstdint>
#include <memory>
#include <functional>
#include <random>
#include <span>
#include <string_view>

#include "engine/common/value.h"
#include "engine/exec/memory_budget.h"

namespace rollcall::storage {
class Transaction;
class Catalog;
}  // namespace rollcall::storage

namespace rollcall {

// What a function may need beyond its arguments.
struct FunctionContext {
  storage::Transaction* txn = nullptr;  // entity functions read labels, types, properties here
  storage::Catalog* catalog = nullptr;
  int64_t statementTimeMillis = 0;  // timestamp(): the same for the whole statement
  std::mt19937_64* rng = nullptr;   // rand()
  // The statement's memory limit: range() checks a list fits before building it.
  MemoryBudget* memory = nullptr;
  // Set while an aggregation folds rows: states that keep values (collect, percentiles,
  // DISTINCT) reserve them here, so the aggregation releases them when it starts over.
  MemoryReservation* holder = nullptr;
  // Reserves `bytes` kept by an aggregate state (nothing outside an aggregation).
  void hold(uint64_t bytes, std::string_view what);
  // The statement's time limit and cancellation (Ctrl-C), for functions that loop long
  // (range() of 100 million): throws as an operator's next() would. Unset in tests.
  std::function<void()> checkInterrupts;
};

using ScalarFunction = Value (*)(FunctionContext& ctx, std::span<const Value> args);

struct ScalarFunctionInfo {
  std::string_view name;  // canonical spelling, e.g. "toInteger"
  uint8_t minArgs = 0;
  uint8_t maxArgs = 0;
  ScalarFunction fn = nullptr;
  bool deterministic = true;  // false for rand(); lets the planner fold constants safely
};

// nullptr when unknown.
const ScalarFunctionInfo* lookupScalarFunction(std::string_view name);

// One group's running state of an aggregate.
class AggregateState {
 public:
  virtual ~AggregateState() = default;
  // args[0] is the aggregated expression's value (absent for count(*)); further arguments, such
  // as percentileCont's percentile, follow.
  virtual void update(FunctionContext& ctx, std::span<const Value> args) = 0;
  // update() once per node, each the only argument: an aggregation folding what an expand
  // found (`count(DISTINCT st)` over a session's attendees) hands over ids, not rows.
  virtual void updateNodes(FunctionContext& ctx, std::span<const storage::NodeId> nodes) {
    for (storage::NodeId id : nodes) {
      Value v(NodeValue{id, nullptr});
      update(ctx, std::span<const Value>(&v, 1));
    }
  }
  virtual Value finish(FunctionContext& ctx) = 0;
};

struct AggregateFunctionInfo {
  std::string_view name;  // "count", "sum", "avg", "min", "max", "collect", "percentileCont",
                          // "percentileDisc", "stDev", "stDevP"
  uint8_t minArgs = 1;
  uint8_t maxArgs = 1;
  // `distinct`: count(DISTINCT x) and friends ignore repeated (equivalent) values.
  std::unique_ptr<AggregateState> (*create)(bool distinct) = nullptr;
};

const AggregateFunctionInfo* lookupAggregateFunction(std::string_view name);
// count(*): counts rows, nulls included.
std::unique_ptr<AggregateState> createCountStar();

// Every function name, for the shell's completion and "did you mean" suggestions.
std::span<const std::string_view> allFunctionNames();

}  // namespace rollcall
