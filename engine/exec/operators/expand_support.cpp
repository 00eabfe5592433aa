#include "engine/exec/operators/expand_support.h"

namespace rollcall {
namespace {

void appendSteps(storage::Transaction& txn, storage::NodeId node,
                 const std::vector<storage::RelTypeId>& types, storage::Direction dir,
                 bool skipSelfLoops, std::vector<storage::Edge>& edges, std::vector<Step>& out) {
  auto add = [&](const storage::Edge& e) {
    if (skipSelfLoops && e.other == node) return;
    bool outgoing = dir == storage::Direction::OUT;
    RelValue rel{e.rel, e.type, outgoing ? node : e.other, outgoing ? e.other : node, nullptr};
    out.push_back(Step{rel, e.other});
  };
  if (types.empty()) {
    txn.neighboursAllTypes(node, dir, edges);
    for (const auto& e : edges) add(e);
    return;
  }
  for (auto type : types) {
    txn.neighbours(node, type, dir, edges);
    for (auto& e : edges) {
      e.type = type;
      add(e);
    }
  }
}

}  // namespace

void readSteps(storage::Transaction& txn, storage::NodeId node,
               const std::vector<storage::RelTypeId>& types, ast::RelDirection dir,
               std::vector<Step>& out) {
  out.clear();
  std::vector<storage::Edge> edges;
  if (dir != ast::RelDirection::LEFT) {
    appendSteps(txn, node, types, storage::Direction::OUT, false, edges, out);
  }
  if (dir != ast::RelDirection::RIGHT) {
    bool undirected = dir == ast::RelDirection::UNDIRECTED;
    appendSteps(txn, node, types, storage::Direction::IN, undirected, edges, out);
  }
}

bool relAlreadyUsed(const Row& row, const RelUniqueness& unique, storage::RelId id) {
  for (Slot s : unique.singles) {
    const Value& v = row[s];
    if (v.kind() == Value::Kind::REL && v.asRel().id == id) return true;
  }
  for (Slot s : unique.lists) {
    const Value& v = row[s];
    if (v.kind() != Value::Kind::LIST) continue;
    for (const Value& r : v.asList()) {
      if (r.kind() == Value::Kind::REL && r.asRel().id == id) return true;
    }
  }
  return false;
}

}  // namespace rollcall
