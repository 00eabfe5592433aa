// Hash aggregation: groups rows by their key values (equivalence, so null groups with null) and
// folds each group's aggregates. Without grouping keys it always yields exactly one row.
#include <algorithm>

#include "engine/common/value_footprint.h"
#include "engine/exec/evaluator.h"
#include "engine/exec/operators/expand_support.h"
#include "engine/exec/operators/group_table.h"
#include "engine/exec/operators/operators.h"

namespace rollcall {
namespace {

using States = std::vector<std::unique_ptr<AggregateState>>;
using Group = AggregateGroup;

class AggregateOperator : public PhysicalOperator {
 public:
  explicit AggregateOperator(const AggregateOp& op)
      : PhysicalOperator(op.groups.empty() ? "Aggregation" : "EagerAggregation", op.details),
        op_(op),
        fold_(op.foldsExpand ? &op.child->cast<ExpandOp>() : nullptr),
        foldsIds_(fold_ && foldsOnlyIds(*fold_, op)),
        counting_(!op.aggregates.empty() &&
                  std::all_of(op.aggregates.begin(), op.aggregates.end(), isCount)) {}

 protected:
  void doOpen(ExecContext& ctx) override {
    PhysicalOperator::doOpen(ctx);
    if (fold_) foldLabels_ = ctx.farLabelsToCheck(fold_->types, fold_->direction, fold_->toLabels);
    groups_.clear();
    counts_.clear();
    held_.reset();
    streamed_.reset();
    emitted_ = 0;
    consumed_ = false;
  }

  bool doNext(ExecContext& ctx, RowBatch& out) override {
    if (op_.groupsUnique) return foldEachRow(ctx, out);
    if (!consumed_) consume(ctx);
    while (emitted_ < groups_.size() && out.size() < BATCH_SIZE) {
      out.push_back(finish(ctx, groups_[emitted_++]));
    }
    return !out.empty();
  }

 private:
  States newStates() const {
    States states;
    for (const auto& agg : op_.aggregates) {
      states.push_back(agg.fn ? agg.fn->create(agg.distinct) : createCountStar());
    }
    return states;
  }

  // One group per input row (AggregateOp::groupsUnique): each row is folded and finished at
  // once, streaming, without a table; rows whose key is null where only non-null keys are unique
  // are grouped in the table, whose groups come last.
  bool foldEachRow(ExecContext& ctx, RowBatch& out) {
    RowBatch in;
    while (out.empty() && !consumed_) {
      if (!child->next(ctx, in)) {
        consumed_ = true;
        break;
      }
      for (const Row& row : in) {
        Group group;
        group.key.resize(op_.groups.size());
        for (size_t i = 0; i < op_.groups.size(); ++i) {
          group.key[i] = evaluate(*op_.groups[i].second, row, ctx);
        }
        if (op_.uniqueUnlessNull >= 0 && group.key[size_t(op_.uniqueUnlessNull)].isNull()) {
          fold(ctx, row, findOrAdd(ctx, group.key));
          continue;
        }
        if (counting_) {
          out.push_back(finishCounted(ctx, group, row));
          continue;
        }
        group.states = newStates();
        update(ctx, row, group.states, streamed_);
        out.push_back(finish(ctx, group));
      }
      streamed_.reset();  // what the states held is gone with them
    }
    while (consumed_ && emitted_ < groups_.size() && out.size() < BATCH_SIZE) {
      out.push_back(finish(ctx, groups_[emitted_++]));
    }
    return !out.empty();
  }

  void consume(ExecContext& ctx) {
    consumed_ = true;
    RowBatch in;
    std::vector<Value> key(op_.groups.size());
    Group* last = nullptr;
    while (child->next(ctx, in)) {
      if (!fold_) {
        foldBatch(ctx, in, last);
        continue;
      }
      for (const Row& row : in) {
        for (size_t i = 0; i < key.size(); ++i) key[i] = evaluate(*op_.groups[i].second, row, ctx);
        foldExpansions(ctx, row, key, last);
      }
    }
    if (op_.groups.empty() && groups_.size() == 0) findOrAdd(ctx, key);
  }

