#pragma once
// `--star`: the attendance graph in the shape BI tools expect (seeds 000, 003, 004): dimensions
// dim_student, dim_session, dim_module, dim_instructor and dim_date with integer surrogate keys,
// and fact_attendance, one row per ATTENDED relationship, referencing all of them.
#include <vector>

#include "loaders/export/export_context.h"
#include "loaders/export/table_spec.h"

namespace rollcall::loaders {

// Throws ExportError when the graph has no :Student, :Session or :ATTENDED, or when a session
// belongs to several modules or has several instructors (a star needs one of each).
std::vector<TableSpec> mapStar(ExportContext& ctx);

}  // namespace rollcall::loaders
