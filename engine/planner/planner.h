#pragma once
// The logical planner: orders pattern matching (index seeks and the smallest label first,
// filters pushed down to the first point where their inputs are bound) and lays the clauses of
// a bound query out as a pipeline of logical operators.
#include <optional>
#include <string>
#include <vector>

#include "engine/binder/bound_statement.h"
#include "engine/planner/logical_operator.h"

namespace rollcall::storage {
class Catalog;
class GraphStore;
}  // namespace rollcall::storage

namespace rollcall {

struct LogicalPlan {
  LogicalOpPtr root;
  std::vector<std::string> columns;
  std::vector<Slot> resultSlots;
  uint32_t rowWidth = 0;
  bool hasWrites = false;
};

class Planner {
 public:
  explicit Planner(storage::GraphStore& store) : store_(store) {}

  // Consumes the bound query (its expressions move into the plan).
  LogicalPlan plan(BoundQuery& query);

  // Appends the matching of `match` (its patterns and WHERE) to `input`.
  LogicalOpPtr planMatch(LogicalOpPtr input, BoundMatch& match);

 private:
  LogicalOpPtr planSingleQuery(LogicalOpPtr input, BoundSingleQuery& query);
  LogicalOpPtr planClause(LogicalOpPtr input, BoundClause& clause, bool readsFollow);
  LogicalOpPtr planProjection(LogicalOpPtr input, BoundProjection& proj);
  LogicalOpPtr planMerge(LogicalOpPtr input, BoundMerge& merge);
  LogicalOpPtr planCall(LogicalOpPtr input, BoundCallSubquery& call);
  LogicalOpPtr planProcedureCall(LogicalOpPtr input, BoundCallProcedure& call);

  storage::GraphStore& store_;
};

// Chains `op` on top of `input` and returns it.
LogicalOpPtr chain(LogicalOpPtr input, LogicalOpPtr op);

// Replaces Expand + count aggregation with ExpandCount + sum when the shapes allow it
// (plan_count_rewrite.cpp). `input` is the aggregation's input.
bool rewriteGroupedCount(LogicalOpPtr& input, AggregateOp& agg);
// Whether `agg` can fold the rows of `input`, an Expand, as they are found (AggregateOp).
bool canFoldExpand(const LogicalOperator& input, const AggregateOp& agg);
// Whether every group of `agg` gets exactly one input row: it groups by a node that its input
// yields once per row (a label scan, then only filters, counts and sorts). The aggregation then
// folds each row on its own instead of hashing it into a table.
bool groupsAreUnique(const LogicalOperator& input, const AggregateOp& agg);
// The group of `agg` (its index) that is a property under a unique constraint of a label such an
// input scans once per run (`sess.session_id`): its rows are their own groups unless the value is
// null. -1 when there is none.
int groupUniqueUnlessNull(const LogicalOperator& input, const AggregateOp& agg,
                          const storage::Catalog& catalog);
// The count slot of the ExpandCount under `agg` that the aggregate written to `slot` (a sum of
// those counts) equals row by row, when each group of `agg` has one row.
std::optional<Slot> countSlotOf(const AggregateOp& agg, Slot slot);
// `WITH s, count(x) AS n WHERE n = 0` over unique groups: a comparison of such a count with a
// constant moves below the aggregation, onto the ExpandCount's count (the aggregation then sees
// only the rows that pass). Takes `where` when it does.
bool pushCountFilter(AggregateOp& agg, BoundExprPtr& where);
// Places a TopCandidates for `sort` (a Top) below `project` (the projection the Top follows) or,
// further, below an aggregation with unique groups whose count is the Top's first key; returns
// `input` (what `project` reads) unchanged when neither saves work (plan_top_candidates.cpp).
LogicalOpPtr placeTopCandidates(LogicalOpPtr input, const ProjectOp& project, const SortOp& sort);

// EXPLAIN: one operator per line, children indented, each with its estimated rows.
std::string describePlan(const LogicalOperator& root);
// An estimated row count as EXPLAIN and PROFILE print it: whole rows from 10 up, two
// significant digits below.
std::string formatEstimate(double rows);

}  // namespace rollcall
