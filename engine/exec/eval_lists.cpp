// Subscripts, slices, list comprehensions, quantifiers, reduce and path construction.
#include "engine/common/value_ops.h"
#include "engine/exec/eval_operators.h"
#include "engine/exec/evaluator.h"
#include "storage/catalog/catalog.h"

namespace rollcall {
namespace {

int64_t requireInteger(const Value& v, uint32_t offset) {
  if (v.kind() != Value::Kind::INT) {
    throw typeError("InvalidArgumentType", "Expected an Integer index but was " + typeName(v),
                    offset);
  }
  return v.asInt();
}

Value indexList(const ValueList& list, int64_t i) {
  int64_t n = static_cast<int64_t>(list.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) return Value();
  return list[static_cast<size_t>(i)];
}

Value indexByKey(ExecContext& ctx, const Value& obj, const Value& key, uint32_t offset) {
  if (key.kind() != Value::Kind::STRING) {
    throw typeError("InvalidArgumentType", "Expected a String key but was " + typeName(key),
                    offset);
  }
  if (obj.kind() == Value::Kind::MAP) {
    const Value* v = obj.mapGet(key.asString());
    return v ? *v : Value();
  }
  auto id = ctx.catalog->findPropKey(key.asString());
  return entityProperty(ctx, obj, id ? *id : storage::INVALID_TOKEN);
}

// Clamps a slice bound into [0, n], counting negative bounds from the end.
int64_t sliceBound(int64_t i, int64_t n) {
  if (i < 0) i += n;
  return std::clamp<int64_t>(i, 0, n);
}

void requireList(const Value& list, uint32_t offset) {
  if (list.kind() != Value::Kind::LIST) {
    throw typeError("InvalidArgumentType", "Expected a List but was " + typeName(list), offset);
  }
}

// Evaluates e.where (and e.projection) for each element; `visit` gets the element's values.
template <class Visit>
void iterateList(const ListIterationExpr& e, const Row& row, ExecContext& ctx, Visit visit) {
  Value list = evaluate(*e.list, row, ctx);
  requireList(list, e.offset);
  Row scope = row;
  for (const Value& item : list.asList()) {
    scope[e.slot] = item;
    Value keep =
        e.where ? requireBoolean(evaluate(*e.where, scope, ctx), e.where->offset) : Value(true);
    if (!visit(scope, keep)) return;
  }
}

}  // namespace

Value evalIndex(const IndexOpExpr& e, const Row& row, ExecContext& ctx) {
  Value obj = evaluate(*e.object, row, ctx);
  Value idx = evaluate(*e.index, row, ctx);
  if (obj.isNull() || idx.isNull()) return Value();
  switch (obj.kind()) {
    case Value::Kind::LIST:
      return indexList(obj.asList(), requireInteger(idx, e.index->offset));
    case Value::Kind::MAP:
    case Value::Kind::NODE:
    case Value::Kind::REL:
      return indexByKey(ctx, obj, idx, e.index->offset);
    default:
      throw typeError("InvalidArgumentType", "Cannot index into " + typeName(obj), e.offset);
  }
}

Value evalSlice(const SliceOpExpr& e, const Row& row, ExecContext& ctx) {
  Value obj = evaluate(*e.object, row, ctx);
  Value from = e.from ? evaluate(*e.from, row, ctx) : Value(int64_t{0});
  Value to = e.to ? evaluate(*e.to, row, ctx) : Value();
  if (obj.isNull() || from.isNull() || (e.to && to.isNull())) return Value();
  if (obj.kind() != Value::Kind::LIST) {
    throw typeError("InvalidArgumentType", "Cannot slice " + typeName(obj), e.offset);
  }
  const ValueList& list = obj.asList();
  int64_t n = static_cast<int64_t>(list.size());
  int64_t b = sliceBound(requireInteger(from, e.offset), n);
  int64_t end = e.to ? sliceBound(requireInteger(to, e.offset), n) : n;
  if (end <= b) return Value(ValueList{});
  return Value(ValueList(list.begin() + b, list.begin() + end));
}

Value evalListComprehension(const ListComprehensionOp& e, const Row& row, ExecContext& ctx) {
  if (evaluate(*e.list, row, ctx).isNull()) return Value();
  ValueList out;
  iterateList(e, row, ctx, [&](const Row& scope, const Value& keep) {
    if (isTrue(keep)) {
      out.push_back(e.projection ? evaluate(*e.projection, scope, ctx) : scope[e.slot]);
    }
    return true;
  });
  return Value(std::move(out));
}

Value evalQuantifier(const QuantifierOp& e, const Row& row, ExecContext& ctx) {
  if (evaluate(*e.list, row, ctx).isNull()) return Value();
  int64_t trues = 0, falses = 0, nulls = 0;
  iterateList(e, row, ctx, [&](const Row&, const Value& keep) {
    if (keep.isNull())
      ++nulls;
    else if (keep.asBool())
      ++trues;
    else
      ++falses;
    return true;
  });
  switch (e.quantifier) {
    case ast::Quantifier::ALL:
      return falses ? Value(false) : nulls ? Value() : Value(true);
    case ast::Quantifier::ANY:
      return trues ? Value(true) : nulls ? Value() : Value(false);
    case ast::Quantifier::NONE:
      return trues ? Value(false) : nulls ? Value() : Value(true);
    case ast::Quantifier::SINGLE:
      if (trues > 1) return Value(false);
      return nulls ? Value() : Value(trues == 1);
  }
  return Value();
}

// As in Neo4j, a null list folds to null whatever the initial value.
Value evalReduce(const ReduceOp& e, const Row& row, ExecContext& ctx) {
  Value list = evaluate(*e.list, row, ctx);
  if (list.isNull()) return Value();
  requireList(list, e.offset);
  Row scope = row;
  scope[e.accumulator] = evaluate(*e.init, row, ctx);
  for (const Value& item : list.asList()) {
    scope[e.element] = item;
    scope[e.accumulator] = evaluate(*e.step, scope, ctx);
  }
  return scope[e.accumulator];
}

Value evalPathBuild(const PathBuildExpr& e, const Row& row, ExecContext&) {
  PathValue path;
  const Value& first = row[e.nodeSlots[0]];
  if (first.isNull()) return Value();
  path.nodes.push_back(first.asNode());
  for (size_t i = 0; i < e.relSlots.size(); ++i) {
    const Value& r = row[e.relSlots[i]];
    if (r.isNull()) return Value();
    ValueList single;
    const ValueList& rels = e.relIsList[i] ? r.asList() : (single = ValueList{r}, single);
    for (const Value& rel : rels) {
      storage::NodeId at = path.nodes.back().id;
      const RelValue& rv = rel.asRel();
      path.rels.push_back(rv);
      path.nodes.push_back(NodeValue{rv.start == at ? rv.end : rv.start, nullptr});
    }
    const Value& next = row[e.nodeSlots[i + 1]];
    if (next.isNull()) return Value();
    path.nodes.back() = next.asNode();
  }
  return Value(std::move(path));
}

}  // namespace rollcall
