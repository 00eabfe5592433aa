// Aggregates over rows of argument lists: null skipping, DISTINCT, empty input, percentiles and
// standard deviations.
#include <cmath>

#include "tests/unit/values/fake_graph.h"
#include "tests/unit/values/value_test_util.h"

namespace rollcall::test {
namespace {

// One row per value, each aggregating just that value.
std::vector<std::vector<Value>> rows(std::initializer_list<Value> values) {
  std::vector<std::vector<Value>> out;
  for (const Value& v : values) out.push_back({v});
  return out;
}

// Rows for the two-argument percentiles.
std::vector<std::vector<Value>> rows(std::initializer_list<Value> values, double percentile) {
  std::vector<std::vector<Value>> out;
  for (const Value& v : values) out.push_back({v, Value(percentile)});
  return out;
}

Value agg(std::string_view name, std::initializer_list<Value> values) {
  return aggregate(name, /*distinct=*/false, rows(values));
}
Value aggDistinct(std::string_view name, std::initializer_list<Value> values) {
  return aggregate(name, /*distinct=*/true, rows(values));
}

TEST(Aggregates, Count) {
  EXPECT_VALUE(agg("count", {Value(1), Value(), Value("a")}), Value(2));
  EXPECT_VALUE(agg("count(*)", {Value(1), Value(), Value("a")}), Value(3));
  EXPECT_VALUE(agg("count", {}), Value(0));
  EXPECT_VALUE(agg("count(*)", {}), Value(0));
  EXPECT_VALUE(aggDistinct("count", {Value(1), Value(1.0), Value(2), Value()}), Value(2));
  EXPECT_VALUE(aggDistinct("count", {list({Value(1)}), list({Value(1)}), list({Value()})}),
               Value(2));
}

TEST(Aggregates, Sum) {
  EXPECT_VALUE(agg("sum", {Value(10), Value(), Value(80)}), Value(90));
  EXPECT_VALUE(agg("sum", {Value(10), Value(0.5)}), Value(10.5));
  EXPECT_VALUE(agg("sum", {}), Value(0));
  EXPECT_VALUE(aggDistinct("sum", {Value(1), Value(2), Value(2), Value(3), Value()}), Value(6));
  EXPECT_CYPHER_ERROR(agg("sum", {Value(1), Value("a")}), TYPE_ERROR, "InvalidArgumentValue");
  EXPECT_CYPHER_ERROR(agg("sum", {Value(std::numeric_limits<int64_t>::max()), Value(1)}),
                      ARGUMENT_ERROR, "NumberOutOfRange");
}

TEST(Aggregates, Avg) {
  EXPECT_VALUE(agg("avg", {Value(70), Value(90)}), Value(80.0));
  EXPECT_VALUE(agg("avg", {Value(60), Value()}), Value(60.0));
  EXPECT_VALUE(agg("avg", {}), Value());
  EXPECT_VALUE(aggDistinct("avg", {Value(1), Value(1), Value(4)}), Value(2.5));
  EXPECT_VALUE(agg("avg", {Value(std::numeric_limits<int64_t>::max()),
                           Value(std::numeric_limits<int64_t>::max())}),
               Value(9223372036854775807.0));
  EXPECT_CYPHER_ERROR(agg("avg", {Value(true)}), TYPE_ERROR, "InvalidArgumentValue");
}

TEST(Aggregates, MinMax) {
  EXPECT_VALUE(agg("min", {Value(3), Value(), Value(1.5), Value(2)}), Value(1.5));
  EXPECT_VALUE(agg("max", {Value(3), Value(), Value(1.5), Value(2)}), Value(3));
  EXPECT_VALUE(agg("min", {Value("b"), Value("Ann")}), Value("Ann"));
  EXPECT_VALUE(agg("max", {date(2024, 4, 15), date(2024, 5, 20)}), date(2024, 5, 20));
  EXPECT_VALUE(agg("min", {}), Value());
  EXPECT_VALUE(agg("max", {Value()}), Value());
  // Across types the ORDER BY order decides: strings sort before numbers.
  EXPECT_VALUE(agg("min", {Value(1), Value("a")}), Value("a"));
  EXPECT_VALUE(agg("max", {Value(1), Value("a"), Value(true)}), Value(1));
  EXPECT_VALUE(aggDistinct("min", {Value(3), Value(1), Value(3)}), Value(1));
}

TEST(Aggregates, Collect) {
  EXPECT_VALUE(agg("collect", {Value(1), Value(), Value("a")}), list({Value(1), Value("a")}));
  EXPECT_VALUE(agg("collect", {}), list({}));
  EXPECT_VALUE(aggDistinct("collect", {Value("Ann"), Value("Bob"), Value("Ann"), Value()}),
               list({Value("Ann"), Value("Bob")}));
  EXPECT_VALUE(aggDistinct("collect", {Value(1), Value(1.0)}), list({Value(1)}));
}

TEST(Aggregates, PercentileCont) {
  EXPECT_VALUE(
      aggregate("percentileCont", false, rows({Value(1), Value(2), Value(3), Value(4)}, 0.5)),
      Value(2.5));
  EXPECT_VALUE(
      aggregate("percentileCont", false, rows({Value(40), Value(10), Value(30), Value(20)}, 0.25)),
      Value(17.5));
  EXPECT_VALUE(aggregate("percentileCont", false, rows({Value(5), Value(1), Value(3)}, 0.0)),
               Value(1.0));
  EXPECT_VALUE(aggregate("percentileCont", false, rows({Value(5), Value(1), Value(3)}, 1.0)),
               Value(5.0));
  EXPECT_VALUE(aggregate("percentileCont", false, rows({Value()}, 0.5)), Value());
  EXPECT_VALUE(
      aggregate("percentileCont", true, rows({Value(1), Value(1), Value(1), Value(3)}, 0.5)),
      Value(2.0));
}

TEST(Aggregates, PercentileDisc) {
  auto prices = {Value(10.0), Value(20.0), Value(30.0)};
  EXPECT_VALUE(aggregate("percentileDisc", false, rows(prices, 0.0)), Value(10.0));
  EXPECT_VALUE(aggregate("percentileDisc", false, rows(prices, 0.5)), Value(20.0));
  EXPECT_VALUE(aggregate("percentileDisc", false, rows(prices, 1.0)), Value(30.0));
  EXPECT_VALUE(
      aggregate("percentileDisc", false, rows({Value(3), Value(1), Value(2), Value(4)}, 0.5)),
      Value(2));  // keeps the integer type
  EXPECT_VALUE(
      aggregate("percentileDisc", false, rows({Value(3), Value(1), Value(2), Value(4)}, 0.51)),
      Value(3));
}

TEST(Aggregates, PercentileOutOfRange) {
  for (double p : {1.5, -0.1}) {
    EXPECT_CYPHER_ERROR(aggregate("percentileCont", false, rows({Value(1)}, p)), ARGUMENT_ERROR,
                        "NumberOutOfRange");
    EXPECT_CYPHER_ERROR(aggregate("percentileDisc", false, rows({Value(1)}, p)), ARGUMENT_ERROR,
                        "NumberOutOfRange");
  }
  EXPECT_CYPHER_ERROR(aggregate("percentileCont", false, rows({Value("a")}, 0.5)), TYPE_ERROR,
                      "InvalidArgumentValue");
}

TEST(Aggregates, StandardDeviation) {
  EXPECT_VALUE(agg("stDev", {Value(1), Value(3), Value(5)}), Value(2.0));
  EXPECT_VALUE(agg("stDev", {Value(2), Value(), Value(4), Value(6)}), Value(2.0));
  EXPECT_VALUE(agg("stDev", {Value(7)}), Value(0.0));
  EXPECT_VALUE(agg("stDev", {}), Value(0.0));
  EXPECT_VALUE(agg("stDevP", {Value(2), Value(4), Value(4), Value(4), Value(5), Value(5), Value(7),
                              Value(9)}),
               Value(2.0));
  EXPECT_VALUE(agg("stDevP", {Value(7)}), Value(0.0));
  EXPECT_VALUE(aggDistinct("stDevP", {Value(1), Value(1), Value(3)}), Value(1.0));
}

}  // namespace
}  // namespace rollcall::test
