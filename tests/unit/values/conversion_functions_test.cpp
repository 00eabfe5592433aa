// toInteger, toFloat, toString, toBoolean and the OrNull forms.
#include <cmath>

#include "tests/unit/values/fake_graph.h"
#include "tests/unit/values/value_test_util.h"

namespace rollcall::test {
namespace {

TEST(ToInteger, FromStrings) {
  EXPECT_VALUE(call("toInteger", {Value("42")}), Value(42));
  EXPECT_VALUE(call("toInteger", {Value("-7")}), Value(-7));
  EXPECT_VALUE(call("toInteger", {Value("+7")}), Value(7));
  EXPECT_VALUE(call("toInteger", {Value("1.9")}), Value(1));
  EXPECT_VALUE(call("toInteger", {Value("-1.9")}), Value(-1));
  EXPECT_VALUE(call("toInteger", {Value("1e3")}), Value(1000));
  EXPECT_VALUE(call("toInteger", {Value(" 12 ")}), Value(12));  // as Java's number parsing
  EXPECT_VALUE(call("toInteger", {Value("9223372036854775807")}),
               Value(int64_t{9223372036854775807}));
}

TEST(ToInteger, UnparsableStringsAreNull) {
  // The seed scripts skip rows with `toInteger(trim(id)) IS NULL`.
  for (const char* text :
       {"abc", "", "  ", "12abc", "1 2", "0x1F", "--1", "1.2.3", "NaN", "99999999999999999999"}) {
    EXPECT_VALUE(call("toInteger", {Value(text)}), Value()) << text;
  }
}

TEST(ToInteger, FromOtherTypes) {
  EXPECT_VALUE(call("toInteger", {Value(2.9)}), Value(2));
  EXPECT_VALUE(call("toInteger", {Value(-2.9)}), Value(-2));
  EXPECT_VALUE(call("toInteger", {Value(5)}), Value(5));
  EXPECT_VALUE(call("toInteger", {Value(true)}), Value(1));
  EXPECT_VALUE(call("toInteger", {Value(false)}), Value(0));
  EXPECT_VALUE(call("toInteger", {Value()}), Value());
  EXPECT_VALUE(call("toInteger", {Value(std::nan(""))}), Value());
  EXPECT_VALUE(call("toInteger", {Value(1e30)}), Value());
  EXPECT_CYPHER_ERROR(call("toInteger", {list({Value(1)})}), TYPE_ERROR, "InvalidArgumentValue");
  EXPECT_VALUE(call("toIntegerOrNull", {list({Value(1)})}), Value());
  EXPECT_VALUE(call("toIntegerOrNull", {Value("3")}), Value(3));
}

TEST(ToFloat, Conversions) {
  EXPECT_VALUE(call("toFloat", {Value("1.5")}), Value(1.5));
  EXPECT_VALUE(call("toFloat", {Value("3")}), Value(3.0));
  EXPECT_VALUE(call("toFloat", {Value(" -2.5e1 ")}), Value(-25.0));
  EXPECT_VALUE(call("toFloat", {Value(2)}), Value(2.0));
  EXPECT_VALUE(call("toFloat", {Value(2.5)}), Value(2.5));
  EXPECT_VALUE(call("toFloat", {Value("x")}), Value());
  EXPECT_VALUE(call("toFloat", {Value("")}), Value());
  EXPECT_VALUE(call("toFloat", {Value()}), Value());
  EXPECT_VALUE(call("toFloat", {Value("Infinity")}), Value(INFINITY));
  EXPECT_CYPHER_ERROR(call("toFloat", {Value(true)}), TYPE_ERROR, "InvalidArgumentValue");
  EXPECT_VALUE(call("toFloatOrNull", {Value(true)}), Value());
}

TEST(ToString, Conversions) {
  EXPECT_VALUE(call("toString", {Value(42)}), Value("42"));
  EXPECT_VALUE(call("toString", {Value(2.3)}), Value("2.3"));
  EXPECT_VALUE(call("toString", {Value(2.0)}), Value("2.0"));
  EXPECT_VALUE(call("toString", {Value(true)}), Value("true"));
  EXPECT_VALUE(call("toString", {Value("apa")}), Value("apa"));
  EXPECT_VALUE(call("toString", {date(2024, 1, 9)}), Value("2024-01-09"));
  EXPECT_VALUE(call("toString", {Value()}), Value());
  EXPECT_CYPHER_ERROR(call("toString", {list({Value(1)})}), TYPE_ERROR, "InvalidArgumentValue");
  EXPECT_CYPHER_ERROR(call("toString", {map({})}), TYPE_ERROR, "InvalidArgumentValue");
  EXPECT_VALUE(call("toStringOrNull", {map({})}), Value());
}

TEST(ToBoolean, Conversions) {
  EXPECT_VALUE(call("toBoolean", {Value("true")}), Value(true));
  EXPECT_VALUE(call("toBoolean", {Value("FALSE")}), Value(false));
  EXPECT_VALUE(call("toBoolean", {Value(" true ")}), Value(true));
  EXPECT_VALUE(call("toBoolean", {Value("")}), Value());
  EXPECT_VALUE(call("toBoolean", {Value(" tru ")}), Value());
  EXPECT_VALUE(call("toBoolean", {Value("f alse")}), Value());
  EXPECT_VALUE(call("toBoolean", {Value(true)}), Value(true));
  EXPECT_VALUE(call("toBoolean", {Value(0)}), Value(false));
  EXPECT_VALUE(call("toBoolean", {Value(5)}), Value(true));
  EXPECT_VALUE(call("toBoolean", {Value()}), Value());
  EXPECT_CYPHER_ERROR(call("toBoolean", {Value(1.0)}), TYPE_ERROR, "InvalidArgumentValue");
  EXPECT_VALUE(call("toBooleanOrNull", {Value(1.0)}), Value());
}

TEST(Registry, CaseInsensitiveLookupAndNames) {
  ASSERT_NE(lookupScalarFunction("TOUPPER"), nullptr);
  EXPECT_EQ(lookupScalarFunction("tointeger")->name, "toInteger");
  EXPECT_EQ(lookupScalarFunction("frobnicate"), nullptr);
  EXPECT_EQ(lookupAggregateFunction("COUNT")->name, "count");
  EXPECT_EQ(lookupAggregateFunction("percentilecont")->maxArgs, 2);
  EXPECT_EQ(lookupAggregateFunction("toInteger"), nullptr);
  EXPECT_EQ(lookupScalarFunction("count"), nullptr);
  EXPECT_FALSE(lookupScalarFunction("rand")->deterministic);
  EXPECT_TRUE(lookupScalarFunction("abs")->deterministic);
  auto names = allFunctionNames();
  EXPECT_NE(std::find(names.begin(), names.end(), "collect"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "substring"), names.end());
}

}  // namespace
}  // namespace rollcall::test
