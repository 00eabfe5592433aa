// Node scans (all nodes or one label) and index seeks, per input row.
#include "engine/common/value_ops.h"
#include "engine/exec/evaluator.h"
#include "engine/exec/operators/operators.h"
#include "storage/graph/transaction.h"

namespace rollcall {
namespace {

class NodeScanOperator : public PerRowOperator {
 public:
  explicit NodeScanOperator(const NodeScanOp& op)
      : PerRowOperator(op.label ? "NodeByLabelScan" : "AllNodesScan", op.details), op_(op) {}

 protected:
  void startRow(ExecContext& ctx, Row&) override {
    cursor_ = op_.label ? ctx.txn->scanLabel(*op_.label) : ctx.txn->scanAllNodes();
  }
  bool process(ExecContext&, Row& in, RowBatch& out) override {
    size_t room = BATCH_SIZE > out.size() ? BATCH_SIZE - out.size() : 1;
    ids_.resize(room);
    size_t n = cursor_->next(ids_.data(), room);
    for (size_t i = 0; i < n; ++i) {
      out.push_back(in);
      out.back()[op_.node] = Value(NodeValue{ids_[i], nullptr});
    }
    return n == 0;
  }

 private:
  const NodeScanOp& op_;
  std::unique_ptr<storage::NodeCursor> cursor_;
  std::vector<storage::NodeId> ids_;
};

// Cypher equality treats 1 and 1.0 as equal; the index stores exact types, so an integral number
// is also looked up in the other numeric type, when the index holds values of that type.
std::vector<storage::PropertyValue> seekKeys(ExecContext& ctx, const IndexSeekOp& op,
                                             const Value& v) {
  using Type = storage::PropertyValue::Type;
  auto holds = [&](Type t) { return ctx.txn->indexHoldsType(op.label, op.key, t); };
  std::vector<storage::PropertyValue> keys;
  if (v.kind() == Value::Kind::INT) {
    keys.emplace_back(v.asInt());
    if (holds(Type::DOUBLE)) keys.emplace_back(static_cast<double>(v.asInt()));
  } else if (v.kind() == Value::Kind::FLOAT) {
    keys.emplace_back(v.asFloat());
    double d = v.asFloat();
    if (d == static_cast<double>(static_cast<int64_t>(d)) && holds(Type::INT)) {
      keys.emplace_back(int64_t(d));
    }
  } else {
    try {
      keys.push_back(toProperty(v));
    } catch (const CypherError&) {
      // Maps, entities and the like are never stored, so nothing matches.
    }
  }
  return keys;
}

class IndexSeekOperator : public PerRowOperator {
 public:
  explicit IndexSeekOperator(const IndexSeekOp& op)
      : PerRowOperator("NodeIndexSeek", op.details), op_(op) {}

 protected:
  void startRow(ExecContext& ctx, Row& in) override {
    ids_.clear();
    pos_ = 0;
    Value v = evaluate(*op_.value, in, ctx);
    if (v.isNull()) return;
    for (const auto& key : seekKeys(ctx, op_, v)) {
      for (auto id : ctx.txn->indexSeek(op_.label, op_.key, key)) ids_.push_back(id);
    }
  }
  bool process(ExecContext&, Row& in, RowBatch& out) override {
    while (pos_ < ids_.size() && out.size() < BATCH_SIZE) {
      // A unique index finds one node: the input row itself becomes the output row.
      bool last = pos_ + 1 == ids_.size();
      out.push_back(last ? std::move(in) : in);
      out.back()[op_.node] = Value(NodeValue{ids_[pos_++], nullptr});
    }
    return pos_ >= ids_.size();
  }

 private:
  const IndexSeekOp& op_;
  std::vector<storage::NodeId> ids_;
  size_t pos_ = 0;
};

}  // namespace

OperatorPtr makeNodeScan(const NodeScanOp& op) { return std::make_unique<NodeScanOperator>(op); }
OperatorPtr makeIndexSeek(const IndexSeekOp& op) { return std::make_unique<IndexSeekOperator>(op); }

}  // namespace rollcall
