// Equality and comparison with three-valued logic, as openCypher's comparison tables define.
#include <cmath>
#include <limits>

#include "tests/unit/values/fake_graph.h"
#include "tests/unit/values/value_test_util.h"

namespace rollcall::test {
namespace {

const Value NUL;
const Value TRUE_(true);
const Value FALSE_(false);
const Value NaN(std::nan(""));

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

TEST(CypherEquals, NullMakesUnknown) {
  EXPECT_VALUE(cypherEquals(NUL, NUL), NUL);
  EXPECT_VALUE(cypherEquals(Value(1), NUL), NUL);
  EXPECT_VALUE(cypherEquals(NUL, Value("a")), NUL);
}

TEST(CypherEquals, NumbersAcrossIntAndFloat) {
  EXPECT_VALUE(cypherEquals(Value(1), Value(1.0)), TRUE_);
  EXPECT_VALUE(cypherEquals(Value(1), Value(1.5)), FALSE_);
  EXPECT_VALUE(cypherEquals(Value(-0.0), Value(0)), TRUE_);
  // 2^53 + 1 has no double; converting it would make it equal 2^53.
  EXPECT_VALUE(cypherEquals(Value(int64_t{9007199254740993}), Value(9007199254740992.0)), FALSE_);
  EXPECT_VALUE(cypherEquals(Value(std::numeric_limits<int64_t>::max()), Value(9.3e18)), FALSE_);
}

TEST(CypherEquals, NaNEqualsNothing) {
  EXPECT_VALUE(cypherEquals(NaN, NaN), FALSE_);
  EXPECT_VALUE(cypherEquals(NaN, Value(1)), FALSE_);
  EXPECT_VALUE(cypherEquals(NaN, Value("a")), FALSE_);
}

TEST(CypherEquals, DifferentTypesAreFalse) {
  EXPECT_VALUE(cypherEquals(Value(1), Value("1")), FALSE_);
  EXPECT_VALUE(cypherEquals(TRUE_, Value(1)), FALSE_);
  EXPECT_VALUE(cypherEquals(date(2024, 5, 1), Value("2024-05-01")), FALSE_);
  EXPECT_VALUE(cypherEquals(list({Value(1)}), Value(1)), FALSE_);
}

TEST(CypherEquals, Scalars) {
  EXPECT_VALUE(cypherEquals(Value("a"), Value("a")), TRUE_);
  EXPECT_VALUE(cypherEquals(Value("a"), Value("A")), FALSE_);
  EXPECT_VALUE(cypherEquals(TRUE_, FALSE_), FALSE_);
  EXPECT_VALUE(cypherEquals(date(2024, 5, 1), date(2024, 5, 1)), TRUE_);
  EXPECT_VALUE(cypherEquals(date(2024, 5, 1), date(2024, 5, 2)), FALSE_);
}

TEST(CypherEquals, ListsElementWise) {
  EXPECT_VALUE(cypherEquals(list({Value(1), Value(2)}), list({Value(1), Value(2.0)})), TRUE_);
  EXPECT_VALUE(cypherEquals(list({Value(1), Value(2)}), list({Value(1), Value(3)})), FALSE_);
  EXPECT_VALUE(cypherEquals(list({Value(1), NUL}), list({Value(1), Value(2)})), NUL);
  EXPECT_VALUE(cypherEquals(list({NUL, Value(1)}), list({NUL, Value(2)})), FALSE_);
  EXPECT_VALUE(cypherEquals(list({Value(1)}), list({Value(1), NUL})), FALSE_);
  EXPECT_VALUE(cypherEquals(list({Value("a")}), list({Value(1)})), FALSE_);
  EXPECT_VALUE(cypherEquals(list({}), list({})), TRUE_);
}

TEST(CypherEquals, NestedLists) {
  Value one = list({Value(1)});
  Value nullList = list({NUL});
  EXPECT_VALUE(cypherEquals(list({one}), list({one, nullList})), FALSE_);
  EXPECT_VALUE(cypherEquals(list({one, list({Value(2)})}), list({one, nullList})), NUL);
  EXPECT_VALUE(cypherEquals(list({one, list({Value(2), Value(3)})}), list({one, nullList})),
               FALSE_);
}

TEST(CypherEquals, Maps) {
  EXPECT_VALUE(cypherEquals(map({}), map({})), TRUE_);
  EXPECT_VALUE(cypherEquals(map({{"a", 1}, {"b", 2}}), map({{"b", 2}, {"a", 1.0}})), TRUE_);
  EXPECT_VALUE(cypherEquals(map({}), map({{"k", NUL}})), FALSE_);
  EXPECT_VALUE(cypherEquals(map({{"k", 1}}), map({{"k", 1}, {"l", NUL}})), FALSE_);
  EXPECT_VALUE(cypherEquals(map({{"k", NUL}}), map({{"k", NUL}})), NUL);
  EXPECT_VALUE(cypherEquals(map({{"k", 1}, {"l", NUL}}), map({{"k", NUL}, {"l", 1}})), NUL);
  EXPECT_VALUE(cypherEquals(map({{"k", 1}, {"l", NUL}}), map({{"k", 2}, {"l", 1}})), FALSE_);
}

TEST(CypherEquals, EntitiesById) {
  EXPECT_VALUE(cypherEquals(Value(node(1)), Value(node(1))), TRUE_);
  EXPECT_VALUE(cypherEquals(Value(node(1)), Value(node(2))), FALSE_);
  EXPECT_VALUE(cypherEquals(Value(rel(1)), Value(rel(1))), TRUE_);
  EXPECT_VALUE(cypherEquals(Value(node(1)), Value(rel(1))), FALSE_);
  PathValue p{{node(1), node(2)}, {rel(7)}};
  PathValue q{{node(1), node(3)}, {rel(7)}};
  EXPECT_VALUE(cypherEquals(Value(p), Value(p)), TRUE_);
  EXPECT_VALUE(cypherEquals(Value(p), Value(q)), FALSE_);
}

TEST(CypherCompare, WithinTypes) {
  EXPECT_EQ(cypherCompare(Value(1), Value(2)), -1);
  EXPECT_EQ(cypherCompare(Value(2.5), Value(2)), 1);
  EXPECT_EQ(cypherCompare(Value(2), Value(2.0)), 0);
  EXPECT_EQ(cypherCompare(Value("B"), Value("a")), -1);
  EXPECT_EQ(cypherCompare(Value("ab"), Value("abc")), -1);
  EXPECT_EQ(cypherCompare(Value("é"), Value("z")), 1);  // code point order, not locale
  EXPECT_EQ(cypherCompare(FALSE_, TRUE_), -1);
  EXPECT_EQ(cypherCompare(date(2023, 12, 31), date(2024, 1, 1)), -1);
}

TEST(CypherCompare, ListsLexicographically) {
  EXPECT_EQ(cypherCompare(list({Value(1), Value(2)}), list({Value(1), Value(3)})), -1);
  EXPECT_EQ(cypherCompare(list({Value(1)}), list({Value(1), Value(0)})), -1);
  EXPECT_EQ(cypherCompare(list({Value(2), NUL}), list({Value(1), Value(5)})), 1);
  EXPECT_EQ(cypherCompare(list({Value(1), NUL}), list({Value(1), Value(5)})), std::nullopt);
  EXPECT_EQ(cypherCompare(list({Value("a")}), list({Value(1)})), std::nullopt);
}

TEST(CypherCompare, IncomparableIsNullopt) {
  EXPECT_EQ(cypherCompare(Value(1), Value("a")), std::nullopt);
  EXPECT_EQ(cypherCompare(Value("a"), TRUE_), std::nullopt);
  EXPECT_EQ(cypherCompare(NUL, NUL), std::nullopt);
  EXPECT_EQ(cypherCompare(Value(1), NUL), std::nullopt);
  EXPECT_EQ(cypherCompare(map({}), map({})), std::nullopt);
  EXPECT_EQ(cypherCompare(Value(node(1)), Value(node(2))), std::nullopt);
  EXPECT_EQ(cypherCompare(date(2024, 1, 1), Value("2024-01-01")), std::nullopt);
}

TEST(CypherCompareOp, NaNIsFalseAgainstNumbers) {
  for (CompareOp op : {CompareOp::LT, CompareOp::LE, CompareOp::GT, CompareOp::GE}) {
    EXPECT_VALUE(cypherCompareOp(NaN, Value(1), op), FALSE_);
    EXPECT_VALUE(cypherCompareOp(Value(1.0), NaN, op), FALSE_);
    EXPECT_VALUE(cypherCompareOp(NaN, Value("a"), op), NUL);
    EXPECT_VALUE(cypherCompareOp(NUL, Value(1), op), NUL);
  }
  EXPECT_VALUE(cypherCompareOp(Value(1), Value(2), CompareOp::LT), TRUE_);
  EXPECT_VALUE(cypherCompareOp(Value(2), Value(2), CompareOp::LE), TRUE_);
  EXPECT_VALUE(cypherCompareOp(Value(2), Value(2), CompareOp::GT), FALSE_);
  EXPECT_VALUE(cypherCompareOp(Value(2), Value(2.0), CompareOp::GE), TRUE_);
}

}  // namespace
}  // namespace rollcall::test
