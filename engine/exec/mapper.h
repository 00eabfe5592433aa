#pragma once
// The mapper: turns an immutable logical plan into a fresh tree of physical operators for one
// execution.
#include "engine/exec/exec_context.h"
#include "engine/exec/physical_operator.h"
#include "engine/planner/logical_operator.h"

namespace rollcall {

// `argument` points at the plan's ARGUMENT leaf (every plan has exactly one).
SubPlanInstance instantiatePlan(const LogicalOperator& root, ExecContext& ctx);

}  // namespace rollcall
