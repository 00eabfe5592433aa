#include "engine/main/query_executor.h"

#include <chrono>
#include <cstdio>

#include "engine/binder/binder.h"
#include "engine/exec/mapper.h"
#include "engine/main/error_context.h"
#include "engine/main/result_snapshot.h"
#include "engine/planner/planner.h"
#include "storage/common/storage_error.h"
#include "storage/graph/graph_store.h"

namespace rollcall {
namespace {

void describeProfile(const PhysicalOperator& op, int depth, std::string& out) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "rows=%llu, time=%.3f ms)",
                static_cast<unsigned long long>(op.rowsProduced()), op.millis());
  out += std::string(static_cast<size_t>(depth) * 2, ' ') + "+ " + op.name();
  if (!op.details().empty()) out += " " + op.details();
  out += "  (";
  if (op.estimatedRows() >= 0) out += "est. rows " + formatEstimate(op.estimatedRows()) + ", ";
  out += std::string(buf) + "\n";
  auto children = op.children();
  for (size_t i = 0; i < children.size(); ++i) {
    bool isSub = op.child && children[i] != op.child.get();
    describeProfile(*children[i], depth + (isSub ? 2 : 1), out);
  }
}

int64_t nowMillis() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

void setupContext(ExecContext& ctx, storage::GraphStore& store, const Parameters& params,
                  const DatabaseOptions& options, const LogicalPlan& plan) {
  ctx.store = &store;
  ctx.catalog = &store.catalog();
  ctx.params = &params;
  ctx.importDir = options.importDir;
  ctx.rowWidth = plan.rowWidth;
  ctx.readOnly = !plan.hasWrites;
  ctx.fn.catalog = ctx.catalog;
  ctx.fn.statementTimeMillis = nowMillis();
  ctx.memory = MemoryBudget(options.memoryLimit);
  ctx.progress = options.progress;
  ctx.cancel = options.cancel;
  ctx.fn.checkInterrupts = [&ctx] { ctx.checkDeadline(); };
}

void pullResults(PhysicalOperator& root, const LogicalPlan& plan, ExecContext& ctx,
                 QueryResult& result, MemoryReservation& held) {
  root.open(ctx);
  RowBatch batch;
  bool returnsRows = !plan.columns.empty();  // a statement without RETURN yields no rows
  while (root.next(ctx, batch)) {
    if (!returnsRows) continue;
    for (const Row& row : batch) {
      std::vector<Value> out;
      out.reserve(plan.resultSlots.size());
      for (Slot s : plan.resultSlots) out.push_back(withSnapshots(row[s], *ctx.txn, *ctx.catalog));
      holdRow(ctx, held, out, "the result table");
      result.rows.push_back(std::move(out));
    }
  }
}

// A statement that commits in batches keeps what it committed before an error; the message
// says how much, so a user knows where to resume.
std::string committedNote(const ExecContext& ctx) {
  char note[160];
  std::snprintf(note, sizeof(note),
                " (%lld rows were committed in %lld transactions before the error; they stay)",
                static_cast<long long>(ctx.rowsCommitted),
                static_cast<long long>(ctx.committedBatches));
  return note;
}

}  // namespace

QueryResult executeQuery(storage::GraphStore& store, const ast::Statement& stmt,
                         std::string_view text, const Parameters& params,
                         const DatabaseOptions& options, StatementTransaction& txnUse) {
  auto started = std::chrono::steady_clock::now();
  Planner planner(store);
  Binder binder(store, planner, params, text, /*createTokens=*/false);
  auto bound = binder.bindQuery(*stmt.query);
  LogicalPlan plan = planner.plan(*bound);

  QueryResult result;
  result.notifications = std::move(binder.notifications);
  if (stmt.explain == ast::ExplainMode::EXPLAIN) {  // a plan, no result table
    result.plan = describePlan(*plan.root);
    return result;
  }
  result.columns = plan.columns;

  ExecContext ctx;
  setupContext(ctx, store, params, options, plan);
  if (options.statementTimeout.count() > 0) {
    ctx.timeLimit = options.statementTimeout;
    ctx.deadline = started + options.statementTimeout;
  }
  ctx.profile = stmt.explain == ast::ExplainMode::PROFILE;
  ctx.periodicCommitRows = stmt.periodicCommit ? stmt.periodicCommitSize.value_or(1000) : 0;
  std::unique_ptr<storage::Transaction> own;
  storage::Transaction* txn = txnUse.open;
  if (!txn) {
    own = store.begin();
    txn = own.get();
  }
  ctx.txn = txn;
  ctx.fn.txn = txn;
  // Batches commit only in a statement's own transaction: Database refuses IN TRANSACTIONS
  // and PERIODIC COMMIT inside an open one.
  ctx.commitBatch = [&]() {
    txn->commitAndContinue();
    ctx.committedBatches++;
  };

  SubPlanInstance root = instantiatePlan(*plan.root, ctx);
  MemoryReservation resultRows;  // counted while the statement runs
  if (txnUse.open && plan.hasWrites) txnUse.mayHaveWritten = true;
  try {
    pullResults(*root.root, plan, ctx, result, resultRows);
  } catch (CypherError& e) {
    if (ctx.committedBatches > 0) e.appendMessage(committedNote(ctx));
    throw;
  } catch (const storage::StorageError& e) {
    if (ctx.committedBatches == 0) throw;
    CypherError error = fromStorageError(e);
    error.appendMessage(committedNote(ctx));
    throw error;
  }
  if (own) own->commit();
  result.stats = ctx.stats;
  if (ctx.profile) describeProfile(*root.root, 0, result.plan);
  return result;
}

}  // namespace rollcall
