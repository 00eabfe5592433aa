// Binding of expressions: variables to slots, names to functions and tokens.
#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <utility>

#include "engine/binder/binder.h"
#include "engine/binder/constant_folding.h"
#include "engine/parser/ast/clause.h"

namespace rollcall {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return out;
}

uint32_t at(const ast::Expression& e) { return e.range.begin; }

BoundExprPtr bindVariable(Binder& b, const ast::VariableExpr& e) {
  const Variable* var = b.scope().find(e.name);
  if (!var) {
    throw syntaxError("UndefinedVariable", "Variable `" + e.name + "` not defined", at(e));
  }
  return std::make_unique<SlotRef>(at(e), var->slot);
}

BoundExprPtr bindParameter(Binder& b, const ast::ParameterExpr& e) {
  if (!b.params().count(e.name)) {
    throw CypherError(ErrorClass::PARAMETER_MISSING, "MissingParameter",
                      "Expected parameter(s): " + e.name, at(e));
  }
  return std::make_unique<ParameterRef>(at(e), e.name);
}

// `$p IS NULL` is known as soon as the statement's parameters are (each run binds and plans
// anew): a constant, which constant folding can carry through `$p IS NULL OR ...`.
BoundExprPtr bindIsNull(Binder& b, const ast::IsNullExpr& e) {
  BoundExprPtr operand = b.bindExpression(*e.operand);
  if (operand->kind == BoundExprKind::PARAMETER) {
    auto it = b.params().find(operand->cast<ParameterRef>().name);
    if (it != b.params().end())
      return std::make_unique<ConstantExpr>(at(e), Value(it->second.isNull() != e.negated));
  }
  return std::make_unique<IsNullOpExpr>(at(e), std::move(operand), e.negated);
}

template <class Iter>
void bindListIteration(Binder& b, const Iter& e, ListIterationExpr& out) {
  out.list = b.bindExpression(*e.list);
  Scope saved = b.scope();
  out.slot = b.newSlot();
  b.scope().add(e.variable, Variable{out.slot, VarType::VALUE});
  // The filter and projection run per element: an aggregate there has no group to fold over.
  auto* aggregates = std::exchange(b.aggregates, nullptr);
  if (e.where) out.where = b.bindPredicate(*e.where);
  if constexpr (std::is_same_v<Iter, ast::ListComprehensionExpr>) {
    if (e.projection)
      static_cast<ListComprehensionOp&>(out).projection = b.bindExpression(*e.projection);
  }
  b.aggregates = aggregates;
  b.scope() = saved;
}

BoundExprPtr bindAggregate(Binder& b, const ast::FunctionCallExpr& e,
                           const AggregateFunctionInfo* fn) {
  if (b.orderByAfterAggregation) {
    // Its arguments first: a variable of before the projection is UndefinedVariable.
    for (const auto& arg : e.args) b.bindExpression(*arg);
    throw syntaxError("InvalidAggregation",
                      "ORDER BY after an aggregation can only use aggregates that are projected "
                      "(" +
                          e.name + ")",
                      at(e));
  }
  if (!b.aggregates) {
    throw syntaxError("InvalidAggregation",
                      "Aggregation (" + e.name + ") is only allowed in WITH and RETURN", at(e));
  }
  if (b.insideAggregate) {
    throw syntaxError("NestedAggregation", "Cannot nest aggregate functions", at(e));
  }
  AggregateSpec spec;
  spec.fn = fn;
  spec.distinct = e.distinct;
  b.insideAggregate = true;
  Scope saved = b.scope();
  if (b.aggregateArgScope) b.scope() = *b.aggregateArgScope;
  for (const auto& arg : e.args) spec.args.push_back(b.bindExpression(*arg));
  b.scope() = saved;
  b.insideAggregate = false;
  if (fn && (e.args.size() < fn->minArgs || e.args.size() > fn->maxArgs)) {
    throw syntaxError("InvalidNumberOfArguments", "Wrong number of arguments to " + e.name, at(e));
  }
  spec.out = b.newSlot();
  Slot out = spec.out;
  b.aggregates->push_back(std::move(spec));
  return std::make_unique<SlotRef>(at(e), out);
}

