#pragma once
// Parsed expressions. Every node keeps the byte range of its source text, so later stages can
// point errors at it and name unaliased columns by the text as written.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/common/error.h"
#include "engine/common/value.h"

namespace rollcall::ast {

struct SourceRange {
  uint32_t begin = 0;  // byte offset of the first character
  uint32_t end = 0;    // one past the last character
};

enum class ExprKind : uint8_t {
  LITERAL,             // 1, 2.5, 'x', true, null
  PARAMETER,           // $name
  VARIABLE,            // n
  PROPERTY,            // expr.key
  LIST,                // [a, b]
  MAP,                 // {k: v}
  UNARY,               // NOT a, -a, +a
  BINARY,              // a + b, a AND b, a = b, a IN b, a STARTS WITH b, ...
  CHAIN,               // a OR b OR c, 1 + 2 - 3: three or more operands of one precedence level
  IS_NULL,             // a IS [NOT] NULL
  FUNCTION_CALL,       // f(args), f(DISTINCT x), count(*)
  CASE,                // CASE [test] WHEN .. THEN .. [ELSE ..] END
  INDEX,               // list[i], map['k']
  SLICE,               // list[a..b]
  LIST_COMPREHENSION,  // [x IN list WHERE pred | proj]
  QUANTIFIER,          // all/any/none/single(x IN list WHERE pred)
  PATTERN_PREDICATE,   // (a)-[:T]->() used as a boolean
  PATTERN_COMPREHENSION,  // [(a)-[:T]->(b) WHERE ... | b.x]
  EXISTS_SUBQUERY,     // EXISTS { MATCH ... [WHERE ...] } or EXISTS { (a)-->() }
  COUNT_SUBQUERY,      // COUNT { MATCH ... [WHERE ...] } or COUNT { (a)-->() }
  REDUCE,              // reduce(acc = init, x IN list | step)
  HAS_LABELS,          // n:Label:Other
  MAP_PROJECTION,      // n {.name, .*, key: expr, other}
};

class Expression {
 public:
  Expression(ExprKind kind, SourceRange range) : kind(kind), range(range) {}
  virtual ~Expression() = default;

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

