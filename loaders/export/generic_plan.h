#pragma once
// The generic mapping's decisions, table by table (docs/export.md, "Mapping rules"): what each
// node table and relationship table holds and how its rows are read.
#include <optional>
#include <string>
#include <vector>

#include "loaders/export/export_context.h"

namespace rollcall::loaders {

// A relationship type written as a column of its start node's table: every start node has at
// most one such relationship and it carries no properties.
struct ForeignKeyColumnPlan {
  storage::RelTypeId type = 0;
  EndPlan target;
};

struct NodeTablePlan {
  std::optional<storage::LabelId> label;  // none: the nodes without any label
  std::optional<storage::PropKeyId> key;  // none: the generated node_id is the primary key
  ColumnSpec keyColumn;                   // the key's column, when there is a key
  bool nodeIdColumn = false;              // node_id is written (no key, or raw-id references)
  std::vector<storage::PropKeyId> properties;  // besides the key, in key id order
  std::vector<ForeignKeyColumnPlan> foreignKeys;
};

struct RelTablePlan {
  storage::RelTypeId type = 0;
  EndPlan start, end;
  std::vector<storage::PropKeyId> properties;
};

void writeNodeRows(ExportContext& ctx, const NodeTablePlan& plan, RowSink& sink);
void writeRelRows(ExportContext& ctx, const RelTablePlan& plan, RowSink& sink);

}  // namespace rollcall::loaders
