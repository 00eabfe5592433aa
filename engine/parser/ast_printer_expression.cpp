#include "engine/common/value_ops.h"
#include "engine/parser/ast_printer.h"

namespace rollcall::ast {
namespace {

const char* binaryName(BinaryOp op) {
  static const char* const NAMES[] = {
      "or", "xor", "and", "=", "<>", "<",  "<=",          ">",         ">=",       "+",
      "-",  "*",   "/",   "%", "^",  "in", "starts-with", "ends-with", "contains", "=~"};
  return NAMES[static_cast<int>(op)];
}

const char* quantifierName(Quantifier q) {
  static const char* const NAMES[] = {"all", "any", "none", "single"};
  return NAMES[static_cast<int>(q)];
}

std::string optional(const char* tag, const ExprPtr& expr) {
  return expr ? std::string(" (") + tag + " " + toString(*expr) + ")" : "";
}

std::string printCall(const FunctionCallExpr& call) {
  std::string out = "(call " + call.name;
  if (call.distinct) out += " distinct";
  if (call.star) out += " *";
  for (const auto& arg : call.args) out += " " + toString(*arg);
  return out + ")";
}

std::string printCase(const CaseExpr& expr) {
  std::string out = "(case";
  if (expr.test) out += " " + toString(*expr.test);
  for (const auto& [when, then] : expr.whens) {
    out += " (when " + toString(*when) + " " + toString(*then) + ")";
  }
  return out + optional("else", expr.elseExpr) + ")";
}

std::string printCollection(const Expression& expr) {
  std::string out;
  if (expr.kind == ExprKind::LIST) {
    out = "(list";
    for (const auto& item : expr.cast<ListExpr>().items) out += " " + toString(*item);
  } else {
    out = "(map";
    for (const auto& [key, value] : expr.cast<MapExpr>().entries) {
      out += " (" + key + " " + toString(*value) + ")";
    }
  }
  return out + ")";
}

std::string printIteration(const Expression& expr) {
  if (expr.kind == ExprKind::LIST_COMPREHENSION) {
    const auto& e = expr.cast<ListComprehensionExpr>();
    return "(list-comp " + e.variable + " " + toString(*e.list) + optional("where", e.where) +
           optional("proj", e.projection) + ")";
  }
  const auto& e = expr.cast<QuantifierExpr>();
  return std::string("(") + quantifierName(e.quantifier) + " " + e.variable + " " +
         toString(*e.list) + optional("where", e.where) + ")";
}

std::string printAccess(const Expression& expr) {
  switch (expr.kind) {
    case ExprKind::PROPERTY: {
      const auto& e = expr.cast<PropertyExpr>();
      return "(. " + toString(*e.object) + " " + e.key + ")";
    }
    case ExprKind::INDEX: {
      const auto& e = expr.cast<IndexExpr>();
      return "(index " + toString(*e.object) + " " + toString(*e.index) + ")";
    }
    case ExprKind::SLICE: {
      const auto& e = expr.cast<SliceExpr>();
      return "(slice " + toString(*e.object) + " " + (e.from ? toString(*e.from) : "_") + " " +
             (e.to ? toString(*e.to) : "_") + ")";
    }
    default: {
      const auto& e = expr.cast<HasLabelsExpr>();
      std::string out = "(labels " + toString(*e.object);
      for (const auto& label : e.labels) out += " " + label;
      return out + ")";
    }
  }
}

// Prints as the left-nested binary operators it stands for, so a chain reads like two operands
// do: (+ (+ 1 2) 3). Built front to back: no copying per operand.
std::string printChain(const ChainExpr& chain) {
  std::string out;
  for (size_t i = chain.ops.size(); i-- > 0;)
    out += std::string("(") + binaryName(chain.ops[i]) + " ";
  out += toString(*chain.operands[0]);
  for (size_t i = 1; i < chain.operands.size(); ++i)
    out += " " + toString(*chain.operands[i]) + ")";
  return out;
}

std::string printOperator(const Expression& expr) {
  if (expr.kind == ExprKind::UNARY) {
    const auto& e = expr.cast<UnaryExpr>();
    const char* op = e.op == UnaryOp::NOT ? "not" : e.op == UnaryOp::MINUS ? "-" : "+";
    return std::string("(") + op + " " + toString(*e.operand) + ")";
  }
  if (expr.kind == ExprKind::IS_NULL) {
    const auto& e = expr.cast<IsNullExpr>();
    return std::string(e.negated ? "(is-not-null " : "(is-null ") + toString(*e.operand) + ")";
  }
  const auto& e = expr.cast<BinaryExpr>();
  return std::string("(") + binaryName(e.op) + " " + toString(*e.left) + " " + toString(*e.right) +
         ")";
}

}  // namespace

std::string toString(const Expression& expr) {
  switch (expr.kind) {
    case ExprKind::LITERAL:
      return toDisplayString(expr.cast<LiteralExpr>().value, /*topLevelBare=*/false);
    case ExprKind::PARAMETER:
      return "$" + expr.cast<ParameterExpr>().name;
    case ExprKind::VARIABLE:
      return expr.cast<VariableExpr>().name;
    case ExprKind::LIST:
    case ExprKind::MAP:
      return printCollection(expr);
    case ExprKind::UNARY:
    case ExprKind::BINARY:
    case ExprKind::IS_NULL:
      return printOperator(expr);
    case ExprKind::CHAIN:
      return printChain(expr.cast<ChainExpr>());
    case ExprKind::FUNCTION_CALL:
      return printCall(expr.cast<FunctionCallExpr>());
    case ExprKind::CASE:
      return printCase(expr.cast<CaseExpr>());
    case ExprKind::LIST_COMPREHENSION:
    case ExprKind::QUANTIFIER:
      return printIteration(expr);
    case ExprKind::PATTERN_PREDICATE:
      return "(pattern " + toString(*expr.cast<PatternPredicateExpr>().pattern) + ")";
    case ExprKind::EXISTS_SUBQUERY:
      return "(exists " + toString(*expr.cast<ExistsSubqueryExpr>().match) + ")";
    case ExprKind::COUNT_SUBQUERY:
      return "(count " + toString(*expr.cast<CountSubqueryExpr>().match) + ")";
    case ExprKind::REDUCE: {
      const auto& e = expr.cast<ReduceExpr>();
      return "(reduce " + e.accumulator + " " + toString(*e.init) + " " + e.variable + " " +
             toString(*e.list) + " " + toString(*e.step) + ")";
    }
    case ExprKind::PATTERN_COMPREHENSION: {
      const auto& e = expr.cast<PatternComprehensionExpr>();
      std::string out = "(pattern-comprehension " + toString(*e.pattern);
      if (e.where) out += " where " + toString(*e.where);
      return out + " | " + toString(*e.projection) + ")";
    }
    default:
      return printAccess(expr);
  }
}

}  // namespace rollcall::ast
