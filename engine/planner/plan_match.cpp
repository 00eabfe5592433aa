// Planning of MATCH: the cost model picks where each part of the pattern starts and the order of
// its expansions (join_order.cpp); this file lays that order out as operators, placing each
// filter right after the operator that binds its last input.
#include <algorithm>
#include <iterator>
#include <set>
#include <unordered_map>
#include <utility>

#include "engine/planner/match_graph.h"
#include "engine/planner/planner.h"
#include "storage/graph/graph_store.h"

namespace rollcall {
namespace {

ast::RelDirection reverse(ast::RelDirection d) {
  if (d == ast::RelDirection::RIGHT) return ast::RelDirection::LEFT;
  if (d == ast::RelDirection::LEFT) return ast::RelDirection::RIGHT;
  return d;
}

class MatchPlanner {
 public:
  MatchPlanner(storage::GraphStore& store, BoundMatch& match, LogicalOpPtr input)
      : store_(store),
        match_(match),
        root_(std::move(input)),
        bound_(match.boundBefore.begin(), match.boundBefore.end()),
        stats_(store),
        model_(stats_) {}

  LogicalOpPtr run() {
    graph_ = buildQueryGraph(match_, model_);
    auto* indexes = store_.indexSeeksAvailable() ? &store_.catalog() : nullptr;
    auto order = chooseJoinOrder(graph_, model_, stats_, indexes);
    rows_ = root_->estimatedRows >= 0 ? root_->estimatedRows : 1;
    for (const auto& node : graph_.nodes) {
      if (node.boundBefore) addLabelFilter(node, std::nullopt);
    }
    flushFilters();
    for (const auto& component : order) planComponent(component);
    for (auto& part : match_.parts) {
      if (part.shortest != ast::ShortestPath::NONE) appendShortestPath(part);
    }
    for (auto& part : match_.parts) {
      if (!part.pathSlot) continue;
      auto project = std::make_unique<ProjectOp>();
      project->details = "path";
      project->items.emplace_back(*part.pathSlot, std::move(part.pathExpr));
      bound_.insert(*part.pathSlot);
      append(std::move(project));
    }
    RC_ASSERT(std::all_of(graph_.filters.begin(), graph_.filters.end(),
                          [](const MatchFilter& f) { return !f.predicate; }));
    return std::move(root_);
  }

 private:
  void append(LogicalOpPtr op) {
    op->estimatedRows = rows_;
    root_ = chain(std::move(root_), std::move(op));
    flushFilters();
  }

  // Filters that become ready together run as one conjunction: a WHERE of 100,000 ANDed terms
  // is one Filter, not a chain of operators 100,000 deep.
  void flushFilters() {
    std::vector<BoundExprPtr> ready;
    for (auto& f : graph_.filters) {
      if (!f.predicate) continue;
      if (!std::all_of(f.deps.begin(), f.deps.end(), [&](Slot s) { return bound_.count(s); })) {
        continue;
      }
      ready.push_back(std::move(f.predicate));
      rows_ *= f.selectivity;
    }
    if (ready.empty()) return;
    auto filter = std::make_unique<FilterOp>();
    filter->predicate = makeConjunction(std::move(ready));
    filter->estimatedRows = rows_;
    root_ = chain(std::move(root_), std::move(filter));
  }

  // Labels of `node` other than the one its scan or seek used, as a filter.
  void addLabelFilter(const QueryGraphNode& node, std::optional<storage::LabelId> used) {
    std::vector<storage::LabelId> rest;
    for (auto l : node.labels) {
      if (l != used) rest.push_back(l);
    }
    if (rest.empty()) return;
    auto has = std::make_unique<HasLabelsOp>(0, std::make_unique<SlotRef>(0, node.slot));
    has->labels = rest;
    MatchFilter f;
    f.deps = {node.slot};
    f.selectivity = used ? model_.nodesWithLabels(node.labels) / stats_.labelNodes(*used) : 1;
    f.predicate = std::move(has);
    graph_.filters.push_back(std::move(f));
  }

  void planComponent(const ComponentOrder& order) {
    if (order.hashJoinFilter >= 0) return hashJoin(order);
    if (order.start >= 0) emitStart(graph_.nodes[size_t(order.start)], order.access);
    for (const auto& step : order.steps) expandStep(step);
  }