  // The keys and hashes of the whole batch first, each hash's index slot prefetched, then the
  // lookups: in a table of a million groups nearly every lookup misses the cache, and the misses
  // of a batch then overlap instead of following one another.
  void foldBatch(ExecContext& ctx, const RowBatch& in, Group*& last) {
    batchKeys_.resize(in.size());
    hashes_.resize(in.size());
    for (size_t r = 0; r < in.size(); ++r) {
      std::vector<Value>& key = batchKeys_[r];
      key.resize(op_.groups.size());
      for (size_t i = 0; i < key.size(); ++i) key[i] = evaluate(*op_.groups[i].second, in[r], ctx);
      hashes_[r] = RowKeyHash()(key);
      groups_.prefetch(hashes_[r]);
    }
    for (size_t r = 0; r < in.size(); ++r) {
      // Rows of one group often arrive together (every student of one module's sessions):
      // comparing with the previous row's key skips the lookup.
      if (!last || !RowKeyEqual()(last->key, batchKeys_[r])) {
        last = &findOrAdd(ctx, batchKeys_[r], hashes_[r]);
      }
      fold(ctx, in[r], *last);
    }
  }

  // What Expand would do for `row`, with each row it would produce folded into the group at once.
  // The group exists only once a relationship is found, as it would with built rows.
  void foldExpansions(ExecContext& ctx, const Row& row, const std::vector<Value>& key,
                      Group*& last) {
    const Value& from = row[fold_->from];
    if (from.kind() != Value::Kind::NODE) return;
    if (foldsIds_) return foldNeighbourIds(ctx, from.asNode().id, key, last);
    readSteps(*ctx.txn, from.asNode().id, fold_->types, fold_->direction, steps_);
    bool started = false;
    for (const Step& step : steps_) {
      if (relAlreadyUsed(row, fold_->unique, step.rel.id) ||
          !ctx.nodeHasLabels(step.other, foldLabels_)) {
        continue;
      }
      if (!started) {
        started = true;
        scratch_ = row;
        if (!last || !RowKeyEqual()(last->key, key)) last = &findOrAdd(ctx, key);
      }
      scratch_[fold_->rel] = Value(step.rel);
      scratch_[fold_->to] = Value(NodeValue{step.other, nullptr});
      fold(ctx, scratch_, *last);
    }
  }

  // Whether every aggregate is count(*) or reads nothing but the far node of a directed expand
  // with no relationship uniqueness to check: the ids the expand finds are all they need.
  static bool foldsOnlyIds(const ExpandOp& e, const AggregateOp& op) {
    if (e.direction == ast::RelDirection::UNDIRECTED || !e.unique.singles.empty() ||
        !e.unique.lists.empty()) {
      return false;
    }
    return std::all_of(op.aggregates.begin(), op.aggregates.end(), [&](const AggregateSpec& a) {
      return !a.fn || (a.args.size() == 1 && a.args[0]->kind == BoundExprKind::SLOT &&
                       a.args[0]->cast<SlotRef>().slot == e.to && !a.sumsCounts);
    });
  }

  // foldExpansions when only the far nodes' ids matter (foldsIds_): they go to the states as
  // ids, without a relationship value or a row per step.
  void foldNeighbourIds(ExecContext& ctx, storage::NodeId node, const std::vector<Value>& key,
                        Group*& last) {
    readNeighbourIds(*ctx.txn, node, fold_->types, fold_->direction, ids_);
    if (!foldLabels_.empty()) {
      std::erase_if(ids_, [&](storage::NodeId id) { return !ctx.nodeHasLabels(id, foldLabels_); });
    }
    if (ids_.empty()) return;
    if (!last || !RowKeyEqual()(last->key, key)) last = &findOrAdd(ctx, key);
    if (counting_) {  // count(*) and count(far node): a far node is never null
      int64_t* counts = &counts_[size_t(last->number) * op_.aggregates.size()];
      for (size_t i = 0; i < op_.aggregates.size(); ++i) counts[i] += int64_t(ids_.size());
      return;
    }
    ctx.fn.holder = &held_;
    for (auto& state : last->states) state->updateNodes(ctx.fn, ids_);
    ctx.fn.holder = nullptr;
  }

  Group& findOrAdd(ExecContext& ctx, const std::vector<Value>& key) {
    return findOrAdd(ctx, key, RowKeyHash()(key));
  }
  Group& findOrAdd(ExecContext& ctx, const std::vector<Value>& key, size_t hash) {
    if (Group* g = groups_.find(key, hash)) return *g;
    held_.grow(ctx.memory, GROUP_BYTES + footprint(key) + STATE_BYTES * op_.aggregates.size(),
               "grouping rows");
    Group& g = groups_.add(key, hash);
    if (counting_) {
      counts_.resize(counts_.size() + op_.aggregates.size());
    } else {
      g.states = newStates();
    }
    return g;
  }

