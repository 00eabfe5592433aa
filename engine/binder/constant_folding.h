#pragma once
// Constant folding: an expression whose inputs are all literals is evaluated once, at bind time.
// A type error found there is a compile-time error (SyntaxError: InvalidArgumentType), as
// openCypher requires for `RETURN NOT 123` or `RETURN [] AND true`.
#include "engine/binder/bound_expression.h"

namespace rollcall {

BoundExprPtr foldConstants(BoundExprPtr expr);

}  // namespace rollcall
