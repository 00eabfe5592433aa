#pragma once
// Rounding as Neo4j does it, kept apart from the function table so it can be tested directly.
#include <cstdint>

namespace rollcall::function {

// round(x): the nearest integer, ties toward positive infinity (Java's Math.round); a float.
double roundHalfTowardPositive(double x);

// round(x, precision): x's shortest decimal form rounded to `precision` fraction digits (negative:
// tens, hundreds...), ties away from zero, as BigDecimal.valueOf(x).setScale(p, HALF_UP).
double roundDecimal(double x, int64_t precision);

}  // namespace rollcall::function
