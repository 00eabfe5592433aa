// shortestPath and allShortestPaths: a breadth-first search between two bound nodes from both
// ends at once, level by level, always widening the smaller frontier, so the first level where
// the two searches meet holds the shortest paths. On a graph where a node's neighbourhood grows
// a hundredfold per hop, two searches of depth d/2 read far less than one of depth d (at 1 M
// students: 65 shortest paths of 4 hops in 12 s and 1 GB from one end; see README, Benchmarks).
// One shortest path stops at the first meeting; all of them finish the level, keeping every
// parent a node has on the level before, and list the paths through each meeting node.
#include <unordered_map>

#include "engine/exec/evaluator.h"
#include "engine/exec/operators/expand_support.h"
#include "engine/exec/operators/operators.h"

namespace rollcall {
namespace {

using storage::NodeId;

// How a node was reached: the node before it and the relationship taken.
struct Parent {
  NodeId node = 0;
  RelValue rel;
};

class ShortestPathOperator : public PerRowOperator {
 public:
  explicit ShortestPathOperator(const ShortestPathOp& op)
      : PerRowOperator("ShortestPath", op.details), op_(op) {}

 protected:
  void startRow(ExecContext& ctx, Row& in) override {
    paths_.clear();
    pos_ = 0;
    const Value& from = in[op_.from];
    const Value& to = in[op_.to];
    if (from.kind() != Value::Kind::NODE || to.kind() != Value::Kind::NODE) return;
    NodeId start = from.asNode().id, end = to.asNode().id;
    if (start == end) {
      if (op_.minHops == 0) paths_.emplace_back();  // the path of no relationship
      return;
    }
    probe_ = in;
    search(ctx, in, start, end);
  }

  bool process(ExecContext&, Row& in, RowBatch& out) override {
    while (pos_ < paths_.size() && out.size() < BATCH_SIZE) {
      out.push_back(in);
      out.back()[op_.rels] = Value(std::move(paths_[pos_++]));
    }
    return pos_ >= paths_.size();
  }

 private:
  using Frontier = std::vector<NodeId>;
  // Every way into a node from the level before it (one way only for a single shortest path).
  using Parents = std::unordered_map<NodeId, std::vector<Parent>>;

  bool crossable(ExecContext& ctx, const Row& in, const Step& step) {
    if (relAlreadyUsed(in, op_.unique, step.rel.id)) return false;
    if (!op_.relPredicate) return true;
    probe_[op_.relProbe] = Value(step.rel);
    return isTrue(evaluate(*op_.relPredicate, probe_, ctx));
  }

  // Widens `frontier` by one level in `dir`, recording parents in `mine`; returns the new nodes
  // that `theirs` reached too (a single shortest path returns at the first).
  std::vector<NodeId> widen(ExecContext& ctx, const Row& in, Frontier& frontier, Parents& mine,
                            const Parents& theirs, ast::RelDirection dir) {
    Parents level;
    std::vector<NodeId> meetings;
    for (NodeId at : frontier) {
      ctx.checkDeadline();
      readSteps(*ctx.txn, at, op_.types, dir, steps_);
      for (const Step& step : steps_) {
        if (mine.count(step.other) || !crossable(ctx, in, step)) continue;
        std::vector<Parent>& into = level[step.other];
        if (!op_.all && !into.empty()) continue;
        into.push_back(Parent{at, step.rel});
        if (!op_.all && theirs.count(step.other)) {
          mine.emplace(step.other, std::move(into));
          return {step.other};
        }
      }
    }
    frontier.clear();
    for (auto& [node, into] : level) {
      frontier.push_back(node);
      if (theirs.count(node)) meetings.push_back(node);
      mine.emplace(node, std::move(into));
    }
    return meetings;
  }

  void search(ExecContext& ctx, const Row& in, NodeId start, NodeId end) {
    Parents forward{{start, {}}}, backward{{end, {}}};
    Frontier ahead{start}, behind{end};
    ast::RelDirection back = reverseDirection(op_.direction);
    for (int64_t depth = 0; op_.maxHops < 0 || depth < op_.maxHops; ++depth) {
      if (ahead.empty() || behind.empty()) return;
      std::vector<NodeId> meetings = ahead.size() <= behind.size()
                                         ? widen(ctx, in, ahead, forward, backward, op_.direction)
                                         : widen(ctx, in, behind, backward, forward, back);
      if (meetings.empty()) continue;
      for (NodeId meet : meetings) joinHalves(ctx, meet, start, end, forward, backward);
      return;
    }
  }

  // Every path start .. meet .. end: each way from the start to `meet`, then each from `meet`
  // to the end.
  void joinHalves(ExecContext& ctx, NodeId meet, NodeId start, NodeId end, const Parents& forward,
                  const Parents& backward) {
    std::vector<ValueList> heads, tails;
    ValueList walk;
    walkBack(ctx, forward, start, meet, walk, heads);
    walkBack(ctx, backward, end, meet, walk, tails);
    for (ValueList& head : heads) {
      std::reverse(head.begin(), head.end());
      for (const ValueList& tail : tails) {
        ValueList path = head;
        path.insert(path.end(), tail.begin(), tail.end());
        paths_.push_back(std::move(path));
      }
    }
  }

  // The relationships of every way from `at` back to `root` through `parents`, in walking order.
  void walkBack(ExecContext& ctx, const Parents& parents, NodeId root, NodeId at, ValueList& walk,
                std::vector<ValueList>& out) {
    if (at == root) {
      out.push_back(walk);
      return;
    }
    ctx.checkDeadline();
    for (const Parent& p : parents.at(at)) {
      walk.emplace_back(p.rel);
      walkBack(ctx, parents, root, p.node, walk, out);
      walk.pop_back();
    }
  }

  const ShortestPathOp& op_;
  Row probe_;
  std::vector<Step> steps_;
  std::vector<ValueList> paths_;
  size_t pos_ = 0;
};

}  // namespace

OperatorPtr makeShortestPath(const ShortestPathOp& op) {
  return std::make_unique<ShortestPathOperator>(op);
}

}  // namespace rollcall