  // The component becomes the build side of a ValueHashJoin: its own pipeline from an empty
  // argument, with only its own slots bound, so that only its own filters land in it.
  void hashJoin(const ComponentOrder& order) {
    auto& filter = graph_.filters[size_t(order.hashJoinFilter)];
    uint64_t mask = 0;
    for (size_t i = 0; i < graph_.nodes.size(); ++i) {
      if (graph_.nodes[i].component == order.component) mask |= uint64_t(1) << i;
    }
    auto join = std::make_unique<ValueHashJoinOp>();
    join->predicate = std::move(filter.predicate);
    join->buildKeyOnLeft = ((*filter.sideNodes)[0] & ~mask) == 0 && (*filter.sideNodes)[0] != 0;
    join->probeRels = std::exchange(used_, {});
    LogicalOpPtr probe = std::exchange(root_, std::make_unique<ArgumentOp>());
    std::set<Slot> probeBound = std::exchange(bound_, {});
    double probeRows = std::exchange(rows_, 1);
    root_->estimatedRows = 1;
    emitStart(graph_.nodes[size_t(order.start)], order.access);
    for (const auto& step : order.steps) expandStep(step);
    join->build = std::exchange(root_, std::move(probe));
    join->buildSlots.assign(bound_.begin(), bound_.end());
    join->buildRels = used_;
    bound_.insert(probeBound.begin(), probeBound.end());
    used_ = join->probeRels;
    used_.singles.insert(used_.singles.end(), join->buildRels.singles.begin(),
                         join->buildRels.singles.end());
    used_.lists.insert(used_.lists.end(), join->buildRels.lists.begin(),
                       join->buildRels.lists.end());
    rows_ = probeRows * order.rows * filter.selectivity;
    append(std::move(join));
  }

  // The value an index seek looks up: the other side of the `n.key = value` filter it consumes.
  BoundExprPtr takeSeekValue(MatchFilter& f) {
    auto& eq = static_cast<BinaryOpExpr&>(*f.predicate);
    BoundExprPtr value = std::move(f.valueOnLeft ? eq.left : eq.right);
    f.predicate.reset();
    return value;
  }

  void emitStart(const QueryGraphNode& node, const NodeAccess& access) {
    bound_.insert(node.slot);
    switch (access.kind) {
      case NodeAccess::Kind::INDEX_SEEK: {
        auto& filter = graph_.filters[size_t(access.seekFilter)];
        auto seek = std::make_unique<IndexSeekOp>();
        seek->node = node.slot;
        seek->label = access.label;
        seek->key = filter.seekKey;
        seek->details = describeNode(node) + " index on ." +
                        store_.catalog().propKeyName(seek->key) + (filter.seekIn ? " IN" : "");
        seek->anyOf = filter.seekIn;
        seek->value = takeSeekValue(filter);
        addLabelFilter(node, access.label);
        rows_ *= access.rows;
        append(std::move(seek));
        return;
      }
      case NodeAccess::Kind::EMPTY:
        rows_ = 0;
        addLabelFilter(node, std::nullopt);
        append(std::make_unique<EmptyOp>());
        return;
      default:
        break;
    }
    auto scan = std::make_unique<NodeScanOp>();
    scan->node = node.slot;
    if (access.kind == NodeAccess::Kind::LABEL_SCAN) scan->label = access.label;
    scan->details = describeNode(node);
    rows_ *= scan->label ? stats_.labelNodes(*scan->label) : stats_.nodes();
    addLabelFilter(node, scan->label);
    append(std::move(scan));
  }

  std::string describeNode(const QueryGraphNode& node) const {
    std::string s = "(" + node.patterns.front()->name;
    for (auto l : node.labels) {
      s += ":" + (l == storage::INVALID_TOKEN ? std::string("?") : store_.catalog().labelName(l));
    }
    return s + ")";
  }

  void expandStep(const JoinStep& step) {
    const auto& edge = graph_.edges[size_t(step.edge)];
    BoundRelPattern& rel = *edge.rel;
    const QueryGraphNode& from = graph_.nodes[size_t(step.from)];
    const QueryGraphNode& to = graph_.nodes[size_t(step.to)];
    auto dir = step.from == edge.from ? rel.direction : reverse(rel.direction);
    bool into = bound_.count(to.slot) > 0;
    ExpandShape shape = graph_.shape(step.edge, step.from);
    rows_ *= into ? model_.closingRows(shape) : model_.expandRows(shape);
    if (rel.hasUnknownType && rel.types.empty()) {
      bound_.insert(rel.slot);
      bound_.insert(to.slot);
      append(std::make_unique<EmptyOp>());
    } else if (rel.varLength) {
      appendVarExpand(from.slot, rel, to, dir, into);
    } else {
      auto expand = std::make_unique<ExpandOp>();
      expand->from = from.slot;
      expand->rel = rel.slot;
      expand->to = to.slot;
      expand->types = rel.types;
      expand->direction = dir;
      expand->into = into;
      expand->relBound = bound_.count(rel.slot) > 0;
      expand->unique = usedOverlapping(rel.types);
      expand->details = describeExpand(rel, to, dir);
      // Labels of a node reached here for the first time are checked inside the expand.
      if (!into) expand->toLabels = to.labels;
      used_.singles.push_back(rel.slot);
      usedTypes_[rel.slot] = rel.types;
      bound_.insert(rel.slot);
      bound_.insert(to.slot);
      append(std::move(expand));
    }
  }