BoundExprPtr bindSpecialFunction(Binder& b, const ast::FunctionCallExpr& e,
                                 const std::string& name) {
  if (name == "exists" && e.args.size() == 1) {
    const ast::Expression& arg = *e.args[0];
    if (arg.kind == ast::ExprKind::PATTERN_PREDICATE) return b.bindPredicate(arg);
    if (arg.kind != ast::ExprKind::PROPERTY) {
      throw syntaxError("InvalidArgumentType", "exists() expects a property or a pattern", at(e));
    }
    return std::make_unique<IsNullOpExpr>(at(e), b.bindExpression(arg), true);
  }
  if ((name == "linenumber" || name == "file") && e.args.empty()) {
    if (!b.csvSlots) return std::make_unique<ConstantExpr>(at(e), Value());
    Slot s = name == "linenumber" ? b.csvSlots->first : b.csvSlots->second;
    return std::make_unique<SlotRef>(at(e), s);
  }
  return nullptr;
}

// The entity type a variable is bound to, when the binder knows it (null otherwise).
const char* entityTypeName(Binder& b, const ast::Expression& expr) {
  if (expr.kind != ast::ExprKind::VARIABLE) return nullptr;
  const Variable* v = b.scope().find(expr.cast<ast::VariableExpr>().name);
  if (!v) return nullptr;
  switch (v->type) {
    case VarType::NODE:
      return "Node";
    case VarType::REL:
      return "Relationship";
    case VarType::PATH:
      return "Path";
    default:
      return nullptr;
  }
}

// Functions given a variable of the wrong entity type fail at compile time, as in Neo4j:
// type(node), labels(path), size(path), nodes(node), ...
void checkEntityArgument(Binder& b, const std::string& name, const ast::FunctionCallExpr& e) {
  if (e.args.empty()) return;
  const char* given = entityTypeName(b, *e.args[0]);
  if (!given) return;
  std::string_view type(given);
  static const std::unordered_map<std::string_view, std::string_view> wanted = {
      {"type", "Relationship"},    {"startnode", "Relationship"},
      {"endnode", "Relationship"}, {"labels", "Node"},
      {"nodes", "Path"},           {"relationships", "Path"},
      {"length", "Path"},
  };
  auto rule = wanted.find(name);
  bool wrong = rule != wanted.end() ? rule->second != type : (name == "size" && type == "Path");
  if (!wrong) return;
  throw syntaxError("InvalidArgumentType",
                    "Type mismatch: " + e.name + "() does not accept a " + std::string(type),
                    at(*e.args[0]));
}

BoundExprPtr bindFunction(Binder& b, const ast::FunctionCallExpr& e) {
  std::string name = lower(e.name);
  if (e.star) return bindAggregate(b, e, nullptr);
  if (auto special = bindSpecialFunction(b, e, name)) return special;
  if (const auto* agg = lookupAggregateFunction(name)) return bindAggregate(b, e, agg);
  const ScalarFunctionInfo* fn = lookupScalarFunction(name);
  if (!fn) {
    // reduce is no function: a call of it is a reduce(...) missing its `acc = init` or `| step`.
    std::string hint = name == "reduce" ? " (write reduce(acc = init, x IN list | step))" : "";
    throw syntaxError("UnknownFunction", "Unknown function '" + e.name + "'" + hint, at(e));
  }
  if (e.args.size() < fn->minArgs || e.args.size() > fn->maxArgs) {
    throw syntaxError("InvalidNumberOfArguments",
                      "Function " + std::string(fn->name) + " takes " +
                          std::to_string(fn->minArgs) +
                          (fn->maxArgs != fn->minArgs ? ".." + std::to_string(fn->maxArgs) : "") +
                          " argument(s), got " + std::to_string(e.args.size()),
                      at(e));
  }
  checkEntityArgument(b, name, e);
  // As Neo4j: an aggregate of random values has no meaning that a query could rely on.
  if (name == "rand" && b.insideAggregate) {
    throw syntaxError(
        "NonConstantExpression",
        "Can't use non-deterministic (random) functions inside of aggregate functions", at(e));
  }
  auto out = std::make_unique<FunctionExpr>(at(e), fn);
  for (const auto& arg : e.args) out->args.push_back(b.bindExpression(*arg));
  return out;
}