  const ExprKind kind;
  SourceRange range;
};
using ExprPtr = std::unique_ptr<Expression>;

struct LiteralExpr : Expression {
  static constexpr ExprKind KIND = ExprKind::LITERAL;
  LiteralExpr(SourceRange r, Value v) : Expression(KIND, r), value(std::move(v)) {}
  Value value;
};

struct ParameterExpr : Expression {
  static constexpr ExprKind KIND = ExprKind::PARAMETER;
  ParameterExpr(SourceRange r, std::string n) : Expression(KIND, r), name(std::move(n)) {}
  std::string name;
};

struct VariableExpr : Expression {
  static constexpr ExprKind KIND = ExprKind::VARIABLE;
  VariableExpr(SourceRange r, std::string n) : Expression(KIND, r), name(std::move(n)) {}
  std::string name;
};

struct PropertyExpr : Expression {
  static constexpr ExprKind KIND = ExprKind::PROPERTY;
  PropertyExpr(SourceRange r, ExprPtr o, std::string k)
      : Expression(KIND, r), object(std::move(o)), key(std::move(k)) {}
  ExprPtr object;
  std::string key;
};

struct ListExpr : Expression {
  static constexpr ExprKind KIND = ExprKind::LIST;
  explicit ListExpr(SourceRange r) : Expression(KIND, r) {}
  std::vector<ExprPtr> items;
};

struct MapExpr : Expression {
  static constexpr ExprKind KIND = ExprKind::MAP;
  explicit MapExpr(SourceRange r) : Expression(KIND, r) {}
  std::vector<std::pair<std::string, ExprPtr>> entries;  // in source order
};

enum class UnaryOp : uint8_t { NOT, MINUS, PLUS };

struct UnaryExpr : Expression {
  static constexpr ExprKind KIND = ExprKind::UNARY;
  UnaryExpr(SourceRange r, UnaryOp o, ExprPtr e)
      : Expression(KIND, r), op(o), operand(std::move(e)) {}
  UnaryOp op;
  ExprPtr operand;
};

enum class BinaryOp : uint8_t {
  OR,
  XOR,
  AND,
  EQ,
  NE,
  LT,
  LE,
  GT,
  GE,
  ADD,
  SUB,
  MUL,
  DIV,
  MOD,
  POW,
  IN,
  STARTS_WITH,
  ENDS_WITH,
  CONTAINS,
  REGEX_MATCH,
};

// Chained comparisons (a < b < c) are desugared by the parser into (a < b) AND (b < c).
struct BinaryExpr : Expression {
  static constexpr ExprKind KIND = ExprKind::BINARY;
  BinaryExpr(SourceRange r, BinaryOp o, ExprPtr a, ExprPtr b)
      : Expression(KIND, r), op(o), left(std::move(a)), right(std::move(b)) {}
  BinaryOp op;
  ExprPtr left;
  ExprPtr right;
};

// A run of operators of one precedence level, folded from the left: `a OR b OR c`,
// `1 + 2 - 3 * 4` at the additive level, a chained comparison's conjuncts. Three or more
// operands (two make a BinaryExpr). Kept flat so that a generated query with 100,000 terms costs
// no recursion in the binder, the evaluator or the destructor.
struct ChainExpr : Expression {
  static constexpr ExprKind KIND = ExprKind::CHAIN;
  explicit ChainExpr(SourceRange r) : Expression(KIND, r) {}
  std::vector<ExprPtr> operands;
  std::vector<BinaryOp> ops;  // ops[i] joins the fold of operands[0..i] with operands[i + 1]
};

struct IsNullExpr : Expression {
  static constexpr ExprKind KIND = ExprKind::IS_NULL;
  IsNullExpr(SourceRange r, ExprPtr e, bool neg)
      : Expression(KIND, r), operand(std::move(e)), negated(neg) {}
  ExprPtr operand;
  bool negated;  // IS NOT NULL
};

struct FunctionCallExpr : Expression {
  static constexpr ExprKind KIND = ExprKind::FUNCTION_CALL;
  FunctionCallExpr(SourceRange r, std::string n) : Expression(KIND, r), name(std::move(n)) {}
  std::string name;  // as written, possibly namespaced ("db.labels")
  bool distinct = false;
  bool star = false;  // count(*)
  std::vector<ExprPtr> args;
};

struct CaseExpr : Expression {
  static constexpr ExprKind KIND = ExprKind::CASE;
  explicit CaseExpr(SourceRange r) : Expression(KIND, r) {}
  ExprPtr test;  // null for the searched form: CASE WHEN cond THEN ...
  std::vector<std::pair<ExprPtr, ExprPtr>> whens;
  ExprPtr elseExpr;  // may be null
};

struct IndexExpr : Expression {
  static constexpr ExprKind KIND = ExprKind::INDEX;
  IndexExpr(SourceRange r, ExprPtr o, ExprPtr i)
      : Expression(KIND, r), object(std::move(o)), index(std::move(i)) {}
  ExprPtr object;
  ExprPtr index;
};

struct SliceExpr : Expression {
  static constexpr ExprKind KIND = ExprKind::SLICE;
  SliceExpr(SourceRange r, ExprPtr o) : Expression(KIND, r), object(std::move(o)) {}
  ExprPtr object;
  ExprPtr from;  // may be null
  ExprPtr to;    // may be null
};

struct ListComprehensionExpr : Expression {
  static constexpr ExprKind KIND = ExprKind::LIST_COMPREHENSION;
  explicit ListComprehensionExpr(SourceRange r) : Expression(KIND, r) {}
  std::string variable;
  ExprPtr list;
  ExprPtr where;       // may be null
  ExprPtr projection;  // may be null: the element itself
};

enum class Quantifier : uint8_t { ALL, ANY, NONE, SINGLE };

struct QuantifierExpr : Expression {
  static constexpr ExprKind KIND = ExprKind::QUANTIFIER;
  QuantifierExpr(SourceRange r, Quantifier q) : Expression(KIND, r), quantifier(q) {}
  Quantifier quantifier;
  std::string variable;
  ExprPtr list;
  ExprPtr where;
};

struct PatternPart;
struct MatchClause;

struct PatternPredicateExpr : Expression {
  static constexpr ExprKind KIND = ExprKind::PATTERN_PREDICATE;
  PatternPredicateExpr(SourceRange r, std::unique_ptr<PatternPart> p);
  ~PatternPredicateExpr() override;
  std::unique_ptr<PatternPart> pattern;
};

// [p = (a)-[:T]->(b) WHERE cond | projection]: the pattern's variables are its own.
struct PatternComprehensionExpr : Expression {
  static constexpr ExprKind KIND = ExprKind::PATTERN_COMPREHENSION;
  PatternComprehensionExpr(SourceRange r, std::unique_ptr<PatternPart> p);
  ~PatternComprehensionExpr() override;
  std::unique_ptr<PatternPart> pattern;
  ExprPtr where;  // may be null
  ExprPtr projection;
};

// The braces of EXISTS { } and COUNT { }: MATCH pattern [WHERE cond], or the short form without
// MATCH, as one MATCH clause.
struct SubqueryExpr : Expression {
  SubqueryExpr(ExprKind k, SourceRange r, std::unique_ptr<MatchClause> m);
  ~SubqueryExpr() override;
  std::unique_ptr<MatchClause> match;
};

// EXISTS { ... }: whether the pattern matches.
struct ExistsSubqueryExpr : SubqueryExpr {
  static constexpr ExprKind KIND = ExprKind::EXISTS_SUBQUERY;
  ExistsSubqueryExpr(SourceRange r, std::unique_ptr<MatchClause> m);
};

// COUNT { ... }: the number of matches.
struct CountSubqueryExpr : SubqueryExpr {
  static constexpr ExprKind KIND = ExprKind::COUNT_SUBQUERY;
  CountSubqueryExpr(SourceRange r, std::unique_ptr<MatchClause> m);
};

// reduce(accumulator = init, variable IN list | step): both names are visible in `step` only.
struct ReduceExpr : Expression {
  static constexpr ExprKind KIND = ExprKind::REDUCE;
  explicit ReduceExpr(SourceRange r) : Expression(KIND, r) {}
  std::string accumulator;
  ExprPtr init;
  std::string variable;
  ExprPtr list;
  ExprPtr step;
};

struct HasLabelsExpr : Expression {
  static constexpr ExprKind KIND = ExprKind::HAS_LABELS;
  HasLabelsExpr(SourceRange r, ExprPtr o) : Expression(KIND, r), object(std::move(o)) {}
  ExprPtr object;
  std::vector<std::string> labels;
};

enum class MapProjectionItemKind : uint8_t { ALL_PROPERTIES, PROPERTY, LITERAL, VARIABLE };

struct MapProjectionItem {
  MapProjectionItemKind kind = MapProjectionItemKind::PROPERTY;
  std::string key;  // property or entry name; the variable's name for VARIABLE
  ExprPtr value;    // LITERAL only
};

struct MapProjectionExpr : Expression {
  static constexpr ExprKind KIND = ExprKind::MAP_PROJECTION;
  MapProjectionExpr(SourceRange r, std::string v) : Expression(KIND, r), variable(std::move(v)) {}
  std::string variable;
  std::vector<MapProjectionItem> items;
};

}  // namespace rollcall::ast
