// String functions, counted in code points.
#include "tests/unit/values/fake_graph.h"
#include "tests/unit/values/value_test_util.h"

namespace rollcall::test {
namespace {

Value strings(std::initializer_list<const char*> items) {
  ValueList out;
  for (const char* s : items) out.emplace_back(s);
  return Value(std::move(out));
}

TEST(StringFunctions, Trim) {
  EXPECT_VALUE(call("trim", {Value(" \t a b \n")}), Value("a b"));
  EXPECT_VALUE(call("ltrim", {Value("  a ")}), Value("a "));
  EXPECT_VALUE(call("rtrim", {Value(" a  ")}), Value(" a"));
  EXPECT_VALUE(call("trim", {Value("   ")}), Value(""));
  EXPECT_VALUE(call("trim", {Value()}), Value());
  EXPECT_CYPHER_ERROR(call("trim", {Value(1)}), TYPE_ERROR, "InvalidArgumentValue");
}

TEST(StringFunctions, Case) {
  EXPECT_VALUE(call("toLower", {Value("AbC1")}), Value("abc1"));
  EXPECT_VALUE(call("toUpper", {Value("AbC1")}), Value("ABC1"));
  EXPECT_VALUE(call("lower", {Value("X")}), Value("x"));
  EXPECT_VALUE(call("upper", {Value("x")}), Value("X"));
  EXPECT_VALUE(call("toUpper", {Value()}), Value());
  EXPECT_CYPHER_ERROR(call("toUpper", {Value(1)}), TYPE_ERROR, "InvalidArgumentValue");
}

TEST(StringFunctions, Substring) {
  EXPECT_VALUE(call("substring", {Value("0123456789"), Value(1)}), Value("123456789"));
  EXPECT_VALUE(call("substring", {Value("hello"), Value(1), Value(3)}), Value("ell"));
  EXPECT_VALUE(call("substring", {Value("hello"), Value(10)}), Value(""));
  EXPECT_VALUE(call("substring", {Value("hello"), Value(3), Value(100)}), Value("lo"));
  EXPECT_VALUE(call("substring", {Value("hello"), Value(0), Value(0)}), Value(""));
  EXPECT_VALUE(call("substring", {Value("héllo"), Value(1), Value(2)}), Value("él"));
  EXPECT_VALUE(call("substring", {Value(), Value(1)}), Value());
  EXPECT_CYPHER_ERROR(call("substring", {Value("hello"), Value(-1)}), ARGUMENT_ERROR,
                      "NumberOutOfRange");
  EXPECT_CYPHER_ERROR(call("substring", {Value("hello"), Value(0), Value(-1)}), ARGUMENT_ERROR,
                      "NumberOutOfRange");
  EXPECT_CYPHER_ERROR(call("substring", {Value("hello"), Value(1.0)}), TYPE_ERROR,
                      "InvalidArgumentValue");
}

TEST(StringFunctions, LeftRight) {
  EXPECT_VALUE(call("left", {Value("hello"), Value(2)}), Value("he"));
  EXPECT_VALUE(call("left", {Value("hi"), Value(10)}), Value("hi"));
  EXPECT_VALUE(call("right", {Value("hello"), Value(3)}), Value("llo"));
  EXPECT_VALUE(call("right", {Value("hi"), Value(0)}), Value(""));
  EXPECT_VALUE(call("right", {Value("hi"), Value(5)}), Value("hi"));
  EXPECT_VALUE(call("right", {Value("añb"), Value(2)}), Value("ñb"));
  EXPECT_VALUE(call("left", {Value(), Value(2)}), Value());
  EXPECT_CYPHER_ERROR(call("left", {Value("hello"), Value(-1)}), ARGUMENT_ERROR,
                      "NumberOutOfRange");
  EXPECT_CYPHER_ERROR(call("right", {Value("hello"), Value(-1)}), ARGUMENT_ERROR,
                      "NumberOutOfRange");
}

TEST(StringFunctions, Replace) {
  EXPECT_VALUE(call("replace", {Value("banana"), Value("an"), Value("AN")}), Value("bANANa"));
  EXPECT_VALUE(call("replace", {Value("aaa"), Value("a"), Value("")}), Value(""));
  EXPECT_VALUE(call("replace", {Value("aaa"), Value("aa"), Value("b")}), Value("ba"));
  EXPECT_VALUE(call("replace", {Value("abc"), Value(""), Value("x")}), Value("abc"));
  EXPECT_VALUE(call("replace", {Value(), Value("a"), Value("b")}), Value());
  EXPECT_VALUE(call("replace", {Value("a"), Value(), Value("b")}), Value());
}

TEST(StringFunctions, Split) {
  EXPECT_VALUE(call("split", {Value("a,b,,c"), Value(",")}), strings({"a", "b", "", "c"}));
  EXPECT_VALUE(call("split", {Value("abc"), Value("")}), strings({"a", "b", "c"}));
  EXPECT_VALUE(call("split", {Value("abc"), Value("x")}), strings({"abc"}));
  EXPECT_VALUE(call("split", {Value("a::b"), Value("::")}), strings({"a", "b"}));
  EXPECT_VALUE(call("split", {Value(",a,"), Value(",")}), strings({"", "a", ""}));
  EXPECT_VALUE(call("split", {Value(), Value(",")}), Value());
  EXPECT_VALUE(call("split", {Value("a"), Value()}), Value());
}

TEST(StringFunctions, ReverseAndSize) {
  EXPECT_VALUE(call("reverse", {Value("abc")}), Value("cba"));
  EXPECT_VALUE(call("reverse", {Value("aé")}), Value("éa"));
  EXPECT_VALUE(call("reverse", {Value("")}), Value(""));
  EXPECT_VALUE(call("size", {Value("hello")}), Value(5));
  EXPECT_VALUE(call("size", {Value("héllo")}), Value(5));
  EXPECT_VALUE(call("size", {Value("")}), Value(0));
  EXPECT_CYPHER_ERROR(call("length", {Value("abc")}), TYPE_ERROR, "InvalidArgumentValue");
}

}  // namespace
}  // namespace rollcall::test
