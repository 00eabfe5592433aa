// Mathematical functions: integer-preserving abs/sign, float results elsewhere, rounding modes.
#include <cmath>
#include <numbers>

#include "engine/exec/function/numeric_rounding.h"
#include "tests/unit/values/fake_graph.h"
#include "tests/unit/values/value_test_util.h"

namespace rollcall::test {
namespace {

TEST(NumericFunctions, AbsAndSign) {
  EXPECT_VALUE(call("abs", {Value(-3)}), Value(3));
  EXPECT_VALUE(call("abs", {Value(2.5)}), Value(2.5));
  EXPECT_VALUE(call("abs", {Value(-0.5)}), Value(0.5));
  EXPECT_VALUE(call("abs", {Value()}), Value());
  EXPECT_CYPHER_ERROR(call("abs", {Value(std::numeric_limits<int64_t>::min())}), ARGUMENT_ERROR,
                      "NumberOutOfRange");
  EXPECT_CYPHER_ERROR(call("abs", {Value("x")}), TYPE_ERROR, "InvalidArgumentValue");
  EXPECT_VALUE(call("sign", {Value(-5)}), Value(-1));
  EXPECT_VALUE(call("sign", {Value(0)}), Value(0));
  EXPECT_VALUE(call("sign", {Value(3.2)}), Value(1));
  EXPECT_VALUE(call("sign", {Value(-0.5)}), Value(-1));
}

TEST(NumericFunctions, RoundHalvesTowardPositiveInfinity) {
  EXPECT_VALUE(call("round", {Value(2.5)}), Value(3.0));
  EXPECT_VALUE(call("round", {Value(-2.5)}), Value(-2.0));
  EXPECT_VALUE(call("round", {Value(-2.6)}), Value(-3.0));
  EXPECT_VALUE(call("round", {Value(1.4)}), Value(1.0));
  EXPECT_VALUE(call("round", {Value(3)}), Value(3.0));
  EXPECT_VALUE(call("round", {Value(0.49999999999999994)}), Value(0.0));
  EXPECT_VALUE(call("round", {Value()}), Value());
}

TEST(NumericFunctions, RoundWithPrecisionIsDecimal) {
  EXPECT_VALUE(call("round", {Value(3.14159), Value(2)}), Value(3.14));
  EXPECT_VALUE(call("round", {Value(1.5), Value(0)}), Value(2.0));
  EXPECT_VALUE(call("round", {Value(-1.5), Value(0)}), Value(-2.0));   // HALF_UP: away from zero
  EXPECT_VALUE(call("round", {Value(2.675), Value(2)}), Value(2.68));  // decimal, not binary
  EXPECT_VALUE(call("round", {Value(9.995), Value(2)}), Value(10.0));
  EXPECT_VALUE(call("round", {Value(1234.5), Value(-2)}), Value(1200.0));
  EXPECT_VALUE(call("round", {Value(0.004), Value(2)}), Value(0.0));
  EXPECT_VALUE(call("round", {Value(0.005), Value(2)}), Value(0.01));
  EXPECT_VALUE(call("round", {Value(1.25), Value(5)}), Value(1.25));
  EXPECT_EQ(function::roundDecimal(-0.004, 2), 0.0);
}

TEST(NumericFunctions, FloorCeilSqrt) {
  EXPECT_VALUE(call("floor", {Value(1.7)}), Value(1.0));
  EXPECT_VALUE(call("floor", {Value(-1.2)}), Value(-2.0));
  EXPECT_VALUE(call("floor", {Value(3)}), Value(3.0));
  EXPECT_VALUE(call("ceil", {Value(1.2)}), Value(2.0));
  EXPECT_VALUE(call("ceil", {Value(-1.7)}), Value(-1.0));
  EXPECT_VALUE(call("sqrt", {Value(16)}), Value(4.0));
  EXPECT_VALUE(call("sqrt", {Value(2.25)}), Value(1.5));
  EXPECT_TRUE(std::isnan(call("sqrt", {Value(-1)}).asFloat()));
  EXPECT_VALUE(call("floor", {Value()}), Value());
  EXPECT_CYPHER_ERROR(call("sqrt", {Value("4")}), TYPE_ERROR, "InvalidArgumentValue");
}

TEST(NumericFunctions, LogarithmsAndConstants) {
  EXPECT_VALUE(call("exp", {Value(0)}), Value(1.0));
  EXPECT_VALUE(call("log", {Value(1)}), Value(0.0));
  EXPECT_VALUE(call("log10", {Value(1000)}), Value(3.0));
  EXPECT_VALUE(call("log", {Value(0)}), Value(-INFINITY));
  EXPECT_VALUE(call("pi", {}), Value(std::numbers::pi));
  EXPECT_VALUE(call("e", {}), Value(std::numbers::e));
}

TEST(NumericFunctions, Trigonometry) {
  EXPECT_VALUE(call("sin", {Value(0)}), Value(0.0));
  EXPECT_VALUE(call("cos", {Value(0)}), Value(1.0));
  EXPECT_VALUE(call("atan2", {Value(0), Value(1)}), Value(0.0));
  EXPECT_VALUE(call("degrees", {Value(std::numbers::pi)}), Value(180.0));
  EXPECT_VALUE(call("radians", {Value(180)}), Value(std::numbers::pi));
  EXPECT_VALUE(call("haversin", {Value(0)}), Value(0.0));
  EXPECT_VALUE(call("tan", {Value()}), Value());
}

TEST(NumericFunctions, RandIsInTheUnitInterval) {
  FakeGraph graph;
  for (int i = 0; i < 100; ++i) {
    Value r = call(graph.ctx, "rand", {});
    ASSERT_EQ(r.kind(), Value::Kind::FLOAT);
    EXPECT_GE(r.asFloat(), 0.0);
    EXPECT_LT(r.asFloat(), 1.0);
  }
  EXPECT_NE(call(graph.ctx, "rand", {}).asFloat(), call(graph.ctx, "rand", {}).asFloat());
}

}  // namespace
}  // namespace rollcall::test
