#pragma once
// The binder: resolves the AST's names against scopes and the catalog, checks semantics, and
// produces a BoundQuery. Its errors point at the offending expression.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "engine/binder/bound_statement.h"
#include "engine/binder/scope.h"
#include "engine/main/database.h"
#include "engine/main/query_result.h"
#include "engine/parser/ast/statement.h"

namespace rollcall::storage {
class GraphStore;
class Catalog;
}  // namespace rollcall::storage

namespace rollcall {

class Planner;

// One WITH/RETURN item before binding.
struct ItemSource {
  const ast::Expression* expr = nullptr;  // null for the variables of `*`
  std::string name;
  std::string text;  // source text, for matching ORDER BY expressions and grouping keys
  Slot starSlot = 0;
};

// SyntaxError (InvalidShortestPath) when `part` is a shortestPath or allShortestPaths pattern,
// which only MATCH can use; `clause` names the clause ("CREATE").
void rejectShortestPath(const ast::PatternPart& part, const std::string& clause);

class Binder {
 public:
  // `createTokens`: statements that write intern new labels, types and keys; read-only ones
  // only look them up (an unknown label simply matches nothing).
  Binder(storage::GraphStore& store, Planner& planner, const Parameters& params,
         std::string_view query, bool createTokens);

  std::unique_ptr<BoundQuery> bindQuery(const ast::QueryStatement& query);

 private:
  friend class ExpressionBinder;

  // bind_query.cpp
  BoundSingleQuery bindSingleQuery(const ast::SingleQuery& query);
  BoundClausePtr bindClause(const ast::Clause& clause, bool last, bool only);
  BoundClausePtr bindUnwind(const ast::UnwindClause& clause);
  BoundClausePtr bindLoadCsv(const ast::LoadCsvClause& clause);
  BoundClausePtr bindCallSubquery(const ast::CallSubqueryClause& clause);
  void checkUnion(const ast::QueryStatement& query, BoundQuery& out);

  // bind_procedure.cpp
  // `standalone`: the call is the whole query (it may then omit YIELD and parentheses).
  BoundClausePtr bindCallProcedure(const ast::CallProcedureClause& clause, bool standalone);
  void bindProcedureArguments(const ast::CallProcedureClause& clause, const ProcedureInfo& proc,
                              ProcedureCallSpec& spec);
  void bindYields(const ast::CallProcedureClause& clause, const ProcedureInfo& proc,
                  BoundCallProcedure& out, bool standalone);

  // bind_match.cpp
  std::unique_ptr<BoundMatch> bindMatch(const ast::MatchClause& clause);
  BoundPatternPart bindPatternPart(const ast::PatternPart& part, std::vector<Slot>& newSlots);
  BoundNodePattern bindNodePattern(const ast::NodePattern& node, std::vector<Slot>& newSlots);
  BoundRelPattern bindRelPattern(const ast::RelPattern& rel, std::vector<Slot>& newSlots);
  std::vector<BoundPropertyFilter> bindPropertyFilters(const ast::Expression* props);

  // bind_projection.cpp
  std::unique_ptr<BoundProjection> bindProjection(const ast::ProjectionBody& body,
                                                  const ast::Expression* where, bool isReturn);
  std::vector<bool> findAggregatingItems(const std::vector<ItemSource>& sources);
  void bindItem(BoundProjection& out, const ItemSource& src, size_t index, const Scope& oldScope);
  Scope sortScopeFor(const BoundProjection& out, const Scope& oldScope, const Scope& newScope);
  void bindOrderBy(BoundProjection& out, const ast::ProjectionBody& body, const Scope& oldScope,
                   const Scope& newScope, const std::map<std::string, Slot>& byText);

  // bind_update.cpp
  BoundClausePtr bindCreate(const ast::CreateClause& clause);
  BoundClausePtr bindMerge(const ast::MergeClause& clause);
  BoundClausePtr bindSet(const ast::SetClause& clause);
  BoundClausePtr bindRemove(const ast::RemoveClause& clause);
  BoundClausePtr bindDelete(const ast::DeleteClause& clause);
  // Positions: the slot of each node and relationship of the pattern, in order.
  void bindCreatePart(const ast::PatternPart& part, CreateSpec& spec,
                      std::vector<Slot>* nodePositions = nullptr,
                      std::vector<Slot>* relPositions = nullptr);
  BoundSetItem bindSetItem(const ast::SetItem& item);

