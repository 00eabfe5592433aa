// Planning of MATCH: choose where each pattern part starts, expand outward, push filters down.
#include <algorithm>
#include <set>
#include <utility>

#include "engine/binder/expression_slots.h"
#include "engine/planner/planner.h"
#include "storage/graph/graph_store.h"

namespace rollcall {
namespace {

struct PendingFilter {
  BoundExprPtr predicate;
  std::vector<Slot> deps;
};

ast::RelDirection reverse(ast::RelDirection d) {
  if (d == ast::RelDirection::RIGHT) return ast::RelDirection::LEFT;
  if (d == ast::RelDirection::LEFT) return ast::RelDirection::RIGHT;
  return d;
}

BoundExprPtr propertyEquals(Slot slot, const BoundPropertyFilter& f, BoundExprPtr value) {
  auto prop = std::make_unique<PropertyRef>(
      value->offset, std::make_unique<SlotRef>(value->offset, slot), f.name, f.key);
  return std::make_unique<BinaryOpExpr>(value->offset, ast::BinaryOp::EQ, std::move(prop),
                                        std::move(value));
}

void splitConjuncts(BoundExprPtr expr, std::vector<BoundExprPtr>& out) {
  if (expr->kind == BoundExprKind::BINARY &&
      static_cast<BinaryOpExpr&>(*expr).op == ast::BinaryOp::AND) {
    auto& bin = static_cast<BinaryOpExpr&>(*expr);
    splitConjuncts(std::move(bin.left), out);
    splitConjuncts(std::move(bin.right), out);
    return;
  }
  out.push_back(std::move(expr));
}

class MatchPlanner {
 public:
  MatchPlanner(storage::GraphStore& store, BoundMatch& match, LogicalOpPtr input)
      : store_(store),
        match_(match),
        root_(std::move(input)),
        bound_(match.boundBefore.begin(), match.boundBefore.end()) {}

  LogicalOpPtr run() {
    if (match_.where) {
      std::vector<BoundExprPtr> conjuncts;
      splitConjuncts(std::move(match_.where), conjuncts);
      for (auto& c : conjuncts) addFilter(std::move(c));
    }
    for (auto& part : match_.parts) planPart(part);
    for (auto& part : match_.parts) {
      if (!part.pathSlot) continue;
      auto project = std::make_unique<ProjectOp>();
      project->details = "path";
      project->items.emplace_back(*part.pathSlot, std::move(part.pathExpr));
      bound_.insert(*part.pathSlot);
      append(std::move(project));
    }
    RC_ASSERT(pending_.empty());
    return std::move(root_);
  }

 private:
  void append(LogicalOpPtr op) {
    root_ = chain(std::move(root_), std::move(op));
    flushFilters();
  }

  void addFilter(BoundExprPtr predicate) {
    PendingFilter f;
    collectSlots(*predicate, f.deps);
    f.predicate = std::move(predicate);
    pending_.push_back(std::move(f));
  }

  void flushFilters() {
    for (size_t i = 0; i < pending_.size();) {
      const auto& deps = pending_[i].deps;
      bool ready = std::all_of(deps.begin(), deps.end(), [&](Slot s) { return bound_.count(s); });
      if (!ready) {
        ++i;
        continue;
      }
      auto filter = std::make_unique<FilterOp>();
      filter->predicate = std::move(pending_[i].predicate);
      pending_.erase(pending_.begin() + static_cast<long>(i));
      root_ = chain(std::move(root_), std::move(filter));
    }
  }

  void addNodeFilters(BoundNodePattern& node, const std::optional<size_t>& skipLabel,
                      const std::optional<size_t>& skipProperty) {
    if (node.propertyMap) {
      throw semanticError("",
                          "Parameter maps cannot be used in MATCH patterns; use WHERE n.key = "
                          "$param.key instead",
                          node.propertyMap->offset);
    }
    std::vector<storage::LabelId> rest;
    for (size_t i = 0; i < node.labels.size(); ++i) {
      if (i != skipLabel) rest.push_back(node.labels[i]);
    }
    if (!rest.empty()) {
      auto has = std::make_unique<HasLabelsOp>(0, std::make_unique<SlotRef>(0, node.slot));
      has->labels = rest;
      addFilter(std::move(has));
    }
    for (size_t i = 0; i < node.properties.size(); ++i) {
      if (i == skipProperty) continue;
      auto& f = node.properties[i];
      addFilter(propertyEquals(node.slot, f, std::move(f.value)));
    }
    node.properties.clear();
    node.labels.clear();
  }

