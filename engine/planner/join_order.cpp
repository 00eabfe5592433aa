// Join order by dynamic programming over the subsets of each connected component of a MATCH
// (docs/engine.md, "The cost model"). A plan is left-deep: a start, then one expansion at a
// time; an expansion that reaches a bound node is an ExpandInto, taken as soon as both ends are
// bound since it only removes rows. Components past DP_MAX_NODES nodes are ordered greedily.
#include <algorithm>
#include <bit>
#include <limits>
#include <unordered_map>

#include "engine/planner/match_graph.h"
#include "storage/catalog/catalog.h"

namespace rollcall {
namespace {

constexpr size_t DP_MAX_NODES = 12;
constexpr size_t PERMUTED_COMPONENTS = 6;
constexpr double INF = std::numeric_limits<double>::infinity();

uint64_t bit(int i) { return uint64_t(1) << i; }

struct State {
  double cost = INF;
  double rows = 0;
  uint64_t prev = 0;
  std::vector<JoinStep> steps;  // the steps that led here from `prev`
};

class ComponentPlanner {
 public:
  ComponentPlanner(const QueryGraph& g, CardinalityModel& model, PlanStatistics& stats,
                   const storage::Catalog* indexes, int component)
      : g_(g), model_(model), stats_(stats), indexes_(indexes), component_(component) {
    for (size_t i = 0; i < g_.nodes.size() && i < 64; ++i) {
      if (g_.nodes[i].component == component) mask_ |= bit(int(i));
    }
  }

  ComponentOrder run() {
    seed();
    if (size_t(std::popcount(mask_)) <= DP_MAX_NODES) {
      exhaustive();
    } else {
      greedy();
    }
    return reconstruct();
  }

 private:
  NodeAccess access(int v) {
    const auto& node = g_.nodes[size_t(v)];
    NodeAccess best;
    if (node.labels.empty()) {
      best.rows = stats_.nodes();
      best.cost = best.rows + 1;
      return best;
    }
    if (std::count(node.labels.begin(), node.labels.end(), storage::INVALID_TOKEN) > 0) {
      best.kind = NodeAccess::Kind::EMPTY;
      return best;
    }
    double rows = model_.nodesWithLabels(node.labels);
    for (auto l : node.labels) {
      double cost = stats_.labelNodes(l) + 1;
      if (best.kind != NodeAccess::Kind::ALL_NODES && cost >= best.cost) continue;
      best = {NodeAccess::Kind::LABEL_SCAN, l, -1, rows, cost};
    }
    for (size_t f = 0; f < g_.filters.size(); ++f) {
      const auto& filter = g_.filters[f];
      if (filter.seekNode != v || !indexes_) continue;
      for (auto l : node.labels) {
        auto index = indexes_->findIndex(l, filter.seekKey);
        if (!index) continue;
        double share = stats_.labelNodes(l) > 0 ? rows / stats_.labelNodes(l) : 0;
        double found = model_.seekRows(l, filter.seekKey, index->unique) * share;
        // A list of unknown length (a parameter) is taken as ten values.
        if (filter.seekIn) found *= double(filter.seekValues >= 0 ? filter.seekValues : 10);
        // Never above a scan of the label: counts read before a writing statement may be stale
        // (a LOAD CSV ... MERGE into an empty label would otherwise scan once per row).
        double cost = std::min(found, stats_.labelNodes(l)) + 0.5;
        if (cost < best.cost) best = {NodeAccess::Kind::INDEX_SEEK, l, int(f), found, cost};
      }
    }
    return best;
  }

  // The product of the selectivities of the filters that `after` can evaluate and `before`
  // could not (filters reading only slots bound before the clause count at the start).
  double newFilters(uint64_t before, uint64_t after, bool start, int consumed) const {
    double s = 1;
    for (size_t f = 0; f < g_.filters.size(); ++f) {
      const auto& filter = g_.filters[f];
      if (filter.outside || int(f) == consumed || (filter.nodes & ~after) != 0) continue;
      if ((filter.nodes & ~mask_) != 0) continue;
      bool wasReady = !start && (filter.nodes & ~before) == 0;
      bool global = filter.nodes == 0;
      if (wasReady || (global && component_ != 0)) continue;
      s *= filter.selectivity;
    }
    return s;
  }

  // Edges other than `used` with both ends in `bound` and one end `v`: ExpandInto once `v` is.
  std::vector<JoinStep> closingSteps(int v, uint64_t bound, int used) const {
    std::vector<JoinStep> out;
    for (size_t e = 0; e < g_.edges.size(); ++e) {
      const auto& edge = g_.edges[e];
      if (int(e) == used || (edge.from != v && edge.to != v)) continue;
      int other = edge.from == v ? edge.to : edge.from;
      if (bound & bit(other)) out.push_back({int(e), v, other});
    }
    return out;
  }