  void appendVarExpand(Slot from, BoundRelPattern& rel, const QueryGraphNode& to,
                       ast::RelDirection dir, bool into) {
    auto expand = std::make_unique<VarExpandOp>();
    expand->from = from;
    expand->rels = rel.slot;
    expand->to = to.slot;
    expand->types = rel.types;
    expand->direction = dir;
    expand->minHops = rel.varLength->min.value_or(1);
    expand->maxHops = rel.varLength->max.value_or(-1);
    expand->into = into;
    expand->unique = usedOverlapping(rel.types);
    expand->relProbe = rel.probe;
    expand->details = describeExpand(rel, to, dir);
    std::vector<BoundExprPtr> equalities;
    for (auto& f : rel.properties) equalities.push_back(propertyEquals(rel.probe, f));
    if (!equalities.empty()) expand->relPredicate = makeConjunction(std::move(equalities));
    rel.properties.clear();
    used_.lists.push_back(rel.slot);
    usedTypes_[rel.slot] = rel.types;
    bound_.insert(rel.slot);
    bound_.insert(to.slot);
    if (!into) addLabelFilter(to, std::nullopt);
    append(std::move(expand));
  }

  // Both ends are bound by now: the search runs once per pair. Its estimate assumes one path
  // per pair, the usual case for connected ends.
  void appendShortestPath(BoundPatternPart& part) {
    BoundRelPattern& rel = part.rels.front();
    RelUniqueness unique = usedOverlapping(rel.types);
    used_.lists.push_back(rel.slot);
    usedTypes_[rel.slot] = rel.types;
    bound_.insert(rel.slot);
    if (rel.hasUnknownType && rel.types.empty()) return append(std::make_unique<EmptyOp>());
    auto op = std::make_unique<ShortestPathOp>();
    op->from = part.nodes[0].slot;
    op->to = part.nodes[1].slot;
    op->rels = rel.slot;
    op->types = rel.types;
    op->direction = rel.direction;
    op->minHops = rel.varLength->min.value_or(1);
    op->maxHops = rel.varLength->max.value_or(-1);
    op->all = part.shortest == ast::ShortestPath::ALL;
    op->unique = std::move(unique);
    op->relProbe = rel.probe;
    const QueryGraphNode& to = graph_.nodes[size_t(graph_.nodeIndex(op->to))];
    op->details = (op->all ? "all " : "") + describeExpand(rel, to, rel.direction);
    std::vector<BoundExprPtr> equalities;
    for (auto& f : rel.properties) equalities.push_back(propertyEquals(rel.probe, f));
    if (!equalities.empty()) op->relPredicate = makeConjunction(std::move(equalities));
    rel.properties.clear();
    append(std::move(op));
  }

  std::string describeExpand(const BoundRelPattern& rel, const QueryGraphNode& to,
                             ast::RelDirection dir) const {
    std::string types;
    for (auto t : rel.types) types += (types.empty() ? ":" : "|") + store_.catalog().relTypeName(t);
    std::string left = dir == ast::RelDirection::LEFT ? "<-[" : "-[";
    std::string right = dir == ast::RelDirection::RIGHT ? "]->" : "]-";
    std::string hops = rel.varLength ? "*" : "";
    return "()" + left + rel.name + types + hops + right + describeNode(to);
  }

  storage::GraphStore& store_;
  BoundMatch& match_;
  LogicalOpPtr root_;
  std::set<Slot> bound_;
  PlanStatistics stats_;
  CardinalityModel model_;
  QueryGraph graph_;
  double rows_ = 1;
  // The relationships a new one must differ from: those of used_ that can have one of `types`
  // (none: any type). An ATTENDED step never meets the BELONGS_TO of the same MATCH, so it
  // need not compare with it, and a count of such steps stays a degree read.
  RelUniqueness usedOverlapping(const std::vector<storage::RelTypeId>& types) const {
    auto mayOverlap = [&](Slot slot) {
      auto it = usedTypes_.find(slot);
      if (types.empty() || it == usedTypes_.end() || it->second.empty()) return true;
      return std::any_of(types.begin(), types.end(), [&](storage::RelTypeId t) {
        return std::find(it->second.begin(), it->second.end(), t) != it->second.end();
      });
    };
    RelUniqueness out;
    std::copy_if(used_.singles.begin(), used_.singles.end(), std::back_inserter(out.singles),
                 mayOverlap);
    std::copy_if(used_.lists.begin(), used_.lists.end(), std::back_inserter(out.lists), mayOverlap);
    return out;
  }

  RelUniqueness used_;
  // The types of each relationship slot in used_ (empty: any type).
  std::unordered_map<Slot, std::vector<storage::RelTypeId>> usedTypes_;
};

}  // namespace

LogicalOpPtr chain(LogicalOpPtr input, LogicalOpPtr op) {
  if (op->estimatedRows < 0 && input) op->estimatedRows = input->estimatedRows;
  op->child = std::move(input);
  return op;
}

LogicalOpPtr Planner::planMatch(LogicalOpPtr input, BoundMatch& match) {
  if (input->kind == LogicalOpKind::ARGUMENT && input->estimatedRows < 0) {
    input->estimatedRows = 1;
  }
  return MatchPlanner(store_, match, std::move(input)).run();
}

}  // namespace rollcall
