#include "tests/unit/values/fake_graph.h"

#include <algorithm>
#include <stdexcept>

#include "engine/common/date.h"
#include "engine/common/value_ops.h"

namespace rollcall::test {
namespace {

template <typename Id>
std::optional<Id> find(const std::vector<std::string>& names, std::string_view name) {
  auto it = std::find(names.begin(), names.end(), name);
  if (it == names.end()) return std::nullopt;
  return static_cast<Id>(it - names.begin());
}

template <typename Id>
Id intern(std::vector<std::string>& names, std::string_view name) {
  if (auto id = find<Id>(names, name)) return *id;
  names.emplace_back(name);
  return static_cast<Id>(names.size() - 1);
}

storage::PropertyValue lookup(const storage::Properties& props, storage::PropKeyId key) {
  for (const auto& [k, v] : props) {
    if (k == key) return v;
  }
  return storage::PropertyValue();
}

}  // namespace

std::optional<storage::LabelId> FakeCatalog::findLabel(std::string_view name) const {
  return find<storage::LabelId>(labels_, name);
}
std::optional<storage::RelTypeId> FakeCatalog::findRelType(std::string_view name) const {
  return find<storage::RelTypeId>(types_, name);
}
std::optional<storage::PropKeyId> FakeCatalog::findPropKey(std::string_view name) const {
  return find<storage::PropKeyId>(keys_, name);
}
storage::LabelId FakeCatalog::getOrCreateLabel(std::string_view name) {
  return intern<storage::LabelId>(labels_, name);
}
storage::RelTypeId FakeCatalog::getOrCreateRelType(std::string_view name) {
  return intern<storage::RelTypeId>(types_, name);
}
storage::PropKeyId FakeCatalog::getOrCreatePropKey(std::string_view name) {
  return intern<storage::PropKeyId>(keys_, name);
}

storage::Properties FakeTransaction::toStored(const ValueMap& properties) {
  storage::Properties out;
  for (const auto& [key, value] : properties) {
    out.emplace_back(catalog_.getOrCreatePropKey(key), toProperty(value));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return out;
}

NodeValue FakeTransaction::addNode(std::vector<std::string> labels, ValueMap properties) {
  std::vector<storage::LabelId> ids;
  for (const auto& label : labels) ids.push_back(catalog_.getOrCreateLabel(label));
  NodeValue node;
  node.id = createNode(ids, toStored(properties));
  return node;
}

RelValue FakeTransaction::addRel(const std::string& type, const NodeValue& start,
                                 const NodeValue& end, ValueMap properties) {
  RelValue rel;
  rel.type = catalog_.getOrCreateRelType(type);
  rel.start = start.id;
  rel.end = end.id;
  rel.id = createRel(rel.type, start.id, end.id, toStored(properties));
  return rel;
}

storage::NodeId FakeTransaction::createNode(const std::vector<storage::LabelId>& labels,
                                            storage::Properties properties) {
  storage::NodeId id = nodes_.size() + 100;  // ids unlike rel ids, to catch mix-ups
  nodes_[id] = Entity{labels, std::move(properties)};
  return id;
}

storage::RelId FakeTransaction::createRel(storage::RelTypeId, storage::NodeId, storage::NodeId,
                                          storage::Properties properties) {
  storage::RelId id = rels_.size() + 500;
  rels_[id] = Entity{{}, std::move(properties)};
  return id;
}

std::vector<storage::LabelId> FakeTransaction::nodeLabels(storage::NodeId id) {
  return nodes_.at(id).labels;
}
bool FakeTransaction::hasLabel(storage::NodeId id, storage::LabelId label) {
  const auto& labels = nodes_.at(id).labels;
  return std::find(labels.begin(), labels.end(), label) != labels.end();
}
storage::PropertyValue FakeTransaction::nodeProperty(storage::NodeId id, storage::PropKeyId key) {
  return lookup(nodes_.at(id).properties, key);
}
storage::Properties FakeTransaction::nodeProperties(storage::NodeId id) {
  return nodes_.at(id).properties;
}
storage::PropertyValue FakeTransaction::relProperty(storage::RelId id, storage::PropKeyId key) {
  return lookup(rels_.at(id).properties, key);
}
storage::Properties FakeTransaction::relProperties(storage::RelId id) {
  return rels_.at(id).properties;
}

Value call(FunctionContext& ctx, std::string_view name, std::vector<Value> args) {
  const ScalarFunctionInfo* fn = lookupScalarFunction(name);
  if (!fn) throw std::logic_error("no such function: " + std::string(name));
  if (args.size() < fn->minArgs || args.size() > fn->maxArgs) {
    throw std::logic_error("wrong argument count for " + std::string(name));
  }
  return fn->fn(ctx, args);
}

Value call(std::string_view name, std::vector<Value> args) {
  FakeGraph graph;
  return call(graph.ctx, name, std::move(args));
}

Value aggregate(std::string_view name, bool distinct, const std::vector<std::vector<Value>>& rows) {
  FakeGraph graph;
  std::unique_ptr<AggregateState> state;
  if (name == "count(*)") {
    state = createCountStar();
  } else {
    const AggregateFunctionInfo* fn = lookupAggregateFunction(name);
    if (!fn) throw std::logic_error("no such aggregate: " + std::string(name));
    state = fn->create(distinct);
  }
  for (const auto& row : rows) state->update(graph.ctx, row);
  return state->finish(graph.ctx);
}

Value list(std::vector<Value> items) { return Value(std::move(items)); }
Value map(ValueMap entries) { return Value(std::move(entries)); }
Value date(int year, int month, int day) { return Value(*dateFromYmd({year, month, day})); }

}  // namespace rollcall::test
