// Mathematical functions. abs() and sign() keep integers integral; the rest return floats.
#include <charconv>
#include <cmath>
#include <limits>
#include <numbers>
#include <random>

#include "engine/common/value_ops.h"
#include "engine/exec/function/function_support.h"
#include "engine/exec/function/numeric_rounding.h"

namespace rollcall {
namespace {

using Kind = Value::Kind;
using function::requireNumber;

Value absFn(FunctionContext&, std::span<const Value> a) {
  if (a[0].isNull()) return Value();
  if (a[0].kind() == Kind::INT) {
    if (a[0].asInt() == std::numeric_limits<int64_t>::min()) {
      throw argumentError("NumberOutOfRange", "abs() of the smallest Integer does not fit");
    }
    return Value(a[0].asInt() < 0 ? -a[0].asInt() : a[0].asInt());
  }
  return Value(std::fabs(requireNumber("abs", a[0])));
}

Value signFn(FunctionContext&, std::span<const Value> a) {
  if (a[0].isNull()) return Value();
  double x = requireNumber("sign", a[0]);
  return Value(int64_t{x > 0 ? 1 : (x < 0 ? -1 : 0)});
}

Value roundFn(FunctionContext&, std::span<const Value> a) {
  if (a[0].isNull() || (a.size() > 1 && a[1].isNull())) return Value();
  double x = requireNumber("round", a[0]);
  if (a.size() == 1) return Value(function::roundHalfTowardPositive(x));
  return Value(function::roundDecimal(x, function::requireInt("round", a[1])));
}

// One-argument float functions: null in, null out; a number in, a float out.
template <double (*F)(double), const char* NAME>
Value unary(FunctionContext&, std::span<const Value> a) {
  if (a[0].isNull()) return Value();
  return Value(F(requireNumber(NAME, a[0])));
}

double cot(double x) { return 1.0 / std::tan(x); }
double degrees(double x) { return x * 180.0 / std::numbers::pi; }
double radians(double x) { return x * std::numbers::pi / 180.0; }
double haversin(double x) { return (1.0 - std::cos(x)) / 2.0; }
double floorD(double x) { return std::floor(x); }
double ceilD(double x) { return std::ceil(x); }
double sqrtD(double x) { return std::sqrt(x); }
double expD(double x) { return std::exp(x); }
double logD(double x) { return std::log(x); }
double log10D(double x) { return std::log10(x); }
double sinD(double x) { return std::sin(x); }
double cosD(double x) { return std::cos(x); }
double tanD(double x) { return std::tan(x); }
double asinD(double x) { return std::asin(x); }
double acosD(double x) { return std::acos(x); }
double atanD(double x) { return std::atan(x); }

constexpr char FLOOR[] = "floor", CEIL[] = "ceil", SQRT[] = "sqrt", EXP[] = "exp", LOG[] = "log",
               LOG10[] = "log10", SIN[] = "sin", COS[] = "cos", TAN[] = "tan", ASIN[] = "asin",
               ACOS[] = "acos", ATAN[] = "atan", COT[] = "cot", DEGREES[] = "degrees",
               RADIANS[] = "radians", HAVERSIN[] = "haversin";

Value atan2Fn(FunctionContext&, std::span<const Value> a) {
  if (a[0].isNull() || a[1].isNull()) return Value();
  return Value(std::atan2(requireNumber("atan2", a[0]), requireNumber("atan2", a[1])));
}

Value piFn(FunctionContext&, std::span<const Value>) { return Value(std::numbers::pi); }
Value eFn(FunctionContext&, std::span<const Value>) { return Value(std::numbers::e); }

Value randFn(FunctionContext& ctx, std::span<const Value>) {
  RC_ASSERT(ctx.rng != nullptr);
  return Value(std::uniform_real_distribution<double>(0.0, 1.0)(*ctx.rng));
}

}  // namespace

namespace function {

std::span<const ScalarFunctionInfo> numericFunctions() {
  static const ScalarFunctionInfo TABLE[] = {
      {"abs", 1, 1, absFn},
      {"sign", 1, 1, signFn},
      {"round", 1, 2, roundFn},
      {"floor", 1, 1, unary<floorD, FLOOR>},
      {"ceil", 1, 1, unary<ceilD, CEIL>},
      {"sqrt", 1, 1, unary<sqrtD, SQRT>},
      {"exp", 1, 1, unary<expD, EXP>},
      {"log", 1, 1, unary<logD, LOG>},
      {"log10", 1, 1, unary<log10D, LOG10>},
      {"sin", 1, 1, unary<sinD, SIN>},
      {"cos", 1, 1, unary<cosD, COS>},
      {"tan", 1, 1, unary<tanD, TAN>},
      {"asin", 1, 1, unary<asinD, ASIN>},
      {"acos", 1, 1, unary<acosD, ACOS>},
      {"atan", 1, 1, unary<atanD, ATAN>},
      {"cot", 1, 1, unary<cot, COT>},
      {"degrees", 1, 1, unary<degrees, DEGREES>},
      {"radians", 1, 1, unary<radians, RADIANS>},
      {"haversin", 1, 1, unary<haversin, HAVERSIN>},
      {"atan2", 2, 2, atan2Fn},
      {"pi", 0, 0, piFn},
      {"e", 0, 0, eFn},
      {"rand", 0, 0, randFn, /*deterministic=*/false},
  };
  return TABLE;
}

}  // namespace function
}  // namespace rollcall
