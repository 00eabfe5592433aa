#pragma once
// Parsed clauses of a query.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/parser/ast/expression.h"
#include "engine/parser/ast/pattern.h"

namespace rollcall::ast {

enum class ClauseKind : uint8_t {
  MATCH,
  UNWIND,
  WITH,
  RETURN,
  CREATE,
  MERGE,
  SET,
  REMOVE,
  DELETE,
  LOAD_CSV,
  CALL_SUBQUERY,
  CALL_PROCEDURE,
};

class Clause {
 public:
  Clause(ClauseKind kind, SourceRange range) : kind(kind), range(range) {}
  virtual ~Clause() = default;
  template <class T>
  const T& cast() const {
    RC_ASSERT(kind == T::KIND);
    return static_cast<const T&>(*this);
  }
  const ClauseKind kind;
  SourceRange range;
};
using ClausePtr = std::unique_ptr<Clause>;

struct ProjectionItem {
  ExprPtr expr;
  std::string alias;  // empty when not aliased: the column is named by the source text of expr
  SourceRange range;
};

struct SortItem {
  ExprPtr expr;
  bool descending = false;
};

struct ProjectionBody {
  bool distinct = false;
  bool star = false;  // RETURN * / WITH *, possibly followed by more items
  std::vector<ProjectionItem> items;
  std::vector<SortItem> orderBy;
  ExprPtr skip;   // may be null
  ExprPtr limit;  // may be null
};

struct MatchClause : Clause {
  static constexpr ClauseKind KIND = ClauseKind::MATCH;
  explicit MatchClause(SourceRange r) : Clause(KIND, r) {}
  bool optional = false;
  Pattern pattern;
  ExprPtr where;  // may be null
};

struct UnwindClause : Clause {
  static constexpr ClauseKind KIND = ClauseKind::UNWIND;
  explicit UnwindClause(SourceRange r) : Clause(KIND, r) {}
  ExprPtr list;
  std::string alias;
};

struct WithClause : Clause {
  static constexpr ClauseKind KIND = ClauseKind::WITH;
  explicit WithClause(SourceRange r) : Clause(KIND, r) {}
  ProjectionBody body;
  ExprPtr where;  // may be null
};

struct ReturnClause : Clause {
  static constexpr ClauseKind KIND = ClauseKind::RETURN;
  explicit ReturnClause(SourceRange r) : Clause(KIND, r) {}
  ProjectionBody body;
};

struct CreateClause : Clause {
  static constexpr ClauseKind KIND = ClauseKind::CREATE;
  explicit CreateClause(SourceRange r) : Clause(KIND, r) {}
  Pattern pattern;
};

enum class SetItemKind : uint8_t {
  PROPERTY,     // n.k = v  (target is a PropertyExpr)
  REPLACE_MAP,  // n = {..} (target is a VariableExpr)
  MERGE_MAP,    // n += {..}
  LABELS,       // n:A:B
};

struct SetItem {
  SetItemKind kind = SetItemKind::PROPERTY;
  ExprPtr target;
  ExprPtr value;                    // null for LABELS
  std::vector<std::string> labels;  // LABELS only
  SourceRange range;
};

struct MergeClause : Clause {
  static constexpr ClauseKind KIND = ClauseKind::MERGE;
  explicit MergeClause(SourceRange r) : Clause(KIND, r) {}
  PatternPart pattern;
  std::vector<SetItem> onCreate;
  std::vector<SetItem> onMatch;
};

struct SetClause : Clause {
  static constexpr ClauseKind KIND = ClauseKind::SET;
  explicit SetClause(SourceRange r) : Clause(KIND, r) {}
  std::vector<SetItem> items;
};

enum class RemoveItemKind : uint8_t { PROPERTY, LABELS };

struct RemoveItem {
  RemoveItemKind kind = RemoveItemKind::PROPERTY;
  ExprPtr target;  // PropertyExpr for PROPERTY, VariableExpr for LABELS
  std::vector<std::string> labels;
  SourceRange range;
};

struct RemoveClause : Clause {
  static constexpr ClauseKind KIND = ClauseKind::REMOVE;
  explicit RemoveClause(SourceRange r) : Clause(KIND, r) {}
  std::vector<RemoveItem> items;
};

struct DeleteClause : Clause {
  static constexpr ClauseKind KIND = ClauseKind::DELETE;
  explicit DeleteClause(SourceRange r) : Clause(KIND, r) {}
  bool detach = false;
  std::vector<ExprPtr> targets;
};

struct LoadCsvClause : Clause {
  static constexpr ClauseKind KIND = ClauseKind::LOAD_CSV;
  explicit LoadCsvClause(SourceRange r) : Clause(KIND, r) {}
  bool withHeaders = false;
  ExprPtr url;
  std::string alias;
  std::optional<std::string> fieldTerminator;  // the literal's value, e.g. ";" or "\t"
};

struct QueryStatement;

// CALL { ... } [IN TRANSACTIONS [OF n ROWS]]
struct CallSubqueryClause : Clause {
  static constexpr ClauseKind KIND = ClauseKind::CALL_SUBQUERY;
  explicit CallSubqueryClause(SourceRange r);
  ~CallSubqueryClause() override;
  std::unique_ptr<QueryStatement> body;
  bool inTransactions = false;
  ExprPtr batchSize;  // may be null: the default batch size
};

// A field of YIELD: `score` or `score AS rank`.
struct YieldItem {
  std::string field;
  std::string alias;  // the field's name when not aliased
  SourceRange range;
};

// CALL name(args) [YIELD items [WHERE ...]]
struct CallProcedureClause : Clause {
  static constexpr ClauseKind KIND = ClauseKind::CALL_PROCEDURE;
  explicit CallProcedureClause(SourceRange r) : Clause(KIND, r) {}
  std::string name;  // dotted: "algo.pageRank"
  SourceRange nameRange;
  bool hasArgumentList = false;  // CALL db.labels (no parentheses) is allowed standalone only
  std::vector<ExprPtr> args;
  bool hasYield = false;
  bool yieldStar = false;
  std::vector<YieldItem> yields;
  ExprPtr where;  // may be null
};

}  // namespace rollcall::ast
