// What the database holds: db.labels(), db.relationshipTypes(), db.propertyKeys(),
// db.schema.visualization(), and the procedures themselves: dbms.procedures().
#include "engine/exec/exec_context.h"
#include "engine/procedures/procedure_families.h"
#include "storage/catalog/catalog.h"
#include "storage/graph/graph_store.h"

namespace rollcall {

namespace {

// Labels and types are listed while some committed node or relationship has them, as Neo4j
// does: a token stays interned after its last use, but is no longer part of the graph.
ProcedureRowsPtr labels(ExecContext& ctx, std::span<const Value>) {
  std::vector<std::vector<Value>> rows;
  for (const auto& [id, name] : ctx.catalog->labels()) {
    if (ctx.store->labelCount(id) > 0) rows.push_back({Value(name)});
  }
  return rowsOf(std::move(rows));
}

ProcedureRowsPtr relationshipTypes(ExecContext& ctx, std::span<const Value>) {
  std::vector<std::vector<Value>> rows;
  for (const auto& [id, name] : ctx.catalog->relTypes()) {
    if (ctx.store->relTypeCount(id) > 0) rows.push_back({Value(name)});
  }
  return rowsOf(std::move(rows));
}

ProcedureRowsPtr propertyKeys(ExecContext& ctx, std::span<const Value>) {
  std::vector<std::vector<Value>> rows;
  for (const auto& [id, name] : ctx.catalog->propKeys()) rows.push_back({Value(name)});
  return rowsOf(std::move(rows));
}

// The labels seen at one end of a relationship type, from the degree statistics.
ValueList endLabels(ExecContext& ctx, storage::RelTypeId type, storage::Direction dir) {
  ValueList out;
  for (const auto& [label, name] : ctx.catalog->labels()) {
    if (ctx.store->degreeStats(label, type, dir).rels > 0) out.emplace_back(name);
  }
  return out;
}

ProcedureRowsPtr schemaVisualization(ExecContext& ctx, std::span<const Value>) {
  ValueList nodes, rels;
  for (const auto& [id, name] : ctx.catalog->labels()) {
    int64_t count = static_cast<int64_t>(ctx.store->labelCount(id));
    if (count > 0) nodes.emplace_back(ValueMap{{"label", Value(name)}, {"count", Value(count)}});
  }
  for (const auto& [id, name] : ctx.catalog->relTypes()) {
    int64_t count = static_cast<int64_t>(ctx.store->relTypeCount(id));
    if (count == 0) continue;
    rels.emplace_back(ValueMap{{"type", Value(name)},
                               {"count", Value(count)},
                               {"startLabels", Value(endLabels(ctx, id, storage::Direction::OUT))},
                               {"endLabels", Value(endLabels(ctx, id, storage::Direction::IN))}});
  }
  std::vector<std::vector<Value>> rows;
  rows.push_back({Value(std::move(nodes)), Value(std::move(rels))});
  return rowsOf(std::move(rows));
}

ProcedureRowsPtr procedures(ExecContext&, std::span<const Value>) {
  std::vector<std::vector<Value>> rows;
  for (const ProcedureInfo* proc : allProcedures()) {
    rows.push_back({Value(std::string(proc->name)), Value(procedureSignature(*proc)),
                    Value(std::string(proc->description)),
                    Value(proc->writes ? "WRITE" : "READ")});
  }
  return rowsOf(std::move(rows));
}

}  // namespace

const std::vector<ProcedureInfo>& dbProcedures() {
  static const std::vector<ProcedureInfo> list = {
      {"db.labels", {}, {{"label", ProcType::STRING}},
       "The labels that nodes of the database carry.", false, labels},
      {"db.relationshipTypes", {}, {{"relationshipType", ProcType::STRING}},
       "The types that relationships of the database have.", false, relationshipTypes},
      {"db.propertyKeys", {}, {{"propertyKey", ProcType::STRING}},
       "Every property key the database has known.", false, propertyKeys},
      {"db.schema.visualization", {},
       {{"nodes", ProcType::LIST}, {"relationships", ProcType::LIST}},
       "The graph's shape: each label with its node count, each relationship type with its "
       "count and the labels seen at its start and end nodes.",
       false, schemaVisualization},
      {"dbms.procedures", {},
       {{"name", ProcType::STRING},
        {"signature", ProcType::STRING},
        {"description", ProcType::STRING},
        {"mode", ProcType::STRING}},
       "Every procedure: name, signature, what it does, and whether it reads or writes.", false,
       procedures},
  };
  return list;
}

}  // namespace rollcall
