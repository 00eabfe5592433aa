#pragma once
// The row slots an expression reads: lets the planner place a filter right after the operator
// that binds its last input.
#include <vector>

#include "engine/binder/bound_expression.h"

namespace rollcall {

void collectSlots(const BoundExpression& expr, std::vector<Slot>& out);

}  // namespace rollcall
