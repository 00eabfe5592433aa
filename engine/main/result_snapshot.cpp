#include "engine/main/result_snapshot.h"

#include <algorithm>

#include "engine/common/value_ops.h"
#include "storage/catalog/catalog.h"
#include "storage/graph/transaction.h"

namespace rollcall {
namespace {

ValueMap propertyMap(const storage::Properties& props, storage::Catalog& catalog) {
  ValueMap out;
  for (const auto& [key, value] : props)
    out.emplace_back(catalog.propKeyName(key), fromProperty(value));
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return out;
}

NodeValue snapshotNode(const NodeValue& n, storage::Transaction& txn, storage::Catalog& catalog) {
  auto snap = std::make_shared<NodeSnapshot>();
  if (auto rec = txn.getNode(n.id)) {
    for (auto l : rec->labels) snap->labels.push_back(catalog.labelName(l));
    std::sort(snap->labels.begin(), snap->labels.end());
    snap->properties = propertyMap(rec->properties, catalog);
  }
  return NodeValue{n.id, std::move(snap)};
}

RelValue snapshotRel(const RelValue& r, storage::Transaction& txn, storage::Catalog& catalog) {
  auto snap = std::make_shared<RelSnapshot>();
  snap->type = catalog.relTypeName(r.type);
  if (auto rec = txn.getRel(r.id)) snap->properties = propertyMap(rec->properties, catalog);
  RelValue out = r;
  out.snapshot = std::move(snap);
  return out;
}

}  // namespace

Value withSnapshots(const Value& v, storage::Transaction& txn, storage::Catalog& catalog) {
  switch (v.kind()) {
    case Value::Kind::NODE:
      return Value(snapshotNode(v.asNode(), txn, catalog));
    case Value::Kind::REL:
      return Value(snapshotRel(v.asRel(), txn, catalog));
    case Value::Kind::PATH: {
      PathValue p;
      for (const auto& n : v.asPath().nodes) p.nodes.push_back(snapshotNode(n, txn, catalog));
      for (const auto& r : v.asPath().rels) p.rels.push_back(snapshotRel(r, txn, catalog));
      return Value(std::move(p));
    }
    case Value::Kind::LIST: {
      ValueList out;
      for (const auto& item : v.asList()) out.push_back(withSnapshots(item, txn, catalog));
      return Value(std::move(out));
    }
    case Value::Kind::MAP: {
      ValueMap out;
      for (const auto& [k, item] : v.asMap())
        out.emplace_back(k, withSnapshots(item, txn, catalog));
      return Value(std::move(out));
    }
    default:
      return v;
  }
}

}  // namespace rollcall
