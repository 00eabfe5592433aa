// The ORDER BY total order, equivalence, and the hash that must agree with it.
#include <algorithm>
#include <cmath>

#include "tests/unit/values/fake_graph.h"
#include "tests/unit/values/value_test_util.h"

namespace rollcall::test {
namespace {

NodeValue node(storage::NodeId id) {
  NodeValue n;
  n.id = id;
  return n;
}

RelValue rel(storage::RelId id) {
  RelValue r;
  r.id = id;
  return r;
}

TEST(OrderCompare, TypeFamiliesInDocumentedOrder) {
  // MAP < NODE < REL < LIST < PATH < DATE < STRING < BOOL < NUMBER < NaN < NULL
  std::vector<Value> ascending = {map({{"a", 1}}),
                                  Value(node(5)),
                                  Value(rel(1)),
                                  list({Value(1)}),
                                  Value(PathValue{{node(1)}, {}}),
                                  date(2024, 1, 1),
                                  Value("a"),
                                  Value(true),
                                  Value(-1e300),
                                  Value(std::nan("")),
                                  Value()};
  for (size_t i = 0; i < ascending.size(); ++i) {
    for (size_t j = 0; j < ascending.size(); ++j) {
      int expected = i < j ? -1 : (i > j ? 1 : 0);
      EXPECT_EQ(orderCompare(ascending[i], ascending[j]), expected)
          << show(ascending[i]) << " vs " << show(ascending[j]);
    }
  }
}

TEST(OrderCompare, WithinTypes) {
  EXPECT_EQ(orderCompare(Value(1), Value(1.5)), -1);
  EXPECT_EQ(orderCompare(Value(2.0), Value(2)), 0);
  EXPECT_EQ(orderCompare(Value(false), Value(true)), -1);
  EXPECT_EQ(orderCompare(Value("b"), Value("a")), 1);
  EXPECT_EQ(orderCompare(Value(node(2)), Value(node(10))), -1);
  EXPECT_EQ(orderCompare(Value(std::nan("")), Value(std::nan(""))), 0);
  EXPECT_EQ(orderCompare(Value(), Value()), 0);
}

TEST(OrderCompare, ListsAndMapsElementWise) {
  EXPECT_EQ(orderCompare(list({Value(1), Value()}), list({Value(1), Value(2)})), 1);
  EXPECT_EQ(orderCompare(list({Value(1)}), list({Value(1), Value(0)})), -1);
  EXPECT_EQ(orderCompare(list({Value("a")}), list({Value(1)})), -1);  // strings before numbers
  EXPECT_EQ(orderCompare(map({{"a", 2}}), map({{"b", 1}})), -1);
  EXPECT_EQ(orderCompare(map({{"a", 2}}), map({{"a", 1}})), 1);
  EXPECT_EQ(orderCompare(map({{"a", 1}}), map({{"a", 1}, {"b", 1}})), -1);
}

TEST(OrderCompare, SortsMixedValuesStably) {
  std::vector<Value> values = {Value(), Value(3), Value("x"), Value(1.5), Value(true), list({})};
  std::sort(values.begin(), values.end(),
            [](const Value& a, const Value& b) { return orderCompare(a, b) < 0; });
  EXPECT_EQ(toDisplayString(Value(values), false), "[[], 'x', true, 1.5, 3, null]");
}

TEST(Equivalent, NullAndNaNAreEquivalentToThemselves) {
  EXPECT_TRUE(equivalent(Value(), Value()));
  EXPECT_TRUE(equivalent(Value(std::nan("")), Value(std::nan(""))));
  EXPECT_TRUE(equivalent(Value(1), Value(1.0)));
  EXPECT_TRUE(equivalent(list({Value(), Value(1)}), list({Value(), Value(1.0)})));
  EXPECT_FALSE(equivalent(Value(1), Value("1")));
  EXPECT_FALSE(equivalent(Value(), Value(false)));
  EXPECT_FALSE(equivalent(list({Value(1)}), list({Value(1), Value()})));
}

TEST(HashValue, AgreesWithEquivalence) {
  std::vector<std::pair<Value, Value>> same = {
      {Value(1), Value(1.0)},
      {Value(0), Value(-0.0)},
      {Value(), Value()},
      {Value(std::nan("")), Value(-std::nan(""))},
      {list({Value(1), Value("a")}), list({Value(1.0), Value("a")})},
      {map({{"k", 2}}), map({{"k", 2.0}})},
      {date(2024, 5, 1), date(2024, 5, 1)},
      {Value(node(3)), Value(node(3))},
  };
  for (const auto& [a, b] : same) {
    ASSERT_TRUE(equivalent(a, b)) << show(a) << " vs " << show(b);
    EXPECT_EQ(hashValue(a), hashValue(b)) << show(a) << " vs " << show(b);
  }
}

TEST(HashValue, SeparatesCommonDistinctValues) {
  // Not required for correctness, but collisions here would make grouping slow.
  EXPECT_NE(hashValue(Value(1)), hashValue(Value(2)));
  EXPECT_NE(hashValue(Value(1)), hashValue(Value("1")));
  EXPECT_NE(hashValue(Value(node(1))), hashValue(Value(rel(1))));
  EXPECT_NE(hashValue(list({Value(1), Value(2)})), hashValue(list({Value(2), Value(1)})));
}

TEST(ValueMap, SortedByKeyAndLaterDuplicateWins) {
  Value m = map({{"b", 1}, {"a", 2}, {"b", 3}});
  ASSERT_EQ(m.asMap().size(), 2u);
  EXPECT_EQ(m.asMap()[0].first, "a");
  EXPECT_VALUE(*m.mapGet("b"), Value(3));
  EXPECT_EQ(m.mapGet("c"), nullptr);
  EXPECT_VALUE(*map({{"k", Value()}}).mapGet("k"), Value());  // null values stay
}

}  // namespace
}  // namespace rollcall::test
