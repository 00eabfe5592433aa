#include "engine/binder/bound_expression.h"

#include "engine/planner/logical_operator.h"

namespace rollcall {

// Out of line: the expression owns a logical plan, which this header only forward-declares.
PatternExistsExpr::PatternExistsExpr(uint32_t o) : BoundExpression(KIND, o) {}
PatternExistsExpr::~PatternExistsExpr() = default;

}  // namespace rollcall
