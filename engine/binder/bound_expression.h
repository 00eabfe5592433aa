#pragma once
// Expressions after binding: variables are row slots, names of functions, labels and property keys
// are resolved, and each node keeps the source offset its errors point at.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/common/error.h"
#include "engine/common/value.h"
#include "engine/exec/function/function_registry.h"
#include "engine/parser/ast/expression.h"
#include "storage/common/types.h"

namespace rollcall {

struct LogicalOperator;
using Slot = uint32_t;

enum class BoundExprKind : uint8_t {
  CONSTANT,
  PARAMETER,
  SLOT,
  PROPERTY,
  LIST,
  MAP,
  UNARY,
  BINARY,
  CHAIN,
  IS_NULL,
  FUNCTION,
  CASE,
  INDEX,
  SLICE,
  LIST_COMPREHENSION,
  QUANTIFIER,
  PATTERN_EXISTS,
  PATTERN_COUNT,
  PATTERN_COMPREHENSION,
  REDUCE,
  HAS_LABELS,
  PATH_BUILD,
  MAP_PROJECTION,
};

class BoundExpression {
 public:
  BoundExpression(BoundExprKind kind, uint32_t offset) : kind(kind), offset(offset) {}
  virtual ~BoundExpression() = default;
  template <class T>
  const T& cast() const {
    RC_ASSERT(kind == T::KIND);
    return static_cast<const T&>(*this);
  }
  const BoundExprKind kind;
  const uint32_t offset;  // where errors raised while evaluating it point
};
using BoundExprPtr = std::unique_ptr<BoundExpression>;

struct ConstantExpr : BoundExpression {
  static constexpr BoundExprKind KIND = BoundExprKind::CONSTANT;
  ConstantExpr(uint32_t o, Value v) : BoundExpression(KIND, o), value(std::move(v)) {}
  Value value;
};

struct ParameterRef : BoundExpression {
  static constexpr BoundExprKind KIND = BoundExprKind::PARAMETER;
  ParameterRef(uint32_t o, std::string n) : BoundExpression(KIND, o), name(std::move(n)) {}
  std::string name;
};

struct SlotRef : BoundExpression {
  static constexpr BoundExprKind KIND = BoundExprKind::SLOT;
  SlotRef(uint32_t o, Slot s) : BoundExpression(KIND, o), slot(s) {}
  Slot slot;
};

struct PropertyRef : BoundExpression {
  static constexpr BoundExprKind KIND = BoundExprKind::PROPERTY;
  PropertyRef(uint32_t o, BoundExprPtr obj, std::string k, storage::PropKeyId id)
      : BoundExpression(KIND, o), object(std::move(obj)), key(std::move(k)), keyId(id) {}
  BoundExprPtr object;
  std::string key;           // for maps and temporal values
  storage::PropKeyId keyId;  // INVALID_TOKEN when no entity has ever had this key
};

struct ListBuild : BoundExpression {
  static constexpr BoundExprKind KIND = BoundExprKind::LIST;
  explicit ListBuild(uint32_t o) : BoundExpression(KIND, o) {}
  std::vector<BoundExprPtr> items;
};

struct MapBuild : BoundExpression {
  static constexpr BoundExprKind KIND = BoundExprKind::MAP;
  explicit MapBuild(uint32_t o) : BoundExpression(KIND, o) {}
  std::vector<std::pair<std::string, BoundExprPtr>> entries;
};

struct UnaryOpExpr : BoundExpression {
  static constexpr BoundExprKind KIND = BoundExprKind::UNARY;
  UnaryOpExpr(uint32_t o, ast::UnaryOp op, BoundExprPtr e)
      : BoundExpression(KIND, o), op(op), operand(std::move(e)) {}
  ast::UnaryOp op;
  BoundExprPtr operand;
};

struct BinaryOpExpr : BoundExpression {
  static constexpr BoundExprKind KIND = BoundExprKind::BINARY;
  BinaryOpExpr(uint32_t o, ast::BinaryOp op, BoundExprPtr l, BoundExprPtr r)
      : BoundExpression(KIND, o), op(op), left(std::move(l)), right(std::move(r)) {}
  ast::BinaryOp op;
  BoundExprPtr left;
  BoundExprPtr right;
};

// A flat run of operators of one precedence level, folded from the left (see ast::ChainExpr):
// evaluated by a loop, so its length costs no stack.
struct ChainOpExpr : BoundExpression {
  static constexpr BoundExprKind KIND = BoundExprKind::CHAIN;
  explicit ChainOpExpr(uint32_t o) : BoundExpression(KIND, o) {}
  std::vector<BoundExprPtr> operands;  // at least two
  std::vector<ast::BinaryOp> ops;      // one fewer than operands
};

// `a AND b AND ...` of the given predicates, flat: the one predicate itself, or a chain.
BoundExprPtr makeConjunction(std::vector<BoundExprPtr> predicates);

struct IsNullOpExpr : BoundExpression {
  static constexpr BoundExprKind KIND = BoundExprKind::IS_NULL;
  IsNullOpExpr(uint32_t o, BoundExprPtr e, bool neg)
      : BoundExpression(KIND, o), operand(std::move(e)), negated(neg) {}
  BoundExprPtr operand;
  bool negated;
};

struct FunctionExpr : BoundExpression {
  static constexpr BoundExprKind KIND = BoundExprKind::FUNCTION;
  FunctionExpr(uint32_t o, const ScalarFunctionInfo* f) : BoundExpression(KIND, o), fn(f) {}
  const ScalarFunctionInfo* fn;
  std::vector<BoundExprPtr> args;
};

struct CaseOpExpr : BoundExpression {
  static constexpr BoundExprKind KIND = BoundExprKind::CASE;
  explicit CaseOpExpr(uint32_t o) : BoundExpression(KIND, o) {}
  BoundExprPtr test;  // null: searched form
  std::vector<std::pair<BoundExprPtr, BoundExprPtr>> whens;
  BoundExprPtr elseExpr;  // null: ELSE null
};

struct IndexOpExpr : BoundExpression {
  static constexpr BoundExprKind KIND = BoundExprKind::INDEX;
  IndexOpExpr(uint32_t o, BoundExprPtr obj, BoundExprPtr idx)
      : BoundExpression(KIND, o), object(std::move(obj)), index(std::move(idx)) {}
  BoundExprPtr object;
  BoundExprPtr index;
};

struct SliceOpExpr : BoundExpression {
  static constexpr BoundExprKind KIND = BoundExprKind::SLICE;
  SliceOpExpr(uint32_t o, BoundExprPtr obj) : BoundExpression(KIND, o), object(std::move(obj)) {}
  BoundExprPtr object;
  BoundExprPtr from;
  BoundExprPtr to;
};

// Shared by list comprehensions and quantifiers: iterate `list`, binding each element to `slot`.
struct ListIterationExpr : BoundExpression {
  ListIterationExpr(BoundExprKind k, uint32_t o) : BoundExpression(k, o) {}
  Slot slot = 0;
  BoundExprPtr list;
  BoundExprPtr where;  // may be null
};

struct ListComprehensionOp : ListIterationExpr {
  static constexpr BoundExprKind KIND = BoundExprKind::LIST_COMPREHENSION;
  explicit ListComprehensionOp(uint32_t o) : ListIterationExpr(KIND, o) {}
  BoundExprPtr projection;  // may be null
};

struct QuantifierOp : ListIterationExpr {
  static constexpr BoundExprKind KIND = BoundExprKind::QUANTIFIER;
  QuantifierOp(uint32_t o, ast::Quantifier q) : ListIterationExpr(KIND, o), quantifier(q) {}
  ast::Quantifier quantifier;
};

// fold: acc = init; for each element of `list`, acc = step (reading `element` and `accumulator`).
struct ReduceOp : BoundExpression {
  static constexpr BoundExprKind KIND = BoundExprKind::REDUCE;
  explicit ReduceOp(uint32_t o) : BoundExpression(KIND, o) {}
  Slot accumulator = 0;
  Slot element = 0;
  BoundExprPtr init;
  BoundExprPtr list;
  BoundExprPtr step;
};

// An expression answered by running a sub-plan that starts from an Argument holding the row.
struct SubPlanExpr : BoundExpression {
  SubPlanExpr(BoundExprKind k, uint32_t o);
  ~SubPlanExpr() override;
  std::unique_ptr<LogicalOperator> plan;
  std::vector<Slot> dependencies;  // outer slots the sub-plan reads
};

// True when the sub-plan, fed the current row, produces at least one row.
struct PatternExistsExpr : SubPlanExpr {
  static constexpr BoundExprKind KIND = BoundExprKind::PATTERN_EXISTS;
  explicit PatternExistsExpr(uint32_t o) : SubPlanExpr(KIND, o) {}
};

// How many rows the sub-plan produces when fed the current row.
struct PatternCountExpr : SubPlanExpr {
  static constexpr BoundExprKind KIND = BoundExprKind::PATTERN_COUNT;
  explicit PatternCountExpr(uint32_t o) : SubPlanExpr(KIND, o) {}
};

// The projection evaluated on every row the sub-plan produces when fed the current row.
struct PatternComprehensionOp : BoundExpression {
  static constexpr BoundExprKind KIND = BoundExprKind::PATTERN_COMPREHENSION;
  explicit PatternComprehensionOp(uint32_t o);
  ~PatternComprehensionOp() override;
  std::unique_ptr<LogicalOperator> plan;
  std::vector<Slot> dependencies;  // outer slots the sub-plan and projection read
  BoundExprPtr projection;
};

struct HasLabelsOp : BoundExpression {
  static constexpr BoundExprKind KIND = BoundExprKind::HAS_LABELS;
  HasLabelsOp(uint32_t o, BoundExprPtr obj) : BoundExpression(KIND, o), object(std::move(obj)) {}
  BoundExprPtr object;
  std::vector<storage::LabelId> labels;  // INVALID_TOKEN for labels no node has ever had
};

// Builds a path from node and relationship slots, in pattern order (node, rel, node, ...). A
// variable-length relationship slot holds a list of relationships, which is spliced in.
struct PathBuildExpr : BoundExpression {
  static constexpr BoundExprKind KIND = BoundExprKind::PATH_BUILD;
  explicit PathBuildExpr(uint32_t o) : BoundExpression(KIND, o) {}
  std::vector<Slot> nodeSlots;
  std::vector<Slot> relSlots;
  std::vector<bool> relIsList;
};

// n {.name, .*, key: expr}: `entries` overlay the entity's properties when `allProperties`.
struct MapProjectionOp : BoundExpression {
  static constexpr BoundExprKind KIND = BoundExprKind::MAP_PROJECTION;
  MapProjectionOp(uint32_t o, BoundExprPtr obj)
      : BoundExpression(KIND, o), object(std::move(obj)) {}
  BoundExprPtr object;
  bool allProperties = false;
  std::vector<std::pair<std::string, BoundExprPtr>> entries;
};

}  // namespace rollcall
