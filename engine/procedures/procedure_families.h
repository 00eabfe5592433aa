#pragma once
// Each family of procedures lists its own; the registry puts them together.
#include <vector>

#include "engine/procedures/procedure.h"

namespace rollcall {

// db.labels(), db.relationshipTypes(), db.propertyKeys(), db.schema.visualization(),
// dbms.procedures().
const std::vector<ProcedureInfo>& dbProcedures();
// algo.*: graph algorithms on Boost.Graph over projections of the graph.
const std::vector<ProcedureInfo>& algoProcedures();
// Parts of algoProcedures(), one per file.
std::vector<ProcedureInfo> pathProcedures();
std::vector<ProcedureInfo> coAttendanceProcedures();

}  // namespace rollcall