  void applyClosing(State& s, const std::vector<JoinStep>& closing) {
    for (const auto& step : closing) {
      s.cost += s.rows;
      s.rows *= model_.closingRows(g_.shape(step.edge, step.from));
      s.steps.push_back(step);
    }
  }

  // Initial states: the nodes bound before the clause together, else each node alone.
  void seed() {
    uint64_t argument = 0;
    for (size_t i = 0; i < g_.nodes.size() && i < 64; ++i) {
      if ((mask_ & bit(int(i))) && g_.nodes[i].boundBefore) argument |= bit(int(i));
    }
    if (argument) {
      State s;
      s.cost = 0;
      s.rows = newFilters(0, argument, /*start=*/true, -1);
      for (int v = 0; v < 64; ++v) {
        if (!(argument & bit(v))) continue;
        applyClosing(s, closingSteps(v, (argument & (bit(v) - 1)) | bit(v), -1));
      }
      best_[argument] = std::move(s);
      starts_[argument] = {-1, {NodeAccess::Kind::ARGUMENT}};
      return;
    }
    for (int v = 0; v < 64; ++v) {
      if (!(mask_ & bit(v))) continue;
      NodeAccess a = access(v);
      State s;
      s.cost = a.cost;
      s.rows = a.rows * newFilters(0, bit(v), /*start=*/true, a.seekFilter);
      applyClosing(s, closingSteps(v, bit(v), -1));  // self-loops
      best_[bit(v)] = std::move(s);
      starts_[bit(v)] = {v, a};
    }
  }

  // Every way of growing `from` by one node; keeps the cheapest per subset.
  void extend(uint64_t from, std::vector<uint64_t>* grown) {
    const State cur = best_.at(from);
    for (size_t e = 0; e < g_.edges.size(); ++e) {
      const auto& edge = g_.edges[e];
      for (int side = 0; side < 2; ++side) {
        int u = side ? edge.to : edge.from, v = side ? edge.from : edge.to;
        if (!(from & bit(u)) || (from & bit(v)) || !(mask_ & bit(v))) continue;
        ExpandShape shape = g_.shape(int(e), u);
        State next;
        next.prev = from;
        next.rows = cur.rows * model_.expandRows(shape);
        next.cost = cur.cost + cur.rows * model_.expandReads(shape) + next.rows;
        next.steps.push_back({int(e), u, v});
        uint64_t to = from | bit(v);
        applyClosing(next, closingSteps(v, to, int(e)));
        next.rows *= newFilters(from, to, false, -1);
        auto it = best_.find(to);
        if (it == best_.end()) {
          if (grown) grown->push_back(to);
          best_[to] = std::move(next);
        } else if (next.cost < it->second.cost) {
          it->second = std::move(next);
        }
      }
    }
  }

  void exhaustive() {
    std::vector<uint64_t> frontier;
    for (const auto& [m, s] : best_) frontier.push_back(m);
    while (!frontier.empty()) {
      std::vector<uint64_t> grown;
      for (uint64_t m : frontier) extend(m, &grown);
      frontier = std::move(grown);
    }
  }

  // Large components: from the cheapest start, always take the cheapest next expansion.
  void greedy() {
    uint64_t cur = 0;
    for (const auto& [m, s] : best_) {
      if (!cur || s.cost < best_.at(cur).cost) cur = m;
    }
    while ((cur & mask_) != mask_) {
      std::vector<uint64_t> grown;
      extend(cur, &grown);
      RC_ASSERT(!grown.empty());  // the component is connected
      uint64_t next = grown[0];
      for (uint64_t m : grown) {
        if (best_.at(m).cost < best_.at(next).cost) next = m;
      }
      cur = next;
    }
  }

  ComponentOrder reconstruct() {
    uint64_t m = mask_;
    RC_ASSERT(best_.count(m));
    ComponentOrder out;
    out.rows = best_.at(m).rows;
    out.cost = best_.at(m).cost;
    std::vector<const std::vector<JoinStep>*> chunks;
    for (; !starts_.count(m); m = best_.at(m).prev) chunks.push_back(&best_.at(m).steps);
    chunks.push_back(&best_.at(m).steps);  // the start's own ExpandInto steps
    std::reverse(chunks.begin(), chunks.end());
    out.start = starts_.at(m).first;
    out.access = starts_.at(m).second;
    for (const auto* c : chunks) out.steps.insert(out.steps.end(), c->begin(), c->end());
    return out;
  }