  // count(*), count(x) and the sums of ExpandCount's counts: a group's aggregates are integers
  // in counts_, with no state objects to allocate (a million groups by name are a million
  // allocations fewer per aggregate).
  static bool isCount(const AggregateSpec& a) {
    return !a.fn || (a.fn->name == "count" && !a.distinct) || a.sumsCounts;
  }

  // Folds `row` into `group` of the table.
  void fold(ExecContext& ctx, const Row& row, Group& group) {
    if (!counting_) return update(ctx, row, group.states, held_);
    addCounts(ctx, row, &counts_[size_t(group.number) * op_.aggregates.size()]);
  }

  // A streamed group (one row) when every aggregate is a count: no table, no states.
  Row finishCounted(ExecContext& ctx, Group& group, const Row& row) {
    rowCounts_.assign(op_.aggregates.size(), 0);
    addCounts(ctx, row, rowCounts_.data());
    Row out = ctx.emptyRow();
    for (size_t i = 0; i < op_.groups.size(); ++i) {
      out[op_.groups[i].first] = std::move(group.key[i]);
    }
    for (size_t i = 0; i < op_.aggregates.size(); ++i) {
      out[op_.aggregates[i].out] = Value(rowCounts_[i]);
    }
    return out;
  }

  // Adds what `row` counts to each aggregate's count.
  void addCounts(ExecContext& ctx, const Row& row, int64_t* counts) {
    for (size_t i = 0; i < op_.aggregates.size(); ++i) {
      const AggregateSpec& a = op_.aggregates[i];
      if (!a.fn) {
        ++counts[i];
        continue;
      }
      Value v = evaluate(*a.args[0], row, ctx);
      if (a.sumsCounts) {
        counts[i] += v.asInt();
      } else if (!v.isNull()) {
        ++counts[i];
      }
    }
  }

  // What the states keep beyond their size (collect(), DISTINCT) is reserved in `holder`.
  void update(ExecContext& ctx, const Row& row, States& states, MemoryReservation& holder) {
    std::vector<Value>& args = args_;
    for (size_t i = 0; i < op_.aggregates.size(); ++i) {
      args.clear();
      for (const auto& a : op_.aggregates[i].args) args.push_back(evaluate(*a, row, ctx));
      // Only around the update: evaluating the arguments may run sub-plans with their own.
      ctx.fn.holder = &holder;
      states[i]->update(ctx.fn, args);
      ctx.fn.holder = nullptr;
    }
  }

  // Emits `group`, whose key moves into the row.
  Row finish(ExecContext& ctx, Group& group) {
    Row row = ctx.emptyRow();
    for (size_t i = 0; i < op_.groups.size(); ++i) {
      row[op_.groups[i].first] = std::move(group.key[i]);
    }
    bool counted = counting_ && group.states.empty();
    for (size_t i = 0; i < op_.aggregates.size(); ++i) {
      row[op_.aggregates[i].out] =
          counted ? Value(counts_[size_t(group.number) * op_.aggregates.size() + i])
                  : group.states[i]->finish(ctx.fn);
    }
    return row;
  }

  // A group's deque entry and index slot, and a typical aggregate state (a vtable pointer and
  // a running value) beside its unique_ptr.
  static constexpr size_t GROUP_BYTES = sizeof(AggregateGroup) + 32;
  static constexpr size_t STATE_BYTES = 48;

  const AggregateOp& op_;
  const ExpandOp* fold_;  // the Expand this aggregation folds, if any
  std::vector<Step> steps_;
  bool foldsIds_;  // see foldsOnlyIds
  std::vector<storage::NodeId> ids_;
  std::vector<storage::LabelId> foldLabels_;  // fold_->toLabels less those the statistics prove
  Row scratch_;
  bool counting_;      // every aggregate is a count (isCount): counts_ holds them
  GroupTable groups_;  // in first-seen order
  std::vector<int64_t> counts_;
  std::vector<int64_t> rowCounts_;             // finishCounted's, reused
  std::vector<std::vector<Value>> batchKeys_;  // foldBatch's, reused: no allocation per row
  std::vector<size_t> hashes_;  // counting_: group g's aggregates at [g * n, (g + 1) * n)
  std::vector<Value> args_;     // reused by every update
  MemoryReservation held_;      // groups, and what their states keep (collect(), DISTINCT)
  MemoryReservation streamed_;  // what the states of one batch of streamed groups keep
  size_t emitted_ = 0;
  bool consumed_ = false;
};

}  // namespace

OperatorPtr makeAggregate(const AggregateOp& op) { return std::make_unique<AggregateOperator>(op); }

}  // namespace rollcall
