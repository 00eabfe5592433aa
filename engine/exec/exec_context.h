#pragma once
// Per-execution state shared by the operators of one statement.
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/common/value.h"
#include "engine/exec/function/function_registry.h"
#include "engine/exec/label_membership.h"
#include "engine/main/database.h"
#include "engine/main/query_result.h"
#include "engine/parser/ast/pattern.h"

namespace rollcall::storage {
class GraphStore;
class Transaction;
class Catalog;
}  // namespace rollcall::storage

namespace rollcall {

using Row = std::vector<Value>;

class BoundExpression;
class PhysicalOperator;
class ArgumentOperator;

// A sub-plan instantiated for an expression (pattern predicates, EXISTS { }).
struct SubPlanInstance {
  std::unique_ptr<PhysicalOperator> root;
  // Its leaves: one, or one per input of a UNION inside CALL { }.
  std::vector<ArgumentOperator*> arguments;
  // Feeds `row` to every leaf (out of line: ArgumentOperator is incomplete here).
  void setRow(const Row& row);
};

struct ExecContext {
 public:
  // Out of line: destroying subPlans needs PhysicalOperator complete.
  ExecContext();
  ~ExecContext();
  ExecContext(const ExecContext&) = delete;  // fn points into it
  ExecContext& operator=(const ExecContext&) = delete;

  storage::GraphStore* store = nullptr;
  storage::Transaction* txn = nullptr;
  storage::Catalog* catalog = nullptr;
  const Parameters* params = nullptr;
  std::string importDir;
  uint32_t rowWidth = 0;
  bool profile = false;
  QueryStats stats;
  FunctionContext fn;
  std::mt19937_64 rng{std::random_device{}()};
  // Commits the work so far and goes on in the same storage transaction (CALL { } IN
  // TRANSACTIONS, USING PERIODIC COMMIT).
  std::function<void()> commitBatch;
  int64_t committedBatches = 0;
  // USING PERIODIC COMMIT n: LOAD CSV commits every n rows (0: one transaction).
  int64_t periodicCommitRows = 0;
  int64_t rowsCommitted = 0;  // for error messages after a partial load
  // DatabaseOptions::progress, for procedures that run long (may be empty).
  std::function<void(std::string_view, uint64_t, uint64_t)> progress;
  // Declared before subPlans: the operators there release their reservations into it.
  MemoryBudget memory;
  std::unordered_map<const BoundExpression*, SubPlanInstance> subPlans;

  Row emptyRow() const { return Row(rowWidth); }

  // The statement's time limit (DatabaseOptions::statementTimeout): every operator's next()
  // checks it, so a statement stops within one batch of its deadline.
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
  std::chrono::milliseconds timeLimit{0};
  void checkDeadline() const {
    if (deadline != std::chrono::steady_clock::time_point::max() &&
        std::chrono::steady_clock::now() > deadline) {
      throwTimedOut();
    }
    if (cancel && cancel->load(std::memory_order_relaxed)) throwCancelled();
  }
  // DatabaseOptions::cancel.
  const std::atomic<bool>* cancel = nullptr;
  // The time limit, and the memory limit for what the transaction buffers: every operator's
  // next() calls it, so a big write stops within one batch of the limit.
  void checkLimits();

  // Read-only statements may cache what they read: nothing can change it under them.
  bool readOnly = false;
  // Read-only statements answer repeated label checks from LabelMembership.
  bool nodeHasLabel(storage::NodeId node, storage::LabelId label);
  bool nodeHasLabels(storage::NodeId node, const std::vector<storage::LabelId>& labels) {
    for (auto label : labels) {
      if (!nodeHasLabel(node, label)) return false;
    }
    return true;
  }
  // The labels of `toLabels` that a step along `types` in `direction` still has to check on its
  // far node: those the committed statistics do not prove for every relationship of the types
  // (when every ATTENDED starts at a Student, `()<-[:ATTENDED]-(:Student)` needs no check, and
  // counting such steps is reading degrees). All of them once the transaction has written.
  // Remembered per `toLabels` (a logical operator's member): sub-plans open once per row.
  const std::vector<storage::LabelId>& farLabelsToCheck(
      const std::vector<storage::RelTypeId>& types, ast::RelDirection direction,
      const std::vector<storage::LabelId>& toLabels);
  // The last value one property expression read, by entity: consecutive rows often share it.
  struct PropertyMemo {
    uint64_t entity = UINT64_MAX;
    bool isNode = true;
    Value value;
  };
  std::unordered_map<const void*, PropertyMemo> propertyMemo;

 private:
  [[noreturn]] void throwTimedOut() const;
  [[noreturn]] void throwCancelled() const;
  LabelMembership labels_;
  std::unordered_map<const void*, std::vector<storage::LabelId>> farLabels_;
};

}  // namespace rollcall