 public:
  // bind_expression.cpp (public: sub-expressions are bound recursively by helpers)
  BoundExprPtr bindExpression(const ast::Expression& expr);
  // An expression in a boolean position (WHERE, NOT/AND/OR/XOR operands, CASE WHEN, exists()):
  // the only places a pattern such as (a)-->(b) may stand as a predicate.
  BoundExprPtr bindPredicate(const ast::Expression& expr);
  // A WHERE: its predicate, or null when it folds to true (no filter to plan).
  BoundExprPtr bindWhere(const ast::Expression& expr);
  BoundExprPtr bindExpressionKind(const ast::Expression& expr);
  // bind_chain.cpp: a flat operator chain, bound by a loop.
  BoundExprPtr bindChain(const ast::ChainExpr& chain);
  // Scope for pattern predicates and EXISTS { }: plans the pattern against the current scope.
  BoundExprPtr bindPatternComprehension(const ast::PatternComprehensionExpr& expr);
  BoundExprPtr bindPatternExists(const ast::PatternPart* part, const ast::MatchClause* match,
                                 uint32_t offset);
  BoundExprPtr bindPatternCount(const ast::MatchClause& match, uint32_t offset);
  void planSubquery(const ast::PatternPart* part, const ast::MatchClause* match, uint32_t offset,
                    SubPlanExpr& out);

  // The token of a name; INVALID_TOKEN for one the database has never seen (in a statement that
  // does not write), which adds a notification pointing into `where`.
  storage::LabelId labelId(const std::string& name, ast::SourceRange where = {});
  storage::RelTypeId relTypeId(const std::string& name, ast::SourceRange where = {});
  storage::PropKeyId propKeyId(const std::string& name, ast::SourceRange where = {});
  // The same without a notification (a key that may not be a property key).
  storage::PropKeyId existingPropKeyId(const std::string& name);
  // Warnings about names that do not exist, once per name and kind.
  std::vector<Notification> notifications;
  Slot newSlot() { return slotCount_++; }
  std::string textOf(ast::SourceRange range) const;
  Scope& scope() { return scope_; }
  const Parameters& params() const { return params_; }
  storage::Catalog& catalog();

  // While binding projection items: where aggregate calls go (null elsewhere: aggregates are
  // then an InvalidAggregation error).
  std::vector<AggregateSpec>* aggregates = nullptr;
  bool insideAggregate = false;
  // Set by bindPredicate for the one expression bound next.
  bool predicatePosition = false;
  // While binding aggregating items: expressions whose text is a grouping key's read its slot
  // (`RETURN a.name, {n: a.name, kids: collect(c)}`); aggregate arguments bind in
  // `aggregateArgScope` (the scope before the projection) when it is set.
  const std::map<std::string, Slot>* groupKeyTexts = nullptr;
  const Scope* aggregateArgScope = nullptr;
  // While binding ORDER BY after an aggregation: an aggregate not projected (not matched by
  // groupKeyTexts) has nothing to fold, its arguments' variables are gone (as Neo4j).
  bool orderByAfterAggregation = false;
  std::optional<std::pair<Slot, Slot>> csvSlots;  // linenumber() and file() of LOAD CSV

 private:
  void noteUnknown(const char* kind, const char* code, const std::string& name,
                   ast::SourceRange where, const std::vector<std::string_view>& known);

  storage::GraphStore& store_;
  Planner& planner_;
  const Parameters& params_;
  std::string_view query_;
  bool createTokens_;
  Scope scope_;
  uint32_t slotCount_ = 0;
  bool hasWrites_ = false;
  bool allowUndirected_ = false;      // MERGE may create undirected patterns
  std::vector<VarType> staticTypes_;  // per item of the projection being bound
};

}  // namespace rollcall
