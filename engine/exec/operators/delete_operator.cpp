// DELETE / DETACH DELETE. The whole input is collected first and relationships are deleted before
// nodes, so `MATCH (n)-[r]-() DELETE r, n` works whatever the row order.
#include <unordered_set>

#include "engine/common/value_ops.h"
#include "engine/exec/evaluator.h"
#include "engine/exec/operators/operators.h"
#include "storage/graph/transaction.h"

namespace rollcall {
namespace {

class DeleteOperator : public PhysicalOperator {
 public:
  explicit DeleteOperator(const DeleteOp& op)
      : PhysicalOperator(op.detach ? "DetachDelete" : "Delete", op.details), op_(op) {}

 protected:
  void doOpen(ExecContext& ctx) override {
    PhysicalOperator::doOpen(ctx);
    rows_.clear();
    pos_ = 0;
    done_ = false;
  }

  bool doNext(ExecContext& ctx, RowBatch& out) override {
    if (!done_) deleteAll(ctx);
    while (pos_ < rows_.size() && out.size() < BATCH_SIZE) out.push_back(std::move(rows_[pos_++]));
    return !out.empty();
  }

 private:
  void collect(const Value& v, uint32_t offset) {
    switch (v.kind()) {
      case Value::Kind::NUL:
        return;
      case Value::Kind::NODE:
        nodes_.push_back(v.asNode().id);
        return;
      case Value::Kind::REL:
        rels_.push_back(v.asRel().id);
        return;
      case Value::Kind::PATH:
        for (const auto& r : v.asPath().rels) rels_.push_back(r.id);
        for (const auto& n : v.asPath().nodes) nodes_.push_back(n.id);
        return;
      case Value::Kind::LIST:
        for (const auto& item : v.asList()) collect(item, offset);
        return;
      default:
        throw typeError("InvalidArgumentType",
                        "DELETE expects a node, relationship or path but was " + typeName(v),
                        offset);
    }
  }

  void deleteRel(ExecContext& ctx, storage::RelId id) {
    if (!deletedRels_.insert(id).second || !ctx.txn->relExists(id)) return;
    ctx.txn->deleteRel(id);
    ctx.stats.relationshipsDeleted++;
  }

  void deleteNode(ExecContext& ctx, storage::NodeId id) {
    if (deletedNodes_.count(id) || !ctx.txn->nodeExists(id)) return;
    if (op_.detach) {
      std::vector<storage::Edge> edges;
      for (auto dir : {storage::Direction::OUT, storage::Direction::IN}) {
        ctx.txn->neighboursAllTypes(id, dir, edges);
        for (const auto& e : edges) deleteRel(ctx, e.rel);
      }
    } else if (ctx.txn->degreeAllTypes(id, storage::Direction::OUT) +
                   ctx.txn->degreeAllTypes(id, storage::Direction::IN) >
               0) {
      throw CypherError(ErrorClass::CONSTRAINT_VERIFICATION_FAILED, "DeleteConnectedNode",
                        "Cannot delete node<" + std::to_string(id) +
                            ">, because it still has relationships. To delete this node, you "
                            "must first delete its relationships (or use DETACH DELETE).");
    }
    deletedNodes_.insert(id);
    ctx.txn->deleteNode(id);
    ctx.stats.nodesDeleted++;
  }

  void deleteAll(ExecContext& ctx) {
    done_ = true;
    drainChild(ctx);
    for (const Row& row : rows_) {
      for (const auto& target : op_.targets) collect(evaluate(*target, row, ctx), target->offset);
    }
    for (auto id : rels_) deleteRel(ctx, id);
    for (auto id : nodes_) deleteNode(ctx, id);
  }

  void drainChild(ExecContext& ctx) {
    RowBatch in;
    while (child->next(ctx, in))
      for (auto& r : in) rows_.push_back(std::move(r));
  }

  const DeleteOp& op_;
  RowBatch rows_;
  size_t pos_ = 0;
  bool done_ = false;
  std::vector<storage::NodeId> nodes_;
  std::vector<storage::RelId> rels_;
  std::unordered_set<storage::NodeId> deletedNodes_;
  std::unordered_set<storage::RelId> deletedRels_;
};

}  // namespace

OperatorPtr makeDelete(const DeleteOp& op) { return std::make_unique<DeleteOperator>(op); }

}  // namespace rollcall
