#pragma once
// The generic mapping: one table per label, and per relationship type either a join table or a
// foreign-key column on its start node's table (docs/export.md, "Mapping rules").
#include <vector>

#include "loaders/export/export_context.h"
#include "loaders/export/table_spec.h"

namespace rollcall::loaders {

std::vector<TableSpec> mapGeneric(ExportContext& ctx);

}  // namespace rollcall::loaders