  bool depsBound(const BoundExpression& e) {
    std::vector<Slot> deps;
    collectSlots(e, deps);
    return std::all_of(deps.begin(), deps.end(), [&](Slot s) { return bound_.count(s); });
  }

  struct Start {
    size_t node = 0;
    double cost = 0;
    std::optional<size_t> label;     // index into node.labels used by the scan or seek
    std::optional<size_t> property;  // index into node.properties used by a seek
  };

  Start costOf(size_t index, BoundNodePattern& node) {
    Start best{index, static_cast<double>(store_.nodeCount()) + 1, std::nullopt, std::nullopt};
    for (size_t l = 0; l < node.labels.size(); ++l) {
      storage::LabelId label = node.labels[l];
      double count = label == storage::INVALID_TOKEN ? 0 : double(store_.labelCount(label));
      if (count < best.cost) best = Start{index, count, l, std::nullopt};
      if (label == storage::INVALID_TOKEN) continue;
      for (size_t p = 0; p < node.properties.size(); ++p) {
        const auto& f = node.properties[p];
        if (f.key == storage::INVALID_TOKEN || !depsBound(*f.value)) continue;
        auto index = store_.catalog().findIndex(label, f.key);
        if (!index) continue;
        // A seek always beats a scan: counts may be stale within a statement that writes (a
        // LOAD CSV ... MERGE on an empty database would otherwise scan once per row).
        double seek = index->unique ? -2 : -1;
        if (seek < best.cost) best = Start{best.node, seek, l, p};
      }
    }
    return best;
  }

  Start chooseStart(BoundPatternPart& part) {
    for (size_t i = 0; i < part.nodes.size(); ++i) {
      if (bound_.count(part.nodes[i].slot)) return Start{i, 0, std::nullopt, std::nullopt};
    }
    Start best = costOf(0, part.nodes[0]);
    for (size_t i = 1; i < part.nodes.size(); ++i) {
      Start s = costOf(i, part.nodes[i]);
      if (s.cost < best.cost) best = s;
    }
    return best;
  }

  void emitStart(BoundNodePattern& node, const Start& start) {
    if (bound_.count(node.slot)) {
      addNodeFilters(node, std::nullopt, std::nullopt);
      flushFilters();
      return;
    }
    bound_.insert(node.slot);
    if (start.property) {
      auto seek = std::make_unique<IndexSeekOp>();
      seek->node = node.slot;
      seek->label = node.labels[*start.label];
      seek->key = node.properties[*start.property].key;
      seek->value = std::move(node.properties[*start.property].value);
      seek->details = describeNode(node) + " index on ." + node.properties[*start.property].name;
      addNodeFilters(node, start.label, start.property);
      append(std::move(seek));
    } else if (start.label && node.labels[*start.label] == storage::INVALID_TOKEN) {
      addNodeFilters(node, start.label, std::nullopt);
      append(std::make_unique<EmptyOp>());
    } else {
      auto scan = std::make_unique<NodeScanOp>();
      scan->node = node.slot;
      if (start.label) scan->label = node.labels[*start.label];
      scan->details = describeNode(node);
      addNodeFilters(node, start.label, std::nullopt);
      append(std::move(scan));
    }
  }

  std::string describeNode(const BoundNodePattern& node) const {
    std::string s = "(" + node.name;
    for (auto l : node.labels) {
      s += ":" + (l == storage::INVALID_TOKEN ? std::string("?") : store_.catalog().labelName(l));
    }
    return s + ")";
  }

