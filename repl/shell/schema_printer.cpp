#include "repl/shell/schema_printer.h"

#include "repl/printer/table_printer.h"

namespace rollcall::repl {
namespace {

using Rows = std::vector<std::vector<std::string>>;

Rows labelRows(storage::GraphStore& store) {
  Rows rows;
  for (const auto& [id, name] : store.catalog().labels()) {
    uint64_t count = store.labelCount(id);
    if (count > 0) rows.push_back({name, std::to_string(count)});
  }
  return rows;
}

Rows relTypeRows(storage::GraphStore& store) {
  Rows rows;
  for (const auto& [id, name] : store.catalog().relTypes()) {
    uint64_t count = store.relTypeCount(id);
    if (count > 0) rows.push_back({name, std::to_string(count)});
  }
  return rows;
}

Rows indexRows(storage::GraphStore& store) {
  const storage::Catalog& catalog = store.catalog();
  Rows rows;
  for (const storage::IndexInfo& index : catalog.indexes()) {
    rows.push_back({index.name, catalog.labelName(index.label), catalog.propKeyName(index.key),
                    index.unique ? "unique constraint" : "index"});
  }
  return rows;
}

}  // namespace

void printStoreSchema(storage::GraphStore& store, std::ostream& out) {
  out << "Node labels\n";
  printTextTable({"label", "nodes"}, labelRows(store), {false, true}, out);
  out << "Relationship types\n";
  printTextTable({"type", "relationships"}, relTypeRows(store), {false, true}, out);
  out << "Indexes and constraints\n";
  printTextTable({"name", "label", "property", "kind"}, indexRows(store), {}, out);
}

}  // namespace rollcall::repl