  const QueryGraph& g_;
  CardinalityModel& model_;
  PlanStatistics& stats_;
  const storage::Catalog* indexes_;
  int component_;
  uint64_t mask_ = 0;
  std::unordered_map<uint64_t, State> best_;
  std::unordered_map<uint64_t, std::pair<int, NodeAccess>> starts_;
};

// Places whole components one after another, choosing per component between nested loops and a
// hash join, and costs an order of them.
class ComponentCombiner {
 public:
  ComponentCombiner(const QueryGraph& g, std::vector<ComponentOrder>& parts)
      : g_(g), parts_(parts), masks_(parts.size(), 0), buildable_(parts.size(), true) {
    for (size_t i = 0; i < g_.nodes.size() && i < 64; ++i) {
      masks_[size_t(g_.nodes[i].component)] |= bit(int(i));
      if (g_.nodes[i].boundBefore) buildable_[size_t(g_.nodes[i].component)] = false;
    }
    // A build side runs once for all input rows: it may not read what came before the clause.
    for (const auto& f : g_.filters) {
      for (size_t c = 0; c < parts_.size(); ++c) {
        if (f.readsBefore && f.nodes && (f.nodes & ~masks_[c]) == 0) buildable_[c] = false;
      }
    }
  }

  // The cost of running `order` (indexes into parts); sets each part's hash join choice when
  // `commit`.
  double cost(const std::vector<size_t>& order, bool commit) {
    double rows = 1, cost = 0;
    uint64_t placed = 0;
    for (size_t k = 0; k < order.size(); ++k) {
      auto& part = parts_[order[k]];
      uint64_t mask = masks_[order[k]];
      int join = k == 0 ? -1 : joinFilter(placed, order[k]);
      double nested = rows * part.cost;
      double hashed = join < 0 ? INF : part.cost + part.rows + rows;
      if (commit) part.hashJoinFilter = hashed < nested ? join : -1;
      cost += std::min(nested, hashed);
      rows *= part.rows * crossSelectivity(placed, mask);
      placed |= mask;
    }
    return cost;
  }

 private:
  // Filters across components count once all their nodes are placed.
  double crossSelectivity(uint64_t placed, uint64_t mask) const {
    double s = 1;
    for (const auto& f : g_.filters) {
      if (f.outside || (f.nodes & ~(placed | mask)) || !(f.nodes & ~placed)) continue;
      if (!(f.nodes & ~mask)) continue;  // within the component: counted by its own plan
      s *= f.selectivity;
    }
    return s;
  }

  // An equality with one side on the placed components and the other on component `c` alone.
  int joinFilter(uint64_t placed, size_t c) const {
    if (!buildable_[c]) return -1;
    for (size_t i = 0; i < g_.filters.size(); ++i) {
      const auto& f = g_.filters[i];
      if (!f.sideNodes || f.outside) continue;
      for (int build = 0; build < 2; ++build) {
        uint64_t b = (*f.sideNodes)[size_t(build)], p = (*f.sideNodes)[size_t(1 - build)];
        bool buildOk = b && (b & ~masks_[c]) == 0 && !f.sideReadsBefore[size_t(build)];
        bool probeOk = (p & ~placed) == 0 && (p || f.sideReadsBefore[size_t(1 - build)]);
        if (buildOk && probeOk) return int(i);
      }
    }
    return -1;
  }

  const QueryGraph& g_;
  std::vector<ComponentOrder>& parts_;
  std::vector<uint64_t> masks_;
  std::vector<bool> buildable_;
};

}  // namespace

std::vector<ComponentOrder> chooseJoinOrder(const QueryGraph& graph, CardinalityModel& model,
                                            PlanStatistics& stats,
                                            const storage::Catalog* indexes) {
  std::vector<ComponentOrder> parts;
  for (int c = 0; c < graph.components; ++c) {
    parts.push_back(ComponentPlanner(graph, model, stats, indexes, c).run());
    parts.back().component = c;
  }
  std::vector<size_t> idx(parts.size());
  for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
  ComponentCombiner combiner(graph, parts);
  std::vector<size_t> best = idx;
  if (parts.size() > PERMUTED_COMPONENTS) {
    std::stable_sort(best.begin(), best.end(), [&](size_t a, size_t b) {
      return parts[a].rows * (1 + parts[a].cost) < parts[b].rows * (1 + parts[b].cost);
    });
  } else {
    double bestCost = INF;
    do {
      double cost = combiner.cost(idx, /*commit=*/false);
      if (cost < bestCost) bestCost = cost, best = idx;
    } while (std::next_permutation(idx.begin(), idx.end()));
  }
  combiner.cost(best, /*commit=*/true);
  std::vector<ComponentOrder> out;
  for (size_t i : best) out.push_back(std::move(parts[i]));
  return out;
}

}  // namespace rollcall
