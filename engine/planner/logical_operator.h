#pragma once
// The logical plan: an immutable tree of operators over rows of value slots. Most operators have
// one input (`child`); the leaves are ARGUMENT (the row handed in by the operator that runs the
// sub-plan, or one empty row at the top). Scans and expands are per-input-row: for each input row
// they produce that row extended with what they find, so comma-separated patterns and later
// MATCH clauses compose as a pipeline.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/binder/bound_expression.h"
#include "engine/parser/ast/pattern.h"
#include "storage/common/types.h"

namespace rollcall {

enum class LogicalOpKind : uint8_t {
  ARGUMENT,
  NODE_SCAN,
  INDEX_SEEK,
  EXPAND,
  VAR_EXPAND,
  SHORTEST_PATH,
  FILTER,
  OPTIONAL,
  PROJECT,
  AGGREGATE,
  DISTINCT,
  SORT,
  SKIP,
  LIMIT,
  UNWIND,
  UNION,
  EAGER,
  CREATE,
  MERGE,
  SET,
  DELETE,
  LOAD_CSV,
  CALL_SUBQUERY,
  PROCEDURE_CALL,
  PRODUCE_RESULTS,
  EMPTY,
  EXPAND_COUNT,
  VALUE_HASH_JOIN,
  TOP_CANDIDATES,
};

struct LogicalOperator {
  explicit LogicalOperator(LogicalOpKind k) : kind(k) {}
  virtual ~LogicalOperator() = default;
  template <class T>
  const T& cast() const {
    RC_ASSERT(kind == T::KIND);
    return static_cast<const T&>(*this);
  }
  template <class T>
  T& cast() {
    RC_ASSERT(kind == T::KIND);
    return static_cast<T&>(*this);
  }
  const LogicalOpKind kind;
  std::unique_ptr<LogicalOperator> child;
  std::string details;  // one line for EXPLAIN, e.g. "(s:Student) {name}"
  // The cost model's rows out, per row of the plan's argument (the enclosing operator's row for
  // sub-plans); negative when the planner made no estimate.
  double estimatedRows = -1;
};
using LogicalOpPtr = std::unique_ptr<LogicalOperator>;

template <LogicalOpKind K>
struct LogicalOpBase : LogicalOperator {
  static constexpr LogicalOpKind KIND = K;
  LogicalOpBase() : LogicalOperator(K) {}
};

struct ArgumentOp : LogicalOpBase<LogicalOpKind::ARGUMENT> {};
struct EagerOp : LogicalOpBase<LogicalOpKind::EAGER> {};
// Produces no rows (e.g. MATCH on a label that no node has ever had).
struct EmptyOp : LogicalOpBase<LogicalOpKind::EMPTY> {};

struct NodeScanOp : LogicalOpBase<LogicalOpKind::NODE_SCAN> {
  Slot node = 0;
  std::optional<storage::LabelId> label;  // all nodes when empty
};

struct IndexSeekOp : LogicalOpBase<LogicalOpKind::INDEX_SEEK> {
  Slot node = 0;
  storage::LabelId label = 0;
  storage::PropKeyId key = 0;
  BoundExprPtr value;
  // `n.key IN list`: `value` is the list, and the nodes matching any element are found, each
  // once.
  bool anyOf = false;
};

// Relationship uniqueness inside one MATCH: a new relationship must differ from these.
struct RelUniqueness {
  std::vector<Slot> singles;  // slots holding one relationship
  std::vector<Slot> lists;    // slots holding lists (variable-length)
};

struct ExpandOp : LogicalOpBase<LogicalOpKind::EXPAND> {
  Slot from = 0;
  Slot rel = 0;
  Slot to = 0;
  std::vector<storage::RelTypeId> types;  // empty: any type
  ast::RelDirection direction = ast::RelDirection::RIGHT;
  bool into = false;      // `to` is already bound: check the relationship exists
  bool relBound = false;  // `rel` is already bound (by an earlier clause): only follow it
  RelUniqueness unique;
  // Labels the far node must have (when not `into`): checked before a row is built, so
  // relationships to other nodes cost no row and no Filter.
  std::vector<storage::LabelId> toLabels;
};

struct VarExpandOp : LogicalOpBase<LogicalOpKind::VAR_EXPAND> {
  Slot from = 0;
  Slot rels = 0;  // a list of relationships
  Slot to = 0;
  std::vector<storage::RelTypeId> types;
  ast::RelDirection direction = ast::RelDirection::RIGHT;
  int64_t minHops = 1;
  int64_t maxHops = -1;  // -1: unbounded
  bool into = false;
  RelUniqueness unique;
  BoundExprPtr relPredicate;  // property map of the pattern, checked per relationship (slot `rels`
                              // holds the single relationship under test); may be null
  Slot relProbe = 0;          // scratch slot used by relPredicate
};

// shortestPath / allShortestPaths between two bound nodes: a breadth-first search over the
// relationships of `types` (any when empty) in `direction`, no deeper than maxHops. The path's
// relationships go to `rels` as a list, one row per path (one path for SHORTEST, every path of
// the shortest length for ALL); no row when the ends are not connected within the bounds.
struct ShortestPathOp : LogicalOpBase<LogicalOpKind::SHORTEST_PATH> {
  Slot from = 0;
  Slot rels = 0;
  Slot to = 0;
  std::vector<storage::RelTypeId> types;
  ast::RelDirection direction = ast::RelDirection::RIGHT;
  int64_t minHops = 1;   // 0 or 1
  int64_t maxHops = -1;  // -1: unbounded
  bool all = false;
  RelUniqueness unique;        // relationships bound elsewhere in the MATCH are not crossed
  BoundExprPtr relPredicate;   // as VarExpandOp's
  Slot relProbe = 0;
};

// Counts, per input row, the relationships an Expand would follow (see expand_count_operator.cpp).
struct ExpandCountOp : LogicalOpBase<LogicalOpKind::EXPAND_COUNT> {
  Slot from = 0;
  std::vector<storage::RelTypeId> types;
  ast::RelDirection direction = ast::RelDirection::RIGHT;
  std::vector<storage::LabelId> toLabels;  // the far node must have all of them
  RelUniqueness unique;
  Slot countSlot = 0;
  // Rows without any relationship stay, counting 0 (an OPTIONAL MATCH's count); otherwise they
  // go, as the Expand's would.
  bool keepZero = false;
};

// Joins the rows of `child` (the probe side) with the rows of `build`, a sub-plan that reads
// nothing of its argument, on `predicate`, an equality between an expression of each side. The
// build side runs once and is hashed on its side of the equality; a probe row is extended with
// the build slots of each build row whose key hashes alike and for which the whole predicate
// holds (so Cypher's `=` decides, the hash only narrows). Relationships of the build side must
// differ from the probe side's (`probeRels`), as inside one MATCH.
struct ValueHashJoinOp : LogicalOpBase<LogicalOpKind::VALUE_HASH_JOIN> {
  LogicalOpPtr build;
  BoundExprPtr predicate;  // a BinaryOpExpr EQ
  bool buildKeyOnLeft = false;
  std::vector<Slot> buildSlots;  // what the build side binds: copied into probe rows
  RelUniqueness probeRels;
  RelUniqueness buildRels;
};

struct FilterOp : LogicalOpBase<LogicalOpKind::FILTER> {
  BoundExprPtr predicate;
};

// OPTIONAL MATCH: runs `inner` (whose leaf is an ARGUMENT) per input row; when it produces
// nothing, emits the input row with `newSlots` set to null.
struct OptionalOp : LogicalOpBase<LogicalOpKind::OPTIONAL> {
  LogicalOpPtr inner;
  std::vector<Slot> newSlots;
};

struct ProjectOp : LogicalOpBase<LogicalOpKind::PROJECT> {
  std::vector<std::pair<Slot, BoundExprPtr>> items;
  // Slots cleared after projection (WITH drops variables it does not carry); keeps rows lean and
  // makes later scopes independent.
  std::vector<Slot> cleared;
};

struct AggregateSpec {
  Slot out = 0;
  const AggregateFunctionInfo* fn = nullptr;  // null: count(*)
  bool distinct = false;
  // sum() of an ExpandCount's counts (integers, never null): a count, as the aggregation sees it.
  bool sumsCounts = false;
  std::vector<BoundExprPtr> args;
};

struct AggregateOp : LogicalOpBase<LogicalOpKind::AGGREGATE> {
  std::vector<std::pair<Slot, BoundExprPtr>> groups;
  std::vector<AggregateSpec> aggregates;
  // The child is an Expand whose rows the aggregation folds as the expand finds them, without
  // building them (the groups read none of the expand's new slots).
  bool foldsExpand = false;
  // Each group has exactly one input row (groupsAreUnique): no table is needed.
  bool groupsUnique = false;
  // With groupsUnique: the group whose values are unique only where they are not null (a
  // property under a unique constraint of the scanned label: the sessions without a session_id
  // form one group), whose null rows are grouped in a table. -1: every row is its own group.
  int uniqueUnlessNull = -1;
};

struct DistinctOp : LogicalOpBase<LogicalOpKind::DISTINCT> {
  std::vector<Slot> slots;
};

struct SortKey {
  BoundExprPtr expr;
  bool descending = false;
};

struct SortOp : LogicalOpBase<LogicalOpKind::SORT> {
  std::vector<SortKey> keys;
  BoundExprPtr limit;  // when set: keep only the first `limit` rows (top-k)
};

// Keeps the rows that can be among the first `limit` rows of an ORDER BY whose first key is
// `key`: those whose key ranks within the first `limit`, ties included (in input order). Later
// keys only order rows whose first keys are equal, so the Top above, which still orders and cuts,
// finds its rows among these. Planned below the work the Top's other keys need (the projection of
// `s.name`, an aggregation's groups), it leaves that work to a handful of rows
// (plan_top_candidates.cpp).
struct TopCandidatesOp : LogicalOpBase<LogicalOpKind::TOP_CANDIDATES> {
  Slot key = 0;
  bool descending = false;
  const BoundExpression* limit = nullptr;  // owned by the Top above
};

struct SkipOp : LogicalOpBase<LogicalOpKind::SKIP> {
  BoundExprPtr count;
};

struct LimitOp : LogicalOpBase<LogicalOpKind::LIMIT> {
  BoundExprPtr count;
  // Writes below: keep pulling past the limit so every write happens (RETURN ... LIMIT 0 after
  // CREATE still creates).
  bool drainInput = false;
};

struct UnwindOp : LogicalOpBase<LogicalOpKind::UNWIND> {
  BoundExprPtr list;
  Slot out = 0;
};

// Each input ends in the same number of columns, read from its own slots; output rows hold the
// columns in slots 0..n-1.
// Each input's rows, one input after the other. A query's UNION makes rows of `width` holding
// input i's `inputSlots[i]` in slots 0, 1, ...; inside CALL { } (`outputSlots` set) an input's
// row is kept, the outer row being in it, and its result values are copied to `outputSlots`.
struct UnionOp : LogicalOpBase<LogicalOpKind::UNION> {
  std::vector<LogicalOpPtr> inputs;
  std::vector<std::vector<Slot>> inputSlots;
  uint32_t width = 0;  // row width of the output
  std::vector<Slot> outputSlots;
};

}  // namespace rollcall

#include "engine/planner/logical_update.h"
