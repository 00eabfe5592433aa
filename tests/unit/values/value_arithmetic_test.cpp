// Arithmetic operators: integer overflow and division by zero are errors, mixing promotes to
// float, + also concatenates strings and lists.
#include <cmath>
#include <limits>

#include "tests/unit/values/fake_graph.h"
#include "tests/unit/values/value_test_util.h"

namespace rollcall::test {
namespace {

constexpr int64_t MAX = std::numeric_limits<int64_t>::max();
constexpr int64_t MIN = std::numeric_limits<int64_t>::min();

TEST(Arithmetic, IntegersStayIntegers) {
  EXPECT_VALUE(add(Value(1), Value(2)), Value(3));
  EXPECT_VALUE(subtract(Value(1), Value(5)), Value(-4));
  EXPECT_VALUE(multiply(Value(-3), Value(4)), Value(-12));
  EXPECT_VALUE(divide(Value(7), Value(2)), Value(3));
  EXPECT_VALUE(divide(Value(-7), Value(2)), Value(-3));  // toward zero
  EXPECT_VALUE(modulo(Value(7), Value(3)), Value(1));
  EXPECT_VALUE(modulo(Value(-7), Value(3)), Value(-1));  // sign of the dividend
  EXPECT_VALUE(modulo(Value(7), Value(-3)), Value(1));
  EXPECT_VALUE(negate(Value(5)), Value(-5));
}

TEST(Arithmetic, MixingPromotesToFloat) {
  EXPECT_VALUE(add(Value(1), Value(0.5)), Value(1.5));
  EXPECT_VALUE(multiply(Value(3), Value(1.0)), Value(3.0));
  EXPECT_VALUE(divide(Value(7), Value(2.0)), Value(3.5));
  EXPECT_VALUE(modulo(Value(7.5), Value(2)), Value(1.5));
  EXPECT_VALUE(subtract(Value(0.5), Value(1)), Value(-0.5));
  EXPECT_VALUE(negate(Value(2.5)), Value(-2.5));
}

TEST(Arithmetic, PowerIsAlwaysFloat) {
  EXPECT_VALUE(power(Value(2), Value(3)), Value(8.0));
  EXPECT_VALUE(power(Value(2), Value(-1)), Value(0.5));
  EXPECT_VALUE(power(Value(4.0), Value(0.5)), Value(2.0));
}

TEST(Arithmetic, NullPropagates) {
  EXPECT_VALUE(add(Value(1), Value()), Value());
  EXPECT_VALUE(add(Value(), Value("a")), Value());
  EXPECT_VALUE(add(list({Value(1)}), Value()), Value());
  EXPECT_VALUE(subtract(Value(), Value(1)), Value());
  EXPECT_VALUE(multiply(Value(), Value()), Value());
  EXPECT_VALUE(divide(Value(1), Value()), Value());
  EXPECT_VALUE(modulo(Value(), Value(0)), Value());
  EXPECT_VALUE(power(Value(), Value(2)), Value());
  EXPECT_VALUE(negate(Value()), Value());
}

TEST(Arithmetic, OverflowIsAnArgumentError) {
  EXPECT_CYPHER_ERROR(add(Value(MAX), Value(1)), ARGUMENT_ERROR, "NumberOutOfRange");
  EXPECT_CYPHER_ERROR(subtract(Value(MIN), Value(1)), ARGUMENT_ERROR, "NumberOutOfRange");
  EXPECT_CYPHER_ERROR(multiply(Value(MAX), Value(2)), ARGUMENT_ERROR, "NumberOutOfRange");
  EXPECT_CYPHER_ERROR(divide(Value(MIN), Value(-1)), ARGUMENT_ERROR, "NumberOutOfRange");
  EXPECT_CYPHER_ERROR(negate(Value(MIN)), ARGUMENT_ERROR, "NumberOutOfRange");
  EXPECT_VALUE(modulo(Value(MIN), Value(-1)), Value(0));
  EXPECT_VALUE(add(Value(MAX), Value(1.0)), Value(9223372036854775808.0));  // floats do not trap
}

TEST(Arithmetic, IntegerDivisionByZeroIsAnArgumentError) {
  EXPECT_CYPHER_ERROR(divide(Value(1), Value(0)), ARGUMENT_ERROR, "DivisionByZero");
  EXPECT_CYPHER_ERROR(modulo(Value(1), Value(0)), ARGUMENT_ERROR, "DivisionByZero");
}

TEST(Arithmetic, FloatDivisionByZeroFollowsIeee) {
  EXPECT_VALUE(divide(Value(1.0), Value(0)), Value(INFINITY));
  EXPECT_VALUE(divide(Value(-1), Value(0.0)), Value(-INFINITY));
  EXPECT_TRUE(std::isnan(divide(Value(0.0), Value(0.0)).asFloat()));
  EXPECT_TRUE(std::isnan(modulo(Value(1.0), Value(0)).asFloat()));
}

TEST(Arithmetic, StringConcatenation) {
  EXPECT_VALUE(add(Value("a"), Value("b")), Value("ab"));
  EXPECT_VALUE(add(Value("n"), Value(1)), Value("n1"));
  EXPECT_VALUE(add(Value(1.5), Value("x")), Value("1.5x"));
  EXPECT_VALUE(add(Value("v"), Value(2.0)), Value("v2.0"));
  EXPECT_VALUE(add(Value("is "), Value(true)), Value("is true"));
  EXPECT_VALUE(add(Value("on "), date(2024, 5, 1)), Value("on 2024-05-01"));
}

TEST(Arithmetic, ListConcatenation) {
  EXPECT_VALUE(add(list({Value(1), Value(2)}), list({Value(3)})),
               list({Value(1), Value(2), Value(3)}));
  EXPECT_VALUE(add(list({Value(1)}), Value(2)), list({Value(1), Value(2)}));
  EXPECT_VALUE(add(Value(0), list({Value(1)})), list({Value(0), Value(1)}));
  EXPECT_VALUE(add(list({}), list({list({})})), list({list({})}));
  EXPECT_VALUE(add(Value("a"), list({Value("b")})), list({Value("a"), Value("b")}));
}

TEST(Arithmetic, UnsupportedTypesAreTypeErrors) {
  EXPECT_CYPHER_ERROR(subtract(Value("a"), Value(1)), TYPE_ERROR, "InvalidArgumentType");
  EXPECT_CYPHER_ERROR(add(Value(true), Value(1)), TYPE_ERROR, "InvalidArgumentType");
  EXPECT_CYPHER_ERROR(add(map({}), Value("a")), TYPE_ERROR, "InvalidArgumentType");
  EXPECT_CYPHER_ERROR(multiply(Value("a"), Value(2)), TYPE_ERROR, "InvalidArgumentType");
  EXPECT_CYPHER_ERROR(divide(date(2024, 1, 1), Value(2)), TYPE_ERROR, "InvalidArgumentType");
  EXPECT_CYPHER_ERROR(power(Value("2"), Value(2)), TYPE_ERROR, "InvalidArgumentType");
  EXPECT_CYPHER_ERROR(negate(Value("a")), TYPE_ERROR, "InvalidArgumentType");
}

TEST(Arithmetic, ErrorMessageNamesTheTypes) {
  try {
    subtract(Value("a"), Value(1));
    FAIL();
  } catch (const CypherError& err) {
    EXPECT_EQ(err.message(), "Cannot compute String - Integer");
  }
}

}  // namespace
}  // namespace rollcall::test
