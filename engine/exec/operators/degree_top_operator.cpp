// TopCandidates <- ExpandCount <- NodeByLabelScan as one operator ("the 3 students who attended
// the most sessions"): the count of each scanned node is the sum of its degrees, so it reads the
// label's bitmap and the degree columns of each chunk of 4,096 node ids, and builds a row only
// for the nodes whose count ranks among the Top's first k (ties included). A million students
// cost a pass over a few MB of integers instead of a million rows through three operators.
//
// When the far node's labels still need checking (the statistics do not prove them) or a type
// is unknown, the same selection runs over the label scan with the ExpandCount's per-node count.
#include "engine/exec/operators/degree_top.h"
#include "engine/exec/operators/expand_support.h"
#include "engine/exec/operators/top_candidates.h"
#include "storage/columns/column_chunk.h"

namespace rollcall {
namespace {

using storage::NodeId;

class DegreeTopOperator : public PerRowOperator {
 public:
  DegreeTopOperator(const TopCandidatesOp& top, const ExpandCountOp& count, const NodeScanOp& scan)
      : PerRowOperator("TopCandidates", count.details + " over " + scan.details + " in columns"),
        top_(top),
        count_(count),
        scan_(scan) {}

 protected:
  void startRow(ExecContext& ctx, Row&) override {
    auto better = [descending = top_.descending](int64_t a, int64_t b) {
      return descending ? a > b : a < b;
    };
    TopCandidates<int64_t, NodeId, decltype(better)> top(
        size_t(evaluateCount(*top_.limit, ctx, "LIMIT")), better);
    held_.reset();
    top.onDrop([&](NodeId) { held_.shrink(sizeof(std::pair<int64_t, NodeId>)); });
    const auto& far = ctx.farLabelsToCheck(count_.types, count_.direction, count_.toLabels);
    if (*scan_.label == storage::INVALID_TOKEN) {
      // A label nobody has: nothing to scan.
    } else if (far.empty() && typesKnown()) {
      fromColumns(ctx, top);
    } else {
      fromScan(ctx, top, far);
    }
    found_ = top.take();
    pos_ = 0;
  }

  bool process(ExecContext&, Row& in, RowBatch& out) override {
    while (pos_ < found_.size() && out.size() < BATCH_SIZE) {
      out.push_back(in);
      out.back()[scan_.node] = Value(NodeValue{found_[pos_].second, nullptr});
      out.back()[count_.countSlot] = Value(found_[pos_].first);
      ++pos_;
    }
    return pos_ == found_.size();
  }

 private:
  bool typesKnown() const {
    if (count_.types.empty()) return false;
    for (auto type : count_.types) {
      if (type == storage::INVALID_TOKEN) return false;
    }
    return true;
  }

  // The (type, direction) lists whose degrees add up to the count.
  std::vector<std::pair<storage::RelTypeId, storage::Direction>> lists() const {
    std::vector<std::pair<storage::RelTypeId, storage::Direction>> out;
    for (auto type : count_.types) {
      if (count_.direction != ast::RelDirection::LEFT)
        out.emplace_back(type, storage::Direction::OUT);
      if (count_.direction != ast::RelDirection::RIGHT)
        out.emplace_back(type, storage::Direction::IN);
    }
    return out;
  }

  template <typename Top>
  void fromColumns(ExecContext& ctx, Top& top) {
    storage::Transaction& txn = *ctx.txn;
    auto degreeLists = lists();
    std::vector<std::shared_ptr<const storage::DegreeChunk>> degrees(degreeLists.size());
    uint64_t chunks = storage::columnChunkOf(txn.nodeIdEnd() + storage::COLUMN_CHUNK_SIZE - 1);
    for (uint64_t chunk = 0; chunk < chunks; ++chunk) {
      ctx.checkDeadline();
      auto members = txn.labelColumn(*scan_.label, chunk);
      if (members->members.empty()) continue;
      for (size_t i = 0; i < degreeLists.size(); ++i) {
        degrees[i] = txn.degreeColumn(degreeLists[i].first, degreeLists[i].second, chunk);
      }
      NodeId first = storage::columnChunkStart(chunk);
      members->members.forEach([&](size_t slot) {
        int64_t n = 0;
        for (size_t i = 0; i < degrees.size(); ++i) {
          uint32_t d = degrees[i]->degrees[slot];
          n += d != storage::DegreeChunk::DEGREE_OVERFLOW
                   ? int64_t(d)
                   : int64_t(txn.degree(first + slot, degreeLists[i].first, degreeLists[i].second));
        }
        if (n > 0 || count_.keepZero) offer(ctx, top, n, first + slot);
      });
    }
  }

  template <typename Top>
  void fromScan(ExecContext& ctx, Top& top, const std::vector<storage::LabelId>& far) {
    auto cursor = ctx.txn->scanLabel(*scan_.label);
    std::vector<NodeId> ids(BATCH_SIZE);
    std::vector<Step> steps;
    while (size_t got = cursor->next(ids.data(), ids.size())) {
      ctx.checkDeadline();
      for (size_t i = 0; i < got; ++i) {
        int64_t n = countSteps(ctx, ids[i], far, steps);
        if (n > 0 || count_.keepZero) offer(ctx, top, n, ids[i]);
      }
    }
  }

  // Ties can keep many candidates (every student with 0 sessions for ORDER BY n LIMIT 3): each
  // kept one is reserved until a rising bar drops it.
  template <typename Top>
  void offer(ExecContext& ctx, Top& top, int64_t count, NodeId node) {
    if (top.offer(count, NodeId(node))) {
      held_.grow(ctx.memory, sizeof(std::pair<int64_t, NodeId>), "choosing top rows");
    }
  }

  int64_t countSteps(ExecContext& ctx, NodeId node, const std::vector<storage::LabelId>& far,
                     std::vector<Step>& steps) const {
    if (far.empty()) return int64_t(stepCount(*ctx.txn, node, count_.types, count_.direction));
    readSteps(*ctx.txn, node, count_.types, count_.direction, steps);
    int64_t n = 0;
    for (const Step& step : steps) n += ctx.nodeHasLabels(step.other, far) ? 1 : 0;
    return n;
  }

  const TopCandidatesOp& top_;
  const ExpandCountOp& count_;
  const NodeScanOp& scan_;
  std::vector<std::pair<int64_t, NodeId>> found_;
  MemoryReservation held_;
  size_t pos_ = 0;
};

}  // namespace

bool isDegreeTop(const TopCandidatesOp& top) {
  const LogicalOperator* count = top.child.get();
  if (!count || count->kind != LogicalOpKind::EXPAND_COUNT) return false;
  const auto& c = count->cast<ExpandCountOp>();
  const LogicalOperator* scan = c.child.get();
  if (c.countSlot != top.key || c.direction == ast::RelDirection::UNDIRECTED ||
      !c.unique.singles.empty() || !c.unique.lists.empty() || !scan ||
      scan->kind != LogicalOpKind::NODE_SCAN) {
    return false;
  }
  const auto& s = scan->cast<NodeScanOp>();
  return s.label && s.node == c.from && s.child && s.child->kind == LogicalOpKind::ARGUMENT;
}

OperatorPtr makeDegreeTop(const TopCandidatesOp& top) {
  const auto& count = top.child->cast<ExpandCountOp>();
  return std::make_unique<DegreeTopOperator>(top, count, count.child->cast<NodeScanOp>());
}

}  // namespace rollcall
