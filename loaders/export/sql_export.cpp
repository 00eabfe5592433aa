#include "loaders/export/sql_export.h"

#include "engine/common/error.h"
#include "loaders/export/export_context.h"
#include "loaders/export/generic_mapping.h"
#include "loaders/export/script_writer.h"
#include "loaders/export/star_mapping.h"

namespace rollcall::loaders {

const ColumnSpec& TableSpec::column(std::string_view wanted) const {
  for (const ColumnSpec& c : columns) {
    if (c.name == wanted) return c;
  }
  throw internalError("export: table " + name + " has no column " + std::string(wanted));
}

SqlExportSummary exportSql(storage::GraphStore& store, const SqlExportOptions& options,
                           std::ostream& out) {
  auto txn = store.begin();
  // The survey reads every node and relationship once: it is the first part of the progress.
  uint64_t entities = store.nodeCount() + store.relCount();
  auto surveyProgress = [&](uint64_t seen) {
    if (options.progress) options.progress("reading", seen, entities);
  };
  ExportContext ctx(store, *txn, surveyGraph(*txn, surveyProgress));
  std::vector<TableSpec> tables =
      options.shape == SqlShape::STAR ? mapStar(ctx) : mapGeneric(ctx);
  SqlExportSummary summary;
  summary.tables = tables.size();
  summary.rows = writeScript(tables, options, out);
  summary.notes = std::move(ctx.notes);
  return summary;
}

}  // namespace rollcall::loaders
