#include "engine/exec/operators/expand_support.h"

namespace rollcall {
namespace {

constexpr storage::NodeId ANY_NODE = UINT64_MAX;  // never a node id

void appendSteps(storage::Transaction& txn, storage::NodeId node,
                 const std::vector<storage::RelTypeId>& types, storage::Direction dir,
                 bool skipSelfLoops, storage::NodeId target, std::vector<storage::Edge>& edges,
                 std::vector<Step>& out) {
  auto add = [&](const storage::Edge& e) {
    if (skipSelfLoops && e.other == node) return;
    if (target != ANY_NODE && e.other != target) return;
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

void readStepsTo(storage::Transaction& txn, storage::NodeId node,
                 const std::vector<storage::RelTypeId>& types, ast::RelDirection dir,
                 storage::NodeId target, std::vector<Step>& out) {
  out.clear();
  thread_local std::vector<storage::Edge> edges;  // reused: one allocation per thread, not per node
  if (dir != ast::RelDirection::LEFT) {
    appendSteps(txn, node, types, storage::Direction::OUT, false, target, edges, out);
  }
  if (dir != ast::RelDirection::RIGHT) {
    bool undirected = dir == ast::RelDirection::UNDIRECTED;
    appendSteps(txn, node, types, storage::Direction::IN, undirected, target, edges, out);
  }
}

void readSteps(storage::Transaction& txn, storage::NodeId node,
               const std::vector<storage::RelTypeId>& types, ast::RelDirection dir,
               std::vector<Step>& out) {
  readStepsTo(txn, node, types, dir, ANY_NODE, out);
}

void readNeighbourIds(storage::Transaction& txn, storage::NodeId node,
                      const std::vector<storage::RelTypeId>& types, ast::RelDirection dir,
                      std::vector<storage::NodeId>& out) {
  RC_ASSERT(dir != ast::RelDirection::UNDIRECTED);
  out.clear();
  thread_local std::vector<storage::Edge> edges;
  auto d = dir == ast::RelDirection::RIGHT ? storage::Direction::OUT : storage::Direction::IN;
  auto append = [&] {
    for (const auto& e : edges) out.push_back(e.other);
  };
  if (types.empty()) {
    txn.neighboursAllTypes(node, d, edges);
    append();
  }
  for (auto type : types) {
    txn.neighbours(node, type, d, edges);
    append();
  }
}

uint64_t stepCount(storage::Transaction& txn, storage::NodeId node,
                   const std::vector<storage::RelTypeId>& types, ast::RelDirection dir) {
  uint64_t n = 0;
  for (auto d : {storage::Direction::OUT, storage::Direction::IN}) {
    if (d == storage::Direction::OUT && dir == ast::RelDirection::LEFT) continue;
    if (d == storage::Direction::IN && dir == ast::RelDirection::RIGHT) continue;
    if (types.empty()) n += txn.degreeAllTypes(node, d);
    for (auto type : types) n += txn.degree(node, type, d);
  }
  return n;
}

ast::RelDirection reverseDirection(ast::RelDirection dir) {
  if (dir == ast::RelDirection::RIGHT) return ast::RelDirection::LEFT;
  if (dir == ast::RelDirection::LEFT) return ast::RelDirection::RIGHT;
  return dir;
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
