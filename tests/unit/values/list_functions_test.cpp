// List functions, coalesce, and range with its errors.
#include "tests/unit/values/fake_graph.h"
#include "tests/unit/values/value_test_util.h"

namespace rollcall::test {
namespace {

Value ints(std::initializer_list<int> items) {
  ValueList out;
  for (int i : items) out.emplace_back(i);
  return Value(std::move(out));
}

TEST(ListFunctions, Size) {
  EXPECT_VALUE(call("size", {ints({1, 2, 3})}), Value(3));
  EXPECT_VALUE(call("size", {list({})}), Value(0));
  EXPECT_VALUE(call("size", {list({Value(), Value()})}), Value(2));
  EXPECT_VALUE(call("size", {Value()}), Value());
  EXPECT_CYPHER_ERROR(call("size", {Value(1)}), TYPE_ERROR, "InvalidArgumentValue");
}

TEST(ListFunctions, HeadLastTail) {
  EXPECT_VALUE(call("head", {ints({1, 2, 3})}), Value(1));
  EXPECT_VALUE(call("last", {ints({1, 2, 3})}), Value(3));
  EXPECT_VALUE(call("tail", {ints({1, 2, 3})}), ints({2, 3}));
  EXPECT_VALUE(call("head", {list({})}), Value());
  EXPECT_VALUE(call("last", {list({})}), Value());
  EXPECT_VALUE(call("tail", {list({})}), list({}));
  EXPECT_VALUE(call("head", {Value()}), Value());
  EXPECT_VALUE(call("tail", {Value()}), Value());
  EXPECT_VALUE(call("head", {list({Value(), Value(1)})}), Value());
  EXPECT_CYPHER_ERROR(call("head", {Value("abc")}), TYPE_ERROR, "InvalidArgumentValue");
}

TEST(ListFunctions, Reverse) {
  EXPECT_VALUE(call("reverse", {ints({1, 2, 3})}), ints({3, 2, 1}));
  EXPECT_VALUE(call("reverse", {list({})}), list({}));
  EXPECT_VALUE(call("reverse", {Value()}), Value());
  EXPECT_CYPHER_ERROR(call("reverse", {Value(1)}), TYPE_ERROR, "InvalidArgumentValue");
}

TEST(ListFunctions, Coalesce) {
  EXPECT_VALUE(call("coalesce", {Value(), Value(2), Value(3)}), Value(2));
  EXPECT_VALUE(call("coalesce", {Value(), Value()}), Value());
  EXPECT_VALUE(call("coalesce", {Value(false)}), Value(false));
}

TEST(ListFunctions, Range) {
  EXPECT_VALUE(call("range", {Value(1), Value(5)}), ints({1, 2, 3, 4, 5}));
  EXPECT_VALUE(call("range", {Value(0), Value(10), Value(3)}), ints({0, 3, 6, 9}));
  EXPECT_VALUE(call("range", {Value(5), Value(1), Value(-2)}), ints({5, 3, 1}));
  EXPECT_VALUE(call("range", {Value(5), Value(1)}), list({}));
  EXPECT_VALUE(call("range", {Value(1), Value(5), Value(-1)}), list({}));
  EXPECT_VALUE(call("range", {Value(1), Value(1)}), ints({1}));
  EXPECT_VALUE(call("range", {Value(-2), Value(0)}), ints({-2, -1, 0}));
}

TEST(ListFunctions, RangeErrors) {
  EXPECT_CYPHER_ERROR(call("range", {Value(2), Value(8), Value(0)}), ARGUMENT_ERROR,
                      "NumberOutOfRange");
  EXPECT_CYPHER_ERROR(call("range", {Value(1.0), Value(8)}), ARGUMENT_ERROR, "InvalidArgumentType");
  EXPECT_CYPHER_ERROR(call("range", {Value(1), Value("8")}), ARGUMENT_ERROR, "InvalidArgumentType");
  EXPECT_CYPHER_ERROR(call("range", {Value(), Value(8)}), ARGUMENT_ERROR, "InvalidArgumentType");
  // 2^40 Values: more than any machine has, refused before anything is allocated.
  EXPECT_CYPHER_ERROR(call("range", {Value(0), Value(int64_t{1} << 40)}), MEMORY_LIMIT_EXCEEDED,
                      "");
}

TEST(ListFunctions, RangeNearIntegerLimits) {
  constexpr int64_t MAX = std::numeric_limits<int64_t>::max();
  EXPECT_VALUE(call("range", {Value(MAX - 1), Value(MAX)}), list({Value(MAX - 1), Value(MAX)}));
  EXPECT_VALUE(call("range", {Value(MAX - 1), Value(MAX), Value(MAX)}), list({Value(MAX - 1)}));
}

}  // namespace
}  // namespace rollcall::test