BoundExprPtr bindCase(Binder& b, const ast::CaseExpr& e) {
  auto out = std::make_unique<CaseOpExpr>(at(e));
  if (e.test) out->test = b.bindExpression(*e.test);
  for (const auto& [when, then] : e.whens) {
    auto condition = e.test ? b.bindExpression(*when) : b.bindPredicate(*when);
    out->whens.emplace_back(std::move(condition), b.bindExpression(*then));
  }
  if (e.elseExpr) out->elseExpr = b.bindExpression(*e.elseExpr);
  return out;
}

BoundExprPtr bindCollection(Binder& b, const ast::Expression& expr) {
  if (expr.kind == ast::ExprKind::LIST) {
    auto out = std::make_unique<ListBuild>(at(expr));
    for (const auto& item : expr.cast<ast::ListExpr>().items)
      out->items.push_back(b.bindExpression(*item));
    return out;
  }
  auto out = std::make_unique<MapBuild>(at(expr));
  for (const auto& [key, value] : expr.cast<ast::MapExpr>().entries) {
    out->entries.emplace_back(key, b.bindExpression(*value));
  }
  return out;
}

BoundExprPtr bindSubscript(Binder& b, const ast::Expression& expr) {
  if (expr.kind == ast::ExprKind::INDEX) {
    const auto& e = expr.cast<ast::IndexExpr>();
    return std::make_unique<IndexOpExpr>(at(e), b.bindExpression(*e.object),
                                         b.bindExpression(*e.index));
  }
  const auto& e = expr.cast<ast::SliceExpr>();
  auto out = std::make_unique<SliceOpExpr>(at(e), b.bindExpression(*e.object));
  if (e.from) out->from = b.bindExpression(*e.from);
  if (e.to) out->to = b.bindExpression(*e.to);
  return out;
}

BoundExprPtr bindIteration(Binder& b, const ast::Expression& expr) {
  if (expr.kind == ast::ExprKind::LIST_COMPREHENSION) {
    const auto& e = expr.cast<ast::ListComprehensionExpr>();
    auto out = std::make_unique<ListComprehensionOp>(at(e));
    bindListIteration(b, e, *out);
    return out;
  }
  const auto& e = expr.cast<ast::QuantifierExpr>();
  auto out = std::make_unique<QuantifierOp>(at(e), e.quantifier);
  bindListIteration(b, e, *out);
  return out;
}

// The accumulator and the element are visible in the step only, shadowing outer names as a list
// comprehension's variable does; init and list are read in the outer scope.
BoundExprPtr bindReduce(Binder& b, const ast::ReduceExpr& e) {
  if (e.accumulator == e.variable) {
    throw syntaxError("VariableAlreadyBound", "Variable `" + e.variable + "` already declared",
                      at(e));
  }
  auto out = std::make_unique<ReduceOp>(at(e));
  out->init = b.bindExpression(*e.init);
  out->list = b.bindExpression(*e.list);
  Scope saved = b.scope();
  out->accumulator = b.newSlot();
  out->element = b.newSlot();
  b.scope().add(e.accumulator, Variable{out->accumulator, VarType::VALUE});
  b.scope().add(e.variable, Variable{out->element, VarType::VALUE});
  // The step runs per element: an aggregate there has no group to fold over.
  auto* aggregates = std::exchange(b.aggregates, nullptr);
  out->step = b.bindExpression(*e.step);
  b.aggregates = aggregates;
  b.scope() = saved;
  return out;
}

