// Functions on nodes, relationships and paths. Labels, types and properties are read through the
// statement's transaction and named through the catalog.
#include <algorithm>

#include "engine/common/value_ops.h"
#include "engine/exec/function/function_support.h"
#include "storage/catalog/catalog.h"
#include "storage/graph/transaction.h"

namespace rollcall {
namespace {

using Kind = Value::Kind;

// Neo4j's element ids start with a digit naming the entity kind (4 node, 5 relationship); ours
// keep that prefix and then name the database and the numeric id.
constexpr std::string_view NODE_ELEMENT_PREFIX = "4:rollcall:";
constexpr std::string_view REL_ELEMENT_PREFIX = "5:rollcall:";

Value id(FunctionContext&, std::span<const Value> a) {
  switch (a[0].kind()) {
    case Kind::NUL:
      return Value();
    case Kind::NODE:
      return Value(static_cast<int64_t>(a[0].asNode().id));
    case Kind::REL:
      return Value(static_cast<int64_t>(a[0].asRel().id));
    default:
      function::wrongType("id", a[0], "a Node or a Relationship");
  }
}

Value elementId(FunctionContext&, std::span<const Value> a) {
  switch (a[0].kind()) {
    case Kind::NUL:
      return Value();
    case Kind::NODE:
      return Value(std::string(NODE_ELEMENT_PREFIX) + std::to_string(a[0].asNode().id));
    case Kind::REL:
      return Value(std::string(REL_ELEMENT_PREFIX) + std::to_string(a[0].asRel().id));
    default:
      function::wrongType("elementId", a[0], "a Node or a Relationship");
  }
}

// Labels in the store's order (the order the labels were first created), as Neo4j.
Value labels(FunctionContext& ctx, std::span<const Value> a) {
  if (a[0].isNull()) return Value();
  if (a[0].kind() != Kind::NODE) function::wrongType("labels", a[0], "a Node");
  ValueList out;
  for (storage::LabelId label : ctx.txn->nodeLabels(a[0].asNode().id)) {
    out.emplace_back(ctx.catalog->labelName(label));
  }
  return Value(std::move(out));
}

Value type(FunctionContext& ctx, std::span<const Value> a) {
  if (a[0].isNull()) return Value();
  if (a[0].kind() != Kind::REL) function::wrongType("type", a[0], "a Relationship");
  return Value(ctx.catalog->relTypeName(a[0].asRel().type));
}

// A node's or relationship's properties as a map; null for other values.
std::optional<ValueMap> entityProperties(FunctionContext& ctx, const Value& v) {
  storage::Properties props;
  if (v.kind() == Kind::NODE) {
    props = ctx.txn->nodeProperties(v.asNode().id);
  } else if (v.kind() == Kind::REL) {
    props = ctx.txn->relProperties(v.asRel().id);
  } else {
    return std::nullopt;
  }
  ValueMap out;
  out.reserve(props.size());
  for (const auto& [key, value] : props) {
    out.emplace_back(ctx.catalog->propKeyName(key), fromProperty(value));
  }
  return out;
}

Value properties(FunctionContext& ctx, std::span<const Value> a) {
  if (a[0].isNull()) return Value();
  if (a[0].kind() == Kind::MAP) return a[0];
  auto props = entityProperties(ctx, a[0]);
  if (!props) function::wrongType("properties", a[0], "a Node, a Relationship or a Map");
  return Value(std::move(*props));
}

// Keys sorted by name, for nodes and relationships as for maps.
Value keys(FunctionContext& ctx, std::span<const Value> a) {
  if (a[0].isNull()) return Value();
  Value map = a[0].kind() == Kind::MAP ? a[0] : Value();
  if (map.isNull()) {
    auto props = entityProperties(ctx, a[0]);
    if (!props) function::wrongType("keys", a[0], "a Node, a Relationship or a Map");
    map = Value(std::move(*props));
  }
  ValueList out;
  for (const auto& entry : map.asMap()) out.emplace_back(entry.first);
  return Value(std::move(out));
}

Value endpoint(std::string_view fn, const Value& v, bool start) {
  if (v.isNull()) return Value();
  if (v.kind() != Kind::REL) function::wrongType(fn, v, "a Relationship");
  NodeValue node;
  node.id = start ? v.asRel().start : v.asRel().end;
  return Value(std::move(node));
}

Value startNode(FunctionContext&, std::span<const Value> a) {
  return endpoint("startNode", a[0], /*start=*/true);
}
Value endNode(FunctionContext&, std::span<const Value> a) {
  return endpoint("endNode", a[0], /*start=*/false);
}

Value nodes(FunctionContext&, std::span<const Value> a) {
  if (a[0].isNull()) return Value();
  if (a[0].kind() != Kind::PATH) function::wrongType("nodes", a[0], "a Path");
  const auto& path = a[0].asPath();
  return Value(ValueList(path.nodes.begin(), path.nodes.end()));
}

Value relationships(FunctionContext&, std::span<const Value> a) {
  if (a[0].isNull()) return Value();
  if (a[0].kind() != Kind::PATH) function::wrongType("relationships", a[0], "a Path");
  const auto& path = a[0].asPath();
  return Value(ValueList(path.rels.begin(), path.rels.end()));
}

}  // namespace

namespace function {

std::span<const ScalarFunctionInfo> entityFunctions() {
  static const ScalarFunctionInfo TABLE[] = {
      {"id", 1, 1, id},
      {"elementId", 1, 1, elementId},
      {"labels", 1, 1, labels},
      {"type", 1, 1, type},
      {"keys", 1, 1, keys},
      {"properties", 1, 1, properties},
      {"startNode", 1, 1, startNode},
      {"endNode", 1, 1, endNode},
      {"nodes", 1, 1, nodes},
      {"relationships", 1, 1, relationships},
  };
  return TABLE;
}

}  // namespace function
}  // namespace rollcall
