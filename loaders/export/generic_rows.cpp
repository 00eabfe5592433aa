// The rows of the generic mapping's tables: node tables in node id order, relationship tables
// in relationship id order.
#include <vector>

#include "loaders/export/generic_plan.h"

namespace rollcall::loaders {

using namespace storage;

namespace {

constexpr size_t BATCH = 1024;

void writeNode(ExportContext& ctx, const NodeTablePlan& plan, const NodeRecord& node,
               RowSink& sink, std::vector<Edge>& edges, KeyCache* keys) {
  if (plan.key && keys) {
    std::string key = sink.renderKey(findProperty(node.properties, *plan.key), plan.keyColumn);
    sink.rendered(key);
    keys->add(node.id, key);
  } else if (plan.key) {
    sink.value(findProperty(node.properties, *plan.key));
  }
  if (plan.nodeIdColumn) sink.value(PropertyValue(int64_t(node.id)));
  writeProperties(node.properties, plan.properties, sink);
  for (const ForeignKeyColumnPlan& fk : plan.foreignKeys) {
    ctx.txn.neighbours(node.id, fk.type, Direction::OUT, edges);
    if (edges.empty()) {
      sink.null();
    } else {
      ctx.writeEnd(fk.target, edges.front().other, sink);
    }
  }
  sink.endRow();
}

}  // namespace

void writeNodeRows(ExportContext& ctx, const NodeTablePlan& plan, RowSink& sink) {
  std::vector<Edge> edges;
  KeyCache* keys = plan.label && plan.key ? ctx.keysToFill(*plan.label) : nullptr;
  ctx.scanNodes(plan.label, [&](const NodeRecord& node) {
    // The table of unlabelled nodes reads every node.
    if (plan.label || node.labels.empty()) writeNode(ctx, plan, node, sink, edges, keys);
  });
  if (keys) ctx.sealKeys(*plan.label);
}

void writeRelRows(ExportContext& ctx, const RelTablePlan& plan, RowSink& sink) {
  auto cursor = ctx.txn.scanRelType(plan.type);
  std::vector<RelEntry> rels(BATCH);
  while (size_t n = cursor->next(rels.data(), rels.size())) {
    for (size_t i = 0; i < n; ++i) {
      ctx.writeEnd(plan.start, rels[i].start, sink);
      ctx.writeEnd(plan.end, rels[i].end, sink);
      if (!plan.properties.empty()) {
        writeProperties(ctx.txn.relProperties(rels[i].id), plan.properties, sink);
      }
      sink.endRow();
    }
  }
}

}  // namespace rollcall::loaders
