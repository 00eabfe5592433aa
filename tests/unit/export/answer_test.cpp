// The comparison the pack test relies on: it must tell real differences from the freedom
// ORDER BY and LIMIT leave to an engine.
#include "tests/unit/export/answer.h"

#include <gtest/gtest.h>

namespace rollcall::sqltest {
namespace {

const Answer TIED = {{"a", "3"}, {"b", "3"}, {"c", "2"}, {"d", "1"}};

TEST(AnswerTest, TiesMayComeInAnyOrder) {
  Answer swapped = {{"b", "3"}, {"a", "3"}, {"c", "2"}, {"d", "1"}};
  EXPECT_EQ(compareAnswers(TIED, swapped, {{1}}), "");
  EXPECT_NE(compareAnswers(TIED, swapped, {{0, 1}}), "");
}

TEST(AnswerTest, KeysOutOfOrderDiffer) {
  Answer reordered = {{"a", "3"}, {"b", "3"}, {"d", "1"}, {"c", "2"}};
  EXPECT_EQ(compareAnswers(TIED, reordered, {{1}}), "different ORDER BY keys or key order");
  EXPECT_EQ(compareAnswers(TIED, reordered, {}), "");
}

TEST(AnswerTest, OnlyTheLastRunMayBeCutDifferentlyByLimit) {
  Answer want = {{"a", "3"}, {"b", "2"}};
  Answer otherTie = {{"a", "3"}, {"z", "2"}};
  EXPECT_EQ(compareAnswers(want, otherTie, {{1}, /*limited=*/true}), "");
  EXPECT_NE(compareAnswers(want, otherTie, {{1}, /*limited=*/false}), "");
  Answer firstRowDiffers = {{"z", "3"}, {"b", "2"}};
  EXPECT_NE(compareAnswers(want, firstRowDiffers, {{1}, /*limited=*/true}), "");
}

TEST(AnswerTest, RowCountAndNullsMatter) {
  EXPECT_EQ(compareAnswers(TIED, {TIED[0]}, {}), "1 rows instead of 4");
  Answer withNull = TIED;
  withNull[3][0] = std::nullopt;
  EXPECT_NE(compareAnswers(TIED, withNull, {}), "");
}

TEST(AnswerTest, SqlTextIsReadAsTheCypherColumnsKind) {
  using K = Value::Kind;
  SqlRows rows = {{"1", "0.67", "t", "1", "2024-01-08", std::nullopt, "NULL"}};
  Answer got = normalise(rows, {K::FLOAT, K::FLOAT, K::BOOL, K::BOOL, K::DATE, K::INT, K::STRING});
  EXPECT_EQ(got,
            (Answer{{"1.000000", "0.670000", "true", "true", "2024-01-08", std::nullopt, "NULL"}}));
  // An integer column keeps the text: "3.0" from a NUMERIC is not the integer 3.
  EXPECT_EQ(normalise(SqlRows{{"3.0"}}, {K::INT}), (Answer{{"3.0"}}));
}

TEST(AnswerTest, CypherValuesNormalise) {
  QueryResult result;
  result.columns = {"i", "f", "s", "n", "b"};
  result.rows = {{Value(int64_t{42}), Value(2.0 / 3), Value("x"), Value(), Value(false)}};
  EXPECT_EQ(normalise(result), (Answer{{"42", "0.666667", "x", std::nullopt, "false"}}));
  EXPECT_EQ(columnKinds(result),
            (std::vector<Value::Kind>{Value::Kind::INT, Value::Kind::FLOAT, Value::Kind::STRING,
                                      Value::Kind::NUL, Value::Kind::BOOL}));
}

}  // namespace
}  // namespace rollcall::sqltest
