// A MATCH clause as a graph: node variables, relationships, and the filters waiting on them.
#include "engine/planner/match_graph.h"

#include <algorithm>
#include <numeric>
#include <set>

#include "engine/binder/expression_slots.h"

namespace rollcall {
namespace {

// Masks are 64 bits wide: a node past that is left out of masks, and filters reading it wait
// until everything else is bound.
constexpr size_t MASKABLE_NODES = 64;

// Recurses only where the query nests: a flat AND chain is one loop.
void splitConjuncts(BoundExprPtr expr, std::vector<BoundExprPtr>& out) {
  if (expr->kind == BoundExprKind::BINARY &&
      static_cast<BinaryOpExpr&>(*expr).op == ast::BinaryOp::AND) {
    auto& bin = static_cast<BinaryOpExpr&>(*expr);
    splitConjuncts(std::move(bin.left), out);
    splitConjuncts(std::move(bin.right), out);
    return;
  }
  if (expr->kind == BoundExprKind::CHAIN &&
      static_cast<ChainOpExpr&>(*expr).ops[0] == ast::BinaryOp::AND) {
    for (auto& operand : static_cast<ChainOpExpr&>(*expr).operands) {
      splitConjuncts(std::move(operand), out);
    }
    return;
  }
  out.push_back(std::move(expr));
}

// The length of a list written in the query (`[1, 2, 3]`, folded or not); -1 otherwise.
int64_t literalListSize(const BoundExpression& e) {
  if (e.kind == BoundExprKind::LIST) return int64_t(e.cast<ListBuild>().items.size());
  if (e.kind == BoundExprKind::CONSTANT &&
      e.cast<ConstantExpr>().value.kind() == Value::Kind::LIST) {
    return int64_t(e.cast<ConstantExpr>().value.asList().size());
  }
  return -1;
}

class GraphBuilder {
 public:
  GraphBuilder(BoundMatch& match, CardinalityModel& model)
      : match_(match), model_(model), before_(match.boundBefore.begin(), match.boundBefore.end()) {}

  QueryGraph build() {
    for (auto& part : match_.parts) addPart(part);
    if (g_.nodes.size() > MASKABLE_NODES) {
      throw semanticError("",
                          "A MATCH clause may hold at most 64 node variables; split it with WITH",
                          /*offset=*/0);
    }
    findComponents();
    for (auto& node : g_.nodes) addNodeFilters(node);
    for (auto& edge : g_.edges) addRelFilters(*edge.rel);
    if (match_.where) {
      std::vector<BoundExprPtr> conjuncts;
      splitConjuncts(std::move(match_.where), conjuncts);
      for (auto& c : conjuncts) addFilter(std::move(c));
    }
    return std::move(g_);
  }

 private:
  int addNode(BoundNodePattern& pattern) {
    if (pattern.propertyMap) {
      throw semanticError("",
                          "Parameter maps cannot be used in MATCH patterns; use WHERE n.key = "
                          "$param.key instead",
                          pattern.propertyMap->offset);
    }
    int index = g_.nodeIndex(pattern.slot);
    if (index < 0) {
      index = int(g_.nodes.size());
      QueryGraphNode node;
      node.slot = pattern.slot;
      node.boundBefore = before_.count(pattern.slot) > 0;
      g_.nodes.push_back(node);
    }
    auto& node = g_.nodes[size_t(index)];
    node.patterns.push_back(&pattern);
    for (auto l : pattern.labels) {
      if (std::find(node.labels.begin(), node.labels.end(), l) == node.labels.end()) {
        node.labels.push_back(l);
      }
    }
    pattern.labels.clear();
    return index;
  }

  void addPart(BoundPatternPart& part) {
    std::vector<int> ids;
    for (auto& n : part.nodes) ids.push_back(addNode(n));
    // A shortest path's relationship is no expansion the join order could pick: its two ends
    // are found on their own and the search runs once both are bound (plan_match.cpp).
    if (part.shortest != ast::ShortestPath::NONE) return;
    for (size_t i = 0; i < part.rels.size(); ++i) {
      g_.edges.push_back({&part.rels[i], ids[i], ids[i + 1]});
    }
  }

  void findComponents() {
    std::vector<int> parent(g_.nodes.size());
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](int x) {
      while (parent[size_t(x)] != x) x = parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
      return x;
    };
    for (const auto& e : g_.edges) parent[size_t(find(e.from))] = find(e.to);
    std::vector<int> id(g_.nodes.size(), -1);
    for (size_t i = 0; i < g_.nodes.size(); ++i) {
      int root = find(int(i));
      if (id[size_t(root)] < 0) id[size_t(root)] = g_.components++;
      g_.nodes[i].component = id[size_t(root)];
    }
  }

  void addNodeFilters(QueryGraphNode& node) {
    for (auto* pattern : node.patterns) {
      for (auto& f : pattern->properties) addFilter(propertyEquals(node.slot, f));
      pattern->properties.clear();
    }
  }

  // A variable-length relationship checks its property map per relationship (VarExpand).
  void addRelFilters(BoundRelPattern& rel) {
    if (rel.varLength) return;
    for (auto& f : rel.properties) addFilter(propertyEquals(rel.slot, f));
    rel.properties.clear();
  }

  bool knownBefore(const BoundExpression& e) const {
    std::vector<Slot> deps;
    collectSlots(e, deps);
    return std::all_of(deps.begin(), deps.end(), [&](Slot s) { return before_.count(s) > 0; });
  }

