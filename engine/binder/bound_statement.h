#pragma once
// The binder's output: clauses with every name resolved to a slot, token id or function.
// Write clauses bind straight into the specs their operators use (CreateSpec, BoundSetItem);
// MATCH and projections keep their pattern and item structure for the planner to order.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/binder/bound_expression.h"
#include "engine/planner/logical_operator.h"

namespace rollcall {

struct BoundPropertyFilter {
  storage::PropKeyId key = storage::INVALID_TOKEN;
  std::string name;
  BoundExprPtr value;
};

struct BoundNodePattern {
  Slot slot = 0;
  std::string name;                      // empty when anonymous
  std::vector<storage::LabelId> labels;  // INVALID_TOKEN: a label no node has ever had
  std::vector<BoundPropertyFilter> properties;
  BoundExprPtr propertyMap;  // `(n $map)`: a parameter map to match; null otherwise
};

struct BoundRelPattern {
  Slot slot = 0;
  std::string name;
  std::vector<storage::RelTypeId> types;
  bool hasUnknownType = false;  // some named type was never created
  ast::RelDirection direction = ast::RelDirection::RIGHT;
  std::vector<BoundPropertyFilter> properties;
  std::optional<ast::VarLength> varLength;
  Slot probe = 0;  // var-length only: scratch slot for per-relationship property checks
};

struct BoundPatternPart {
  // shortestPath / allShortestPaths: nodes[0] -rels[0]- nodes[1], a variable-length relationship
  // found by a breadth-first search between the two bound ends instead of an expansion.
  ast::ShortestPath shortest = ast::ShortestPath::NONE;
  std::optional<Slot> pathSlot;
  BoundExprPtr pathExpr;                // PathBuildExpr when pathSlot is set
  std::vector<BoundNodePattern> nodes;  // nodes[i] -rels[i]- nodes[i + 1]
  std::vector<BoundRelPattern> rels;
};

enum class BoundClauseKind : uint8_t {
  MATCH,
  UNWIND,
  PROJECTION,
  CREATE,
  MERGE,
  SET,
  DELETE,
  LOAD_CSV,
  CALL_SUBQUERY,
  CALL_PROCEDURE,
};

struct BoundClause {
  explicit BoundClause(BoundClauseKind k) : kind(k) {}
  virtual ~BoundClause() = default;
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
  const BoundClauseKind kind;
};
using BoundClausePtr = std::unique_ptr<BoundClause>;

template <BoundClauseKind K>
struct BoundClauseBase : BoundClause {
  static constexpr BoundClauseKind KIND = K;
  BoundClauseBase() : BoundClause(K) {}
};

struct BoundMatch : BoundClauseBase<BoundClauseKind::MATCH> {
  bool optional = false;
  std::vector<BoundPatternPart> parts;
  BoundExprPtr where;
  std::vector<Slot> newSlots;  // introduced by this clause (nulled by OPTIONAL MATCH)
  std::vector<Slot> boundBefore;
};

struct BoundUnwind : BoundClauseBase<BoundClauseKind::UNWIND> {
  BoundExprPtr list;
  Slot out = 0;
};

struct BoundProjectionItem {
  Slot slot = 0;
  std::string name;
  BoundExprPtr expr;  // null for grouping keys of an aggregation (they live in `groups`)
};

// WITH or RETURN.
struct BoundProjection : BoundClauseBase<BoundClauseKind::PROJECTION> {
  bool isReturn = false;
  bool distinct = false;
  bool aggregating = false;
  std::vector<std::pair<Slot, BoundExprPtr>> groups;  // aggregating only
  std::vector<AggregateSpec> aggregates;
  std::vector<BoundProjectionItem> items;  // expressions evaluated after aggregation
  std::vector<SortKey> orderBy;
  BoundExprPtr skip;
  BoundExprPtr limit;
  BoundExprPtr where;  // WITH ... WHERE
  std::vector<Slot> outputSlots;
  std::vector<std::string> columns;
};

struct BoundCreate : BoundClauseBase<BoundClauseKind::CREATE> {
  CreateSpec spec;
};

struct BoundMerge : BoundClauseBase<BoundClauseKind::MERGE> {
  BoundPatternPart pattern;
  std::vector<Slot> boundBefore;
  CreateSpec create;
  std::vector<BoundSetItem> onMatch;
  std::vector<BoundSetItem> onCreate;
};

struct BoundSet : BoundClauseBase<BoundClauseKind::SET> {
  std::vector<BoundSetItem> items;
};

struct BoundDelete : BoundClauseBase<BoundClauseKind::DELETE> {
  std::vector<BoundExprPtr> targets;
  bool detach = false;
};

struct BoundLoadCsv : BoundClauseBase<BoundClauseKind::LOAD_CSV> {
  BoundExprPtr url;
  Slot out = 0;
  Slot lineSlot = 0;
  Slot fileSlot = 0;
  bool withHeaders = false;
  char fieldTerminator = ',';
};

struct BoundQuery;

struct BoundCallSubquery : BoundClauseBase<BoundClauseKind::CALL_SUBQUERY> {
  BoundCallSubquery();
  ~BoundCallSubquery() override;
  std::unique_ptr<BoundQuery> body;
  bool inTransactions = false;
  BoundExprPtr batchSize;
};

struct BoundCallProcedure : BoundClauseBase<BoundClauseKind::CALL_PROCEDURE> {
  ProcedureCallSpec call;
  BoundExprPtr where;           // YIELD ... WHERE
  std::vector<Slot> yieldSlots;  // in YIELD order: the standalone call's result columns
  std::vector<std::string> columns;
};

struct BoundSingleQuery {
  std::vector<BoundClausePtr> clauses;
  std::vector<Slot> resultSlots;  // empty when the query returns nothing
  std::vector<std::string> columns;
};

struct BoundQuery {
  std::vector<BoundSingleQuery> parts;
  bool unionAll = false;
  uint32_t rowWidth = 0;
  bool hasWrites = false;
  std::vector<std::string> columns;
};

}  // namespace rollcall