BoundExprPtr bindHasLabels(Binder& b, const ast::HasLabelsExpr& e) {
  auto out = std::make_unique<HasLabelsOp>(at(e), b.bindExpression(*e.object));
  for (const auto& name : e.labels) out->labels.push_back(b.labelId(name, e.range));
  return out;
}

BoundExprPtr bindMapProjection(Binder& b, const ast::MapProjectionExpr& e) {
  auto variable = [&](const std::string& name) {
    return b.bindExpression(ast::VariableExpr(e.range, name));
  };
  auto out = std::make_unique<MapProjectionOp>(at(e), variable(e.variable));
  for (const auto& item : e.items) {
    switch (item.kind) {
      case ast::MapProjectionItemKind::ALL_PROPERTIES:
        out->allProperties = true;
        break;
      case ast::MapProjectionItemKind::PROPERTY:
        out->entries.emplace_back(
            item.key, std::make_unique<PropertyRef>(at(e), variable(e.variable), item.key,
                                                    b.propKeyId(item.key, e.range)));
        break;
      case ast::MapProjectionItemKind::LITERAL:
        out->entries.emplace_back(item.key, b.bindExpression(*item.value));
        break;
      case ast::MapProjectionItemKind::VARIABLE:
        out->entries.emplace_back(item.key, variable(item.key));
        break;
    }
  }
  return out;
}

}  // namespace

BoundExprPtr Binder::bindPredicate(const ast::Expression& expr) {
  if (const char* type = entityTypeName(*this, expr)) {
    throw syntaxError("InvalidArgumentType",
                      std::string("Type mismatch: expected Boolean but was ") + type, at(expr));
  }
  predicatePosition = true;
  return bindExpression(expr);
}

BoundExprPtr Binder::bindWhere(const ast::Expression& expr) {
  BoundExprPtr predicate = bindPredicate(expr);
  bool alwaysTrue = predicate->kind == BoundExprKind::CONSTANT &&
                    predicate->cast<ConstantExpr>().value.kind() == Value::Kind::BOOL &&
                    predicate->cast<ConstantExpr>().value.asBool();
  return alwaysTrue ? nullptr : std::move(predicate);
}

namespace {

// As in Neo4j 5, a pattern used as an expression only tests for existence: it stands where a
// boolean is expected, never as a value (RETURN (a)-->(), size((a)-->())).
void checkPatternPosition(const ast::Expression& expr, bool predicate) {
  if (expr.kind != ast::ExprKind::PATTERN_PREDICATE || predicate) return;
  throw syntaxError("UnexpectedSyntax",
                    "A pattern expression may only be used as a predicate (in WHERE, with "
                    "NOT/AND/OR/XOR, in CASE WHEN or exists()); use EXISTS { MATCH ... } or "
                    "COUNT { MATCH ... } for a value",
                    at(expr));
}

}  // namespace

BoundExprPtr Binder::bindExpression(const ast::Expression& expr) {
  checkPatternPosition(expr, std::exchange(predicatePosition, false));
  if (groupKeyTexts && !insideAggregate) {
    auto it = groupKeyTexts->find(textOf(expr.range));
    if (it != groupKeyTexts->end()) return std::make_unique<SlotRef>(at(expr), it->second);
  }
  return foldConstants(bindExpressionKind(expr));
}

