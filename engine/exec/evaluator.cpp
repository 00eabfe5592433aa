#include "engine/exec/evaluator.h"

#include "engine/common/date.h"
#include "engine/common/value_ops.h"
#include "engine/exec/eval_operators.h"
#include "engine/exec/mapper.h"
#include "engine/planner/logical_operator.h"
#include "storage/catalog/catalog.h"
#include "storage/graph/transaction.h"

namespace rollcall {
namespace {

Value evalParameter(const ParameterRef& e, ExecContext& ctx) {
  auto it = ctx.params->find(e.name);
  if (it == ctx.params->end()) {
    throw CypherError(ErrorClass::PARAMETER_MISSING, "", "Expected parameter(s): " + e.name,
                      e.offset);
  }
  return it->second;
}

// Consecutive rows often read the same entity's property (the module of every attendance of a
// session); a read-only statement remembers the last one per expression.
Value memoProperty(const PropertyRef& e, const Value& obj, ExecContext& ctx) {
  if (!ctx.readOnly) return entityProperty(ctx, obj, e.keyId);
  bool isNode = obj.kind() == Value::Kind::NODE;
  uint64_t id = isNode ? obj.asNode().id : obj.asRel().id;
  auto& memo = ctx.propertyMemo[&e];
  if (memo.entity != id || memo.isNode != isNode) {
    memo.value = entityProperty(ctx, obj, e.keyId);
    memo.entity = id;
    memo.isNode = isNode;
  }
  return memo.value;
}

Value evalProperty(const PropertyRef& e, const Row& row, ExecContext& ctx) {
  Value obj = evaluate(*e.object, row, ctx);
  switch (obj.kind()) {
    case Value::Kind::NUL:
      return Value();
    case Value::Kind::NODE:
    case Value::Kind::REL:
      return memoProperty(e, obj, ctx);
    case Value::Kind::MAP: {
      const Value* v = obj.mapGet(e.key);
      return v ? *v : Value();
    }
    default:
      if (obj.isTemporal()) return temporalComponent(obj, e.key);
      throw typeError(
          "PropertyAccessOnNonMap",
          "Type mismatch: expected a map, node or relationship but was " + typeName(obj), e.offset);
  }
}

Value evalList(const ListBuild& e, const Row& row, ExecContext& ctx) {
  ValueList items;
  items.reserve(e.items.size());
  for (const auto& item : e.items) items.push_back(evaluate(*item, row, ctx));
  return Value(std::move(items));
}

Value evalMap(const MapBuild& e, const Row& row, ExecContext& ctx) {
  ValueMap entries;
  entries.reserve(e.entries.size());
  for (const auto& [key, expr] : e.entries) entries.emplace_back(key, evaluate(*expr, row, ctx));
  return Value(std::move(entries));
}

Value evalFunction(const FunctionExpr& e, const Row& row, ExecContext& ctx) {
  std::vector<Value> args;
  args.reserve(e.args.size());
  for (const auto& a : e.args) args.push_back(evaluate(*a, row, ctx));
  try {
    return e.fn->fn(ctx.fn, args);
  } catch (CypherError& err) {
    if (!err.offset()) err.setOffset(e.offset);
    throw;
  }
}

Value evalCase(const CaseOpExpr& e, const Row& row, ExecContext& ctx) {
  if (e.test) {
    Value test = evaluate(*e.test, row, ctx);
    for (const auto& [when, then] : e.whens) {
      if (isTrue(cypherEquals(test, evaluate(*when, row, ctx)))) return evaluate(*then, row, ctx);
    }
  } else {
    for (const auto& [when, then] : e.whens) {
      if (isTrue(evaluate(*when, row, ctx))) return evaluate(*then, row, ctx);
    }
  }
  return e.elseExpr ? evaluate(*e.elseExpr, row, ctx) : Value();
}

Value evalHasLabels(const HasLabelsOp& e, const Row& row, ExecContext& ctx) {
  Value obj = evaluate(*e.object, row, ctx);
  if (obj.isNull()) return Value();
  if (obj.kind() != Value::Kind::NODE) {
    throw typeError("InvalidArgumentType", "Expected a node but was " + typeName(obj), e.offset);
  }
  for (auto label : e.labels) {
    if (!ctx.nodeHasLabel(obj.asNode().id, label)) {
      return Value(false);
    }
  }
  return Value(true);
}

Value evalMapProjection(const MapProjectionOp& e, const Row& row, ExecContext& ctx) {
  Value obj = evaluate(*e.object, row, ctx);
  if (obj.isNull()) return Value();
  ValueMap out;
  if (e.allProperties) {
    if (obj.kind() == Value::Kind::MAP) {
      out = obj.asMap();
    } else if (obj.kind() == Value::Kind::NODE || obj.kind() == Value::Kind::REL) {
      bool node = obj.kind() == Value::Kind::NODE;
      storage::Properties props =
          node ? ctx.txn->nodeProperties(obj.asNode().id) : ctx.txn->relProperties(obj.asRel().id);
      for (auto& [key, value] : props)
        out.emplace_back(ctx.catalog->propKeyName(key), fromProperty(value));
    } else {
      throw typeError("InvalidArgumentType",
                      "Map projection expects a map, node or relationship "
                      "but was " +
                          typeName(obj),
                      e.offset);
    }
  }
  for (const auto& [key, value] : e.entries) out.emplace_back(key, evaluate(*value, row, ctx));
  return Value(std::move(out));  // later keys win
}

}  // namespace

// A null read may mean the entity was deleted earlier in this statement: that is an error, as
// in Neo4j, rather than a silent null. Only null reads pay for the existence check.
void requireExists(ExecContext& ctx, const Value& entity) {
  bool node = entity.kind() == Value::Kind::NODE;
  bool exists =
      node ? ctx.txn->nodeExists(entity.asNode().id) : ctx.txn->relExists(entity.asRel().id);
  if (!exists) {
    std::string what = node ? "Node" : "Relationship";
    uint64_t id = node ? entity.asNode().id : entity.asRel().id;
    throw CypherError(
        ErrorClass::ENTITY_NOT_FOUND, "DeletedEntityAccess",
        what + " with id " + std::to_string(id) + " has been deleted in this transaction");
  }
}

Value entityProperty(ExecContext& ctx, const Value& entity, storage::PropKeyId key) {
  Value v;
  if (key != storage::INVALID_TOKEN) {
    v = entity.kind() == Value::Kind::NODE
            ? fromProperty(ctx.txn->nodeProperty(entity.asNode().id, key))
            : fromProperty(ctx.txn->relProperty(entity.asRel().id, key));
  }
  if (v.isNull()) requireExists(ctx, entity);
  return v;
}

Value requireBoolean(const Value& v, uint32_t offset) {
  if (v.isNull() || v.kind() == Value::Kind::BOOL) return v;
  throw typeError("InvalidArgumentType", "Expected a Boolean but was " + typeName(v), offset);
}

Value evaluate(const BoundExpression& expr, const Row& row, ExecContext& ctx) {
  switch (expr.kind) {
    case BoundExprKind::CONSTANT:
      return expr.cast<ConstantExpr>().value;
    case BoundExprKind::PARAMETER:
      return evalParameter(expr.cast<ParameterRef>(), ctx);
    case BoundExprKind::SLOT:
      return row[expr.cast<SlotRef>().slot];
    case BoundExprKind::PROPERTY:
      return evalProperty(expr.cast<PropertyRef>(), row, ctx);
    case BoundExprKind::LIST:
      return evalList(expr.cast<ListBuild>(), row, ctx);
    case BoundExprKind::MAP:
      return evalMap(expr.cast<MapBuild>(), row, ctx);
    case BoundExprKind::UNARY:
      return evalUnary(expr.cast<UnaryOpExpr>(), row, ctx);
    case BoundExprKind::BINARY:
      return evalBinary(expr.cast<BinaryOpExpr>(), row, ctx);
    case BoundExprKind::CHAIN:
      return evalChain(expr.cast<ChainOpExpr>(), row, ctx);
    case BoundExprKind::IS_NULL: {
      const auto& e = expr.cast<IsNullOpExpr>();
      return Value(evaluate(*e.operand, row, ctx).isNull() != e.negated);
    }
    case BoundExprKind::FUNCTION:
      return evalFunction(expr.cast<FunctionExpr>(), row, ctx);
    case BoundExprKind::CASE:
      return evalCase(expr.cast<CaseOpExpr>(), row, ctx);
    case BoundExprKind::INDEX:
      return evalIndex(expr.cast<IndexOpExpr>(), row, ctx);
    case BoundExprKind::SLICE:
      return evalSlice(expr.cast<SliceOpExpr>(), row, ctx);
    case BoundExprKind::LIST_COMPREHENSION:
      return evalListComprehension(expr.cast<ListComprehensionOp>(), row, ctx);
    case BoundExprKind::QUANTIFIER:
      return evalQuantifier(expr.cast<QuantifierOp>(), row, ctx);
    case BoundExprKind::REDUCE:
      return evalReduce(expr.cast<ReduceOp>(), row, ctx);
    case BoundExprKind::PATTERN_EXISTS:
      return evalPatternExists(expr.cast<PatternExistsExpr>(), row, ctx);
    case BoundExprKind::PATTERN_COUNT:
      return evalPatternCount(expr.cast<PatternCountExpr>(), row, ctx);
    case BoundExprKind::PATTERN_COMPREHENSION:
      return evalPatternComprehension(expr.cast<PatternComprehensionOp>(), row, ctx);
    case BoundExprKind::HAS_LABELS:
      return evalHasLabels(expr.cast<HasLabelsOp>(), row, ctx);
    case BoundExprKind::PATH_BUILD:
      return evalPathBuild(expr.cast<PathBuildExpr>(), row, ctx);
    case BoundExprKind::MAP_PROJECTION:
      return evalMapProjection(expr.cast<MapProjectionOp>(), row, ctx);
  }
  throw internalError("unknown expression kind");
}

}  // namespace rollcall
