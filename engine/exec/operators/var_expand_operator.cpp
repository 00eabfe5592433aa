// Variable-length expand: every path of minHops..maxHops relationships from a bound node, no
// relationship repeated within a path (openCypher's relationship isomorphism).
#include "engine/exec/evaluator.h"
#include "engine/exec/operators/expand_support.h"
#include "engine/exec/operators/operators.h"

namespace rollcall {
namespace {

class VarExpandOperator : public PerRowOperator {
 public:
  explicit VarExpandOperator(const VarExpandOp& op)
      : PerRowOperator("VarLengthExpand", op.details), op_(op) {}

 protected:
  void startRow(ExecContext& ctx, Row& in) override {
    results_.clear();
    pos_ = 0;
    const Value& from = in[op_.from];
    if (from.kind() != Value::Kind::NODE) return;
    Row probe = in;
    std::vector<RelValue> path;
    search(ctx, in, probe, from.asNode().id, path);
  }

  bool process(ExecContext&, Row& in, RowBatch& out) override {
    while (pos_ < results_.size() && out.size() < BATCH_SIZE) {
      auto& [rels, end] = results_[pos_++];
      out.push_back(in);
      out.back()[op_.rels] = Value(std::move(rels));
      if (!op_.into) out.back()[op_.to] = Value(NodeValue{end, nullptr});
    }
    return pos_ >= results_.size();
  }

 private:
  void emit(const Row& in, storage::NodeId at, const std::vector<RelValue>& path) {
    if (op_.into) {
      const Value& to = in[op_.to];
      if (to.kind() != Value::Kind::NODE || to.asNode().id != at) return;
    }
    ValueList rels;
    rels.reserve(path.size());
    for (const auto& r : path) rels.emplace_back(r);
    results_.emplace_back(std::move(rels), at);
  }

  bool usable(ExecContext& ctx, const Row& in, Row& probe, const Step& step,
              const std::vector<RelValue>& path) {
    for (const auto& r : path) {
      if (r.id == step.rel.id) return false;
    }
    if (relAlreadyUsed(in, op_.unique, step.rel.id)) return false;
    if (!op_.relPredicate) return true;
    probe[op_.relProbe] = Value(step.rel);
    return isTrue(evaluate(*op_.relPredicate, probe, ctx));
  }

  void search(ExecContext& ctx, const Row& in, Row& probe, storage::NodeId at,
              std::vector<RelValue>& path) {
    int64_t depth = static_cast<int64_t>(path.size());
    if (depth >= op_.minHops) emit(in, at, path);
    if (op_.maxHops >= 0 && depth >= op_.maxHops) return;
    std::vector<Step> steps;
    readSteps(*ctx.txn, at, op_.types, op_.direction, steps);
    for (const Step& step : steps) {
      if (!usable(ctx, in, probe, step, path)) continue;
      path.push_back(step.rel);
      search(ctx, in, probe, step.other, path);
      path.pop_back();
    }
  }

  const VarExpandOp& op_;
  std::vector<std::pair<ValueList, storage::NodeId>> results_;
  size_t pos_ = 0;
};

}  // namespace

OperatorPtr makeVarExpand(const VarExpandOp& op) { return std::make_unique<VarExpandOperator>(op); }

}  // namespace rollcall
