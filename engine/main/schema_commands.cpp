#include "engine/main/schema_commands.h"

#include "storage/catalog/catalog.h"
#include "storage/graph/graph_store.h"

namespace rollcall {
namespace {

using ast::StatementKind;

QueryResult createIndex(storage::GraphStore& store, const ast::SchemaCommand& cmd, bool unique) {
  QueryResult result;
  storage::Catalog& catalog = store.catalog();
  std::string name = cmd.name.empty()
                         ? (unique ? "constraint_" : "index_") + cmd.label + "_" + cmd.property
                         : cmd.name;
  auto byName = catalog.findIndexByName(name);
  storage::LabelId label = catalog.getOrCreateLabel(cmd.label);
  storage::PropKeyId key = catalog.getOrCreatePropKey(cmd.property);
  auto existing = catalog.findIndex(label, key);
  if (byName || existing) {
    if (cmd.ifNotExists) return result;
    std::string what = unique ? "constraint" : "index";
    throw semanticError(unique ? "ConstraintAlreadyExists" : "IndexAlreadyExists",
                        "An " + what + " already exists " +
                            (byName ? "with the name `" + name + "`"
                                    : "for (:" + cmd.label + " {" + cmd.property + "})"),
                        cmd.range.begin);
  }
  store.createIndex(storage::IndexInfo{name, label, key, unique});
  (unique ? result.stats.constraintsAdded : result.stats.indexesAdded)++;
  return result;
}

QueryResult dropIndex(storage::GraphStore& store, const ast::SchemaCommand& cmd, bool unique) {
  QueryResult result;
  auto index = store.catalog().findIndexByName(cmd.name);
  std::string what = unique ? "constraint" : "index";
  if (!index || index->unique != unique) {
    if (cmd.ifExists) return result;
    throw semanticError(unique ? "ConstraintNotFound" : "IndexNotFound",
                        "There is no " + what + " named `" + cmd.name + "`", cmd.range.begin);
  }
  store.dropIndex(cmd.name);
  (unique ? result.stats.constraintsRemoved : result.stats.indexesRemoved)++;
  return result;
}

QueryResult showIndexes(storage::GraphStore& store, bool constraints) {
  QueryResult result;
  storage::Catalog& catalog = store.catalog();
  result.columns = constraints
                       ? std::vector<std::string>{"name", "type", "labelsOrTypes", "properties"}
                       : std::vector<std::string>{"name", "type", "labelsOrTypes", "properties",
                                                  "owningConstraint"};
  for (const auto& index : catalog.indexes()) {
    if (constraints && !index.unique) continue;
    std::vector<Value> row{Value(index.name), Value(constraints ? "UNIQUENESS" : "RANGE"),
                           Value(ValueList{Value(catalog.labelName(index.label))}),
                           Value(ValueList{Value(catalog.propKeyName(index.key))})};
    if (!constraints) row.push_back(index.unique ? Value(index.name) : Value());
    result.rows.push_back(std::move(row));
  }
  return result;
}

}  // namespace

QueryResult executeSchemaCommand(storage::GraphStore& store, const ast::Statement& stmt) {
  switch (stmt.kind) {
    case StatementKind::CREATE_INDEX:
      return createIndex(store, stmt.schema, false);
    case StatementKind::CREATE_CONSTRAINT:
      return createIndex(store, stmt.schema, true);
    case StatementKind::DROP_INDEX:
      return dropIndex(store, stmt.schema, false);
    case StatementKind::DROP_CONSTRAINT:
      return dropIndex(store, stmt.schema, true);
    case StatementKind::SHOW_INDEXES:
      return showIndexes(store, false);
    case StatementKind::SHOW_CONSTRAINTS:
      return showIndexes(store, true);
    case StatementKind::QUERY:
      break;
  }
  throw internalError("not a schema command");
}

}  // namespace rollcall