  // `n.key = value` (or `value = n.key`), or `n.key IN list`, on a node of this clause, the
  // value or list known beforehand.
  void markSeekable(MatchFilter& f) {
    if (f.predicate->kind != BoundExprKind::BINARY) return;
    const auto& eq = f.predicate->cast<BinaryOpExpr>();
    if (eq.op != ast::BinaryOp::EQ && eq.op != ast::BinaryOp::IN) return;
    bool in = eq.op == ast::BinaryOp::IN;
    for (bool left : {false, true}) {
      if (in && left) return;  // `list IN n.key` asks something else
      const BoundExpression& side = left ? *eq.right : *eq.left;
      const BoundExpression& value = left ? *eq.left : *eq.right;
      if (side.kind != BoundExprKind::PROPERTY) continue;
      const auto& prop = side.cast<PropertyRef>();
      if (prop.object->kind != BoundExprKind::SLOT) continue;
      int node = g_.nodeIndex(prop.object->cast<SlotRef>().slot);
      if (node < 0 || g_.nodes[size_t(node)].boundBefore || !knownBefore(value)) continue;
      f.seekNode = node;
      f.seekKey = prop.keyId;
      f.valueOnLeft = left;
      f.seekIn = in;
      if (in) f.seekValues = literalListSize(value);
      return;
    }
  }

  // The nodes `deps` read; sets `readsBefore` for slots bound before the clause and `outside`
  // for slots the graph does not hold.
  uint64_t maskOf(const std::vector<Slot>& deps, bool& readsBefore, bool& outside) const {
    uint64_t mask = 0;
    for (Slot s : deps) {
      if (before_.count(s)) {
        readsBefore = true;
        continue;
      }
      int node = g_.nodeIndex(s);
      if (node >= 0 && size_t(node) < MASKABLE_NODES) {
        mask |= uint64_t(1) << node;
        continue;
      }
      auto edge = std::find_if(g_.edges.begin(), g_.edges.end(),
                               [&](const QueryGraphEdge& e) { return e.rel->slot == s; });
      if (edge != g_.edges.end() && size_t(std::max(edge->from, edge->to)) < MASKABLE_NODES) {
        mask |= (uint64_t(1) << edge->from) | (uint64_t(1) << edge->to);
        continue;
      }
      outside = true;
    }
    return mask;
  }

  void maskSides(MatchFilter& f) {
    if (f.predicate->kind != BoundExprKind::BINARY) return;
    const auto& eq = f.predicate->cast<BinaryOpExpr>();
    if (eq.op != ast::BinaryOp::EQ) return;
    std::array<uint64_t, 2> masks{};
    bool outside = false;
    for (int side = 0; side < 2; ++side) {
      std::vector<Slot> deps;
      collectSlots(side == 0 ? *eq.left : *eq.right, deps);
      masks[size_t(side)] = maskOf(deps, f.sideReadsBefore[size_t(side)], outside);
    }
    if (!outside) f.sideNodes = masks;
  }

  void maskDeps(MatchFilter& f) {
    f.nodes = maskOf(f.deps, f.readsBefore, f.outside);
    maskSides(f);
  }

  void addFilter(BoundExprPtr predicate) {
    MatchFilter f;
    collectSlots(*predicate, f.deps);
    f.predicate = std::move(predicate);
    maskDeps(f);
    const QueryGraph& g = g_;
    f.selectivity = model_.selectivity(*f.predicate, [&g](Slot s) { return g.labelsOf(s); });
    markSeekable(f);
    g_.filters.push_back(std::move(f));
  }

  BoundMatch& match_;
  CardinalityModel& model_;
  std::set<Slot> before_;
  QueryGraph g_;
};

}  // namespace

BoundExprPtr propertyEquals(Slot slot, BoundPropertyFilter& f) {
  uint32_t offset = f.value->offset;
  auto prop =
      std::make_unique<PropertyRef>(offset, std::make_unique<SlotRef>(offset, slot), f.name, f.key);
  return std::make_unique<BinaryOpExpr>(offset, ast::BinaryOp::EQ, std::move(prop),
                                        std::move(f.value));
}

int QueryGraph::nodeIndex(Slot slot) const {
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (nodes[i].slot == slot) return int(i);
  }
  return -1;
}

const std::vector<storage::LabelId>* QueryGraph::labelsOf(Slot slot) const {
  int i = nodeIndex(slot);
  return i < 0 ? nullptr : &nodes[size_t(i)].labels;
}

ExpandShape QueryGraph::shape(int edge, int from) const {
  const auto& e = edges[size_t(edge)];
  const auto& rel = *e.rel;
  bool forward = e.from == from;
  ExpandShape s;
  s.fromLabels = nodes[size_t(from)].labels;
  s.toLabels = nodes[size_t(forward ? e.to : e.from)].labels;
  s.types = rel.types;
  s.unknownType = rel.hasUnknownType && rel.types.empty();
  s.direction = rel.direction;
  if (!forward && rel.direction != ast::RelDirection::UNDIRECTED) {
    s.direction = rel.direction == ast::RelDirection::RIGHT ? ast::RelDirection::LEFT
                                                            : ast::RelDirection::RIGHT;
  }
  s.varLength = rel.varLength;
  return s;
}

QueryGraph buildQueryGraph(BoundMatch& match, CardinalityModel& model) {
  return GraphBuilder(match, model).build();
}

}  // namespace rollcall
