#include "engine/exec/operators/write_support.h"

#include <algorithm>

#include "engine/common/value_ops.h"
#include "engine/exec/evaluator.h"
#include "storage/catalog/catalog.h"
#include "storage/graph/transaction.h"

namespace rollcall {
namespace {

storage::PropertyValue storable(const Value& v, uint32_t offset) {
  try {
    return toProperty(v);
  } catch (CypherError& err) {
    if (!err.offset()) err.setOffset(offset);
    throw;
  }
}

// `rejectNull`: MERGE cannot create a pattern with a null property, which it could never match.
Value evalProps(ExecContext& ctx, const BoundExprPtr& expr, const Row& row, bool rejectNull) {
  Value map = expr ? evaluate(*expr, row, ctx) : Value();
  if (!rejectNull || map.kind() != Value::Kind::MAP) return map;
  for (const auto& [key, value] : map.asMap()) {
    if (value.isNull()) {
      throw semanticError("MergeReadOwnWrites",
                          "Cannot merge the pattern using a null property value for `" + key + "`",
                          expr->offset);
    }
  }
  return map;
}

void createNode(ExecContext& ctx, const CreateNodeSpec& spec, Row& row, bool rejectNull) {
  uint32_t offset = spec.properties ? spec.properties->offset : 0;
  storage::Properties props =
      toStoredProperties(ctx, evalProps(ctx, spec.properties, row, rejectNull), offset);
  ctx.stats.propertiesSet += static_cast<int64_t>(props.size());
  ctx.stats.labelsAdded += static_cast<int64_t>(spec.labels.size());
  ctx.stats.nodesCreated++;
  row[spec.slot] = Value(NodeValue{ctx.txn->createNode(spec.labels, std::move(props)), nullptr});
}

void createRel(ExecContext& ctx, const CreateRelSpec& spec, Row& row, bool rejectNull) {
  const Value& from = row[spec.from];
  const Value& to = row[spec.to];
  if (from.kind() != Value::Kind::NODE || to.kind() != Value::Kind::NODE) {
    throw semanticError("", "Failed to create relationship: an end node is missing (null)");
  }
  uint32_t offset = spec.properties ? spec.properties->offset : 0;
  storage::Properties props =
      toStoredProperties(ctx, evalProps(ctx, spec.properties, row, rejectNull), offset);
  ctx.stats.propertiesSet += static_cast<int64_t>(props.size());
  ctx.stats.relationshipsCreated++;
  storage::NodeId s = from.asNode().id, e = to.asNode().id;
  storage::RelId id = ctx.txn->createRel(spec.type, s, e, std::move(props));
  row[spec.slot] = Value(RelValue{id, spec.type, s, e, nullptr});
}

// Properties of a map, node or relationship value, as name -> value.
ValueMap propertiesOf(ExecContext& ctx, const Value& v, uint32_t offset) {
  if (v.kind() == Value::Kind::MAP) return v.asMap();
  storage::Properties props;
  if (v.kind() == Value::Kind::NODE)
    props = ctx.txn->nodeProperties(v.asNode().id);
  else if (v.kind() == Value::Kind::REL)
    props = ctx.txn->relProperties(v.asRel().id);
  else
    throw typeError("InvalidArgumentType", "Expected a map but was " + typeName(v), offset);
  ValueMap out;
  for (auto& [key, value] : props)
    out.emplace_back(ctx.catalog->propKeyName(key), fromProperty(value));
  return out;
}

void setProperty(ExecContext& ctx, const Value& target, storage::PropKeyId key, const Value& v,
                 uint32_t offset) {
  storage::PropertyValue p = v.isNull() ? storage::PropertyValue() : storable(v, offset);
  bool existed = !entityProperty(ctx, target, key).isNull();
  if (target.kind() == Value::Kind::NODE)
    ctx.txn->setNodeProperty(target.asNode().id, key, p);
  else
    ctx.txn->setRelProperty(target.asRel().id, key, p);
  if (!v.isNull() || existed) ctx.stats.propertiesSet++;
}

void setFromMap(ExecContext& ctx, const BoundSetItem& item, const Value& target, const Row& row) {
  Value v = evaluate(*item.value, row, ctx);
  ValueMap entries = v.isNull() ? ValueMap{} : propertiesOf(ctx, v, item.value->offset);
  if (item.kind == SetKind::REPLACE_MAP) {
    storage::Properties old = target.kind() == Value::Kind::NODE
                                  ? ctx.txn->nodeProperties(target.asNode().id)
                                  : ctx.txn->relProperties(target.asRel().id);
    for (const auto& [key, value] : old) {
      std::string name = ctx.catalog->propKeyName(key);
      bool kept = std::any_of(entries.begin(), entries.end(),
                              [&](const auto& e) { return e.first == name && !e.second.isNull(); });
      if (!kept) setProperty(ctx, target, key, Value(), item.offset);
    }
  }
  for (const auto& [name, value] : entries) {
    setProperty(ctx, target, ctx.catalog->getOrCreatePropKey(name), value, item.offset);
  }
}

void changeLabels(ExecContext& ctx, const BoundSetItem& item, const Value& target) {
  if (target.kind() != Value::Kind::NODE) {
    throw typeError("InvalidArgumentType", "Labels can only be set on nodes", item.offset);
  }
  for (auto label : item.labels) {
    if (item.kind == SetKind::ADD_LABELS) {
      if (ctx.txn->addLabel(target.asNode().id, label)) ctx.stats.labelsAdded++;
    } else if (label != storage::INVALID_TOKEN && ctx.txn->removeLabel(target.asNode().id, label)) {
      ctx.stats.labelsRemoved++;
    }
  }
}

void applyItem(ExecContext& ctx, const BoundSetItem& item, Row& row) {
  Value target = evaluate(*item.target, row, ctx);
  if (target.isNull()) return;
  bool entity = target.kind() == Value::Kind::NODE || target.kind() == Value::Kind::REL;
  if (!entity) {
    throw typeError("InvalidArgumentType",
                    "Expected a node or relationship but was " + typeName(target), item.offset);
  }
  switch (item.kind) {
    case SetKind::PROPERTY:
      setProperty(ctx, target, item.keyId, evaluate(*item.value, row, ctx), item.offset);
      break;
    case SetKind::REMOVE_PROPERTY:
      if (item.keyId != storage::INVALID_TOKEN)
        setProperty(ctx, target, item.keyId, Value(), item.offset);
      break;
    case SetKind::REPLACE_MAP:
    case SetKind::MERGE_MAP:
      setFromMap(ctx, item, target, row);
      break;
    case SetKind::ADD_LABELS:
    case SetKind::REMOVE_LABELS:
      changeLabels(ctx, item, target);
      break;
  }
}

}  // namespace

storage::Properties toStoredProperties(ExecContext& ctx, const Value& map, uint32_t offset) {
  storage::Properties props;
  if (map.isNull()) return props;
  if (map.kind() != Value::Kind::MAP) {
    throw typeError("InvalidArgumentType", "Expected a map of properties but was " + typeName(map),
                    offset);
  }
  for (const auto& [name, value] : map.asMap()) {
    if (value.isNull()) continue;
    props.emplace_back(ctx.catalog->getOrCreatePropKey(name), storable(value, offset));
  }
  std::sort(props.begin(), props.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  return props;
}

void createPattern(ExecContext& ctx, const CreateSpec& spec, Row& row) {
  for (const auto& node : spec.nodes) createNode(ctx, node, row, spec.rejectNullProperties);
  for (const auto& rel : spec.rels) createRel(ctx, rel, row, spec.rejectNullProperties);
  for (const auto& [slot, path] : spec.paths) row[slot] = evaluate(*path, row, ctx);
}

void applySetItems(ExecContext& ctx, const std::vector<BoundSetItem>& items, Row& row) {
  for (const auto& item : items) applyItem(ctx, item, row);
}

}  // namespace rollcall
