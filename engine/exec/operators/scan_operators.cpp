// Node scans (all nodes or one label) and index seeks, per input row.
#include <algorithm>
#include <cmath>
#include <optional>

#include "engine/common/error.h"
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

bool holdsNaN(const storage::PropertyValue& p) {
  using Type = storage::PropertyValue::Type;
  if (p.type() == Type::DOUBLE) return std::isnan(p.asDouble());
  if (p.type() != Type::LIST) return false;
  return std::any_of(p.asList().begin(), p.asList().end(), holdsNaN);
}

// The index key of a value: 1 and 1.0 share one (index_key_codec.h). NaN equals nothing, not even
// the NaN the index holds; maps, entities and the like are never stored: neither finds a node.
std::optional<storage::PropertyValue> seekKey(const Value& v) {
  try {
    auto key = toProperty(v);
    if (!holdsNaN(key)) return key;
  } catch (const CypherError&) {
  }
  return std::nullopt;
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
    if (op_.anyOf) return seekEach(ctx, v);
    if (auto key = seekKey(v)) ids_ = ctx.txn->indexSeek(op_.label, op_.key, *key);
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
  // The nodes whose key equals an element of `list` (what `IN` keeps), each once.
  void seekEach(ExecContext& ctx, const Value& list) {
    if (list.kind() != Value::Kind::LIST) {
      throw typeError("InvalidArgumentType", "Expected a List for IN but was " + typeName(list),
                      op_.value->offset);
    }
    for (const Value& item : list.asList()) {
      auto key = item.isNull() ? std::nullopt : seekKey(item);
      if (!key) continue;
      std::vector<storage::NodeId> found = ctx.txn->indexSeek(op_.label, op_.key, *key);
      ids_.insert(ids_.end(), found.begin(), found.end());
    }
    std::sort(ids_.begin(), ids_.end());
    ids_.erase(std::unique(ids_.begin(), ids_.end()), ids_.end());
  }

  const IndexSeekOp& op_;
  std::vector<storage::NodeId> ids_;
  size_t pos_ = 0;
};

}  // namespace

OperatorPtr makeNodeScan(const NodeScanOp& op) { return std::make_unique<NodeScanOperator>(op); }
OperatorPtr makeIndexSeek(const IndexSeekOp& op) { return std::make_unique<IndexSeekOperator>(op); }

}  // namespace rollcall