BoundExprPtr Binder::bindExpressionKind(const ast::Expression& expr) {
  switch (expr.kind) {
    case ast::ExprKind::LITERAL:
      return std::make_unique<ConstantExpr>(at(expr), expr.cast<ast::LiteralExpr>().value);
    case ast::ExprKind::PARAMETER:
      return bindParameter(*this, expr.cast<ast::ParameterExpr>());
    case ast::ExprKind::VARIABLE:
      return bindVariable(*this, expr.cast<ast::VariableExpr>());
    case ast::ExprKind::PROPERTY: {
      const auto& e = expr.cast<ast::PropertyExpr>();
      // Only a key read from a node or relationship is a property key: `d.year` of a date or
      // `m.k` of a map names no stored key, and warns of nothing.
      bool entity = false;
      if (e.object->kind == ast::ExprKind::VARIABLE) {
        const Variable* var = scope_.find(e.object->cast<ast::VariableExpr>().name);
        entity = var && (var->type == VarType::NODE || var->type == VarType::REL);
      }
      auto id = entity ? propKeyId(e.key, e.range) : existingPropKeyId(e.key);
      return std::make_unique<PropertyRef>(at(e), bindExpression(*e.object), e.key, id);
    }
    case ast::ExprKind::LIST:
    case ast::ExprKind::MAP:
      return bindCollection(*this, expr);
    case ast::ExprKind::UNARY: {
      const auto& e = expr.cast<ast::UnaryExpr>();
      bool logical = e.op == ast::UnaryOp::NOT;
      return std::make_unique<UnaryOpExpr>(
          at(e), e.op, logical ? bindPredicate(*e.operand) : bindExpression(*e.operand));
    }
    case ast::ExprKind::BINARY: {
      const auto& e = expr.cast<ast::BinaryExpr>();
      bool logical =
          e.op == ast::BinaryOp::AND || e.op == ast::BinaryOp::OR || e.op == ast::BinaryOp::XOR;
      auto left = logical ? bindPredicate(*e.left) : bindExpression(*e.left);
      auto right = logical ? bindPredicate(*e.right) : bindExpression(*e.right);
      return std::make_unique<BinaryOpExpr>(at(e), e.op, std::move(left), std::move(right));
    }
    case ast::ExprKind::CHAIN:
      return bindChain(expr.cast<ast::ChainExpr>());
    case ast::ExprKind::IS_NULL: {
      const auto& e = expr.cast<ast::IsNullExpr>();
      return bindIsNull(*this, e);
    }
    case ast::ExprKind::FUNCTION_CALL:
      return bindFunction(*this, expr.cast<ast::FunctionCallExpr>());
    case ast::ExprKind::CASE:
      return bindCase(*this, expr.cast<ast::CaseExpr>());
    case ast::ExprKind::INDEX:
    case ast::ExprKind::SLICE:
      return bindSubscript(*this, expr);
    case ast::ExprKind::LIST_COMPREHENSION:
    case ast::ExprKind::QUANTIFIER:
      return bindIteration(*this, expr);
    case ast::ExprKind::PATTERN_PREDICATE:
      return bindPatternExists(expr.cast<ast::PatternPredicateExpr>().pattern.get(), nullptr,
                               at(expr));
    case ast::ExprKind::PATTERN_COMPREHENSION:
      return bindPatternComprehension(expr.cast<ast::PatternComprehensionExpr>());
    case ast::ExprKind::EXISTS_SUBQUERY:
      return bindPatternExists(nullptr, expr.cast<ast::ExistsSubqueryExpr>().match.get(), at(expr));
    case ast::ExprKind::COUNT_SUBQUERY:
      return bindPatternCount(*expr.cast<ast::CountSubqueryExpr>().match, at(expr));
    case ast::ExprKind::REDUCE:
      return bindReduce(*this, expr.cast<ast::ReduceExpr>());
    case ast::ExprKind::HAS_LABELS:
      return bindHasLabels(*this, expr.cast<ast::HasLabelsExpr>());
    case ast::ExprKind::MAP_PROJECTION:
      return bindMapProjection(*this, expr.cast<ast::MapProjectionExpr>());
  }
  throw internalError("unknown AST expression kind");
}

}  // namespace rollcall