  void expandStep(Slot from, BoundRelPattern& rel, BoundNodePattern& to, ast::RelDirection dir) {
    bool into = bound_.count(to.slot) > 0;
    if (rel.hasUnknownType && rel.types.empty()) {
      append(std::make_unique<EmptyOp>());
    } else if (rel.varLength) {
      appendVarExpand(from, rel, to, dir, into);
    } else {
      auto expand = std::make_unique<ExpandOp>();
      expand->from = from;
      expand->rel = rel.slot;
      expand->to = to.slot;
      expand->types = rel.types;
      expand->direction = dir;
      expand->into = into;
      expand->relBound = bound_.count(rel.slot) > 0;
      expand->unique = used_;
      expand->details = describeExpand(rel, to, dir);
      used_.singles.push_back(rel.slot);
      bound_.insert(rel.slot);
      bound_.insert(to.slot);
      for (auto& f : rel.properties) addFilter(propertyEquals(rel.slot, f, std::move(f.value)));
      rel.properties.clear();
      if (!into) expand->toLabels = std::exchange(to.labels, {});
      addNodeFilters(to, std::nullopt, std::nullopt);
      append(std::move(expand));
    }
  }

  void appendVarExpand(Slot from, BoundRelPattern& rel, BoundNodePattern& to, ast::RelDirection dir,
                       bool into) {
    auto expand = std::make_unique<VarExpandOp>();
    expand->from = from;
    expand->rels = rel.slot;
    expand->to = to.slot;
    expand->types = rel.types;
    expand->direction = dir;
    expand->minHops = rel.varLength->min.value_or(1);
    expand->maxHops = rel.varLength->max.value_or(-1);
    expand->into = into;
    expand->unique = used_;
    expand->relProbe = rel.probe;
    expand->details = describeExpand(rel, to, dir);
    for (auto& f : rel.properties) {
      BoundExprPtr eq = propertyEquals(rel.probe, f, std::move(f.value));
      expand->relPredicate =
          expand->relPredicate
              ? std::make_unique<BinaryOpExpr>(0, ast::BinaryOp::AND,
                                               std::move(expand->relPredicate), std::move(eq))
              : std::move(eq);
    }
    rel.properties.clear();
    used_.lists.push_back(rel.slot);
    bound_.insert(rel.slot);
    bound_.insert(to.slot);
    addNodeFilters(to, std::nullopt, std::nullopt);
    append(std::move(expand));
  }

  std::string describeExpand(const BoundRelPattern& rel, const BoundNodePattern& to,
                             ast::RelDirection dir) const {
    std::string types;
    for (auto t : rel.types) types += (types.empty() ? ":" : "|") + store_.catalog().relTypeName(t);
    std::string left = dir == ast::RelDirection::LEFT ? "<-[" : "-[";
    std::string right = dir == ast::RelDirection::RIGHT ? "]->" : "]-";
    std::string hops = rel.varLength ? "*" : "";
    return "()" + left + rel.name + types + hops + right + describeNode(to);
  }

  void planPart(BoundPatternPart& part) {
    Start start = chooseStart(part);
    emitStart(part.nodes[start.node], start);
    for (size_t i = start.node; i + 1 < part.nodes.size(); ++i) {
      expandStep(part.nodes[i].slot, part.rels[i], part.nodes[i + 1], part.rels[i].direction);
    }
    for (size_t i = start.node; i > 0; --i) {
      expandStep(part.nodes[i].slot, part.rels[i - 1], part.nodes[i - 1],
                 reverse(part.rels[i - 1].direction));
    }
  }

  storage::GraphStore& store_;
  BoundMatch& match_;
  LogicalOpPtr root_;
  std::set<Slot> bound_;
  std::vector<PendingFilter> pending_;
  RelUniqueness used_;
};

}  // namespace

LogicalOpPtr chain(LogicalOpPtr input, LogicalOpPtr op) {
  op->child = std::move(input);
  return op;
}

LogicalOpPtr Planner::planMatch(LogicalOpPtr input, BoundMatch& match) {
  return MatchPlanner(store_, match, std::move(input)).run();
}

}  // namespace rollcall
