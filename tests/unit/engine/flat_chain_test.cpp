// Long flat chains, as programs generate them, run without recursion per term (issue 11): each
// one used to overflow the stack somewhere between the parser and the evaluator.
#include <string>

#include "tests/unit/engine/temp_database.h"

namespace rollcall {
namespace {

constexpr size_t TERMS = 100000;

std::string number(size_t i) { return std::to_string(i); }

class FlatChainTest : public TempDatabaseTest {
 protected:
  void createStudents(size_t count) {
    db_->execute("UNWIND range(0, " + std::to_string(count - 1) +
                 ") AS i CREATE (:Student {student_id: i})");
  }
};

TEST_F(FlatChainTest, OrOfTwentyThousandEqualities) {
  createStudents(30);
  std::string terms =
      joined(20000, " OR ", [](size_t i) { return "s.student_id = " + std::to_string(i * 2); });
  EXPECT_EQ(single("MATCH (s:Student) WHERE " + terms + " RETURN count(*)").asInt(), 15);
}

TEST_F(FlatChainTest, OrOfLiterals) {
  std::string terms =
      joined(TERMS, " OR ", [](size_t i) { return i + 1 == TERMS ? "true" : "false"; });
  EXPECT_TRUE(single("RETURN " + terms).asBool());
}

// 20,000 as in the WHERE: each conjunct is planned as a filter of its own first.
TEST_F(FlatChainTest, AndInWhereIsOneFilter) {
  createStudents(10);
  std::string terms =
      joined(20000, " AND ", [](size_t i) { return "s.student_id <> " + std::to_string(i + 5); });
  EXPECT_EQ(single("MATCH (s:Student) WHERE " + terms + " RETURN count(*)").asInt(), 5);
  std::string plan =
      db_->execute("EXPLAIN MATCH (s:Student) WHERE s.a = 1 AND s.b = 2 AND s.c = 3 RETURN s").plan;
  size_t first = plan.find("Filter");
  EXPECT_NE(first, std::string::npos) << plan;
  EXPECT_EQ(plan.find("Filter", first + 1), std::string::npos) << plan;
}

TEST_F(FlatChainTest, AndOfLiteralsAndVariables) {
  std::string terms = joined(TERMS, " AND ", [](size_t i) { return i % 2 ? "t" : "true"; });
  EXPECT_TRUE(single("WITH true AS t RETURN " + terms).asBool());
  EXPECT_FALSE(single("WITH true AS t RETURN t AND t AND NOT t AND t").asBool());
  EXPECT_EQ(single("WITH null AS n RETURN true AND n AND true").kind(), Value::Kind::NUL);
  EXPECT_FALSE(single("WITH null AS n RETURN n AND false AND 1 / 0 = 1").asBool());
}

TEST_F(FlatChainTest, Xor) {
  std::string terms = joined(TERMS, " XOR ", [](size_t) { return "t"; });
  EXPECT_FALSE(single("WITH true AS t RETURN " + terms).asBool());
  EXPECT_TRUE(single("WITH true AS t RETURN t XOR t XOR t").asBool());
}

TEST_F(FlatChainTest, TwoHundredThousandAdditions) {
  std::string terms = joined(2 * TERMS, " + ", [](size_t) { return "1"; });
  EXPECT_EQ(single("RETURN " + terms).asInt(), 200000);
  // Leading constants fold at bind time; the rest is added per row.
  EXPECT_EQ(single("WITH 1 AS x RETURN 1 + 2 + x + 3 - x * 2").asInt(), 5);
}

TEST_F(FlatChainTest, SubtractionFoldsFromTheLeft) {
  std::string terms = joined(TERMS, " - ", [](size_t i) { return i == 0 ? "x" : "1"; });
  EXPECT_EQ(single("WITH 0 AS x RETURN " + terms).asInt(), -99999);
  EXPECT_EQ(single("WITH 0 AS x RETURN 10 - 2 - 3 + x - 1 - 1 + 1").asInt(), 4);
}

TEST_F(FlatChainTest, MultiplicationDivisionAndModulo) {
  std::string terms = joined(TERMS, " * ", [](size_t i) { return i == 0 ? "x" : "1"; });
  EXPECT_EQ(single("WITH 3 AS x RETURN " + terms).asInt(), 3);
  EXPECT_EQ(single("WITH 100 AS x RETURN x / 3 * 3 % 7").asInt(), 1);
  EXPECT_EQ(single("RETURN 2 ^ 3 ^ 2").asFloat(), 64.0);
}

TEST_F(FlatChainTest, StringConcatenation) {
  std::string terms = joined(TERMS, " + ", [](size_t) { return "s"; });
  EXPECT_EQ(single("WITH 'ab' AS s RETURN " + terms).asString().size(), 2 * TERMS);
}

TEST_F(FlatChainTest, ChainedComparison) {
  std::string terms = joined(TERMS, " < ", number);
  EXPECT_TRUE(single("WITH -1 AS x RETURN x < " + terms).asBool());
  EXPECT_FALSE(single("WITH 0 AS x RETURN x < 1 < 3 < 2").asBool());
}

TEST_F(FlatChainTest, Union) {
  std::string parts =
      joined(TERMS, " UNION ", [](size_t i) { return "RETURN " + std::to_string(i % 3) + " AS x"; });
  EXPECT_EQ(db_->execute(parts).rows.size(), 3u);
}

// Parts of different widths: the row is as wide as the widest, and each part's columns land in
// the union's.
TEST_F(FlatChainTest, UnionAllOfUnevenParts) {
  QueryResult result = db_->execute(
      "UNWIND [1, 2] AS a WITH a, a * 10 AS b, a * 100 AS c RETURN a + b + c AS x "
      "UNION ALL RETURN 7 AS x "
      "UNION ALL WITH 5 AS y UNWIND range(1, y) AS z WITH sum(z) AS s RETURN s AS x");
  ASSERT_EQ(result.rows.size(), 4u);
  EXPECT_EQ(result.rows[0][0].asInt(), 111);
  EXPECT_EQ(result.rows[1][0].asInt(), 222);
  EXPECT_EQ(result.rows[2][0].asInt(), 7);
  EXPECT_EQ(result.rows[3][0].asInt(), 15);
}

std::string items() {
  return joined(TERMS, ", ",
                [](size_t i) { return std::to_string(i) + " AS c" + std::to_string(i); });
}

// One test per 100,000-item query: each takes a minute or two in the ASan build under load.
TEST_F(FlatChainTest, ReturnItems) {
  QueryResult result = db_->execute("RETURN " + items());
  ASSERT_EQ(result.columns.size(), TERMS);
  EXPECT_EQ(result.rows.at(0).at(TERMS - 1).asInt(), int64_t(TERMS - 1));
}

TEST_F(FlatChainTest, WithItems) {
  EXPECT_EQ(single("WITH " + items() + " RETURN c99999 + c1").asInt(), 100000);
}

TEST_F(FlatChainTest, InListOfLiterals) {
  createStudents(10);
  std::string list = "[" + joined(TERMS, ", ", [](size_t i) { return number(i * 3); }) + "]";
  EXPECT_TRUE(single("RETURN 299997 IN " + list).asBool());
  EXPECT_EQ(single("MATCH (s:Student) WHERE s.student_id IN " + list + " RETURN count(*)").asInt(),
            4);
}

std::string bigMap() {
  return "{" +
         joined(TERMS, ", ",
                [](size_t i) { return "k" + std::to_string(i) + ": " + std::to_string(i); }) +
         "}";
}

TEST_F(FlatChainTest, PropertyMapLookup) {
  EXPECT_EQ(single("RETURN " + bigMap() + ".k99999").asInt(), 99999);
}

TEST_F(FlatChainTest, PropertyMapKeys) {
  EXPECT_EQ(single("WITH 1 AS x RETURN size(keys(" + bigMap() + "))").asInt(), int64_t(TERMS));
}

// Node maps become one Filter, relationship maps one predicate. 2,000 keys: reading one property
// decodes the entity's whole record, so checking every key costs time quadratic in the keys.
TEST_F(FlatChainTest, PatternPropertyMaps) {
  std::string map =
      "{" +
      joined(2000, ", ",
             [](size_t i) { return "k" + std::to_string(i) + ": " + std::to_string(i); }) +
      "}";
  db_->execute("CREATE (:Big " + map + ")-[:T " + map + "]->(:Big)");
  EXPECT_EQ(single("MATCH (n:Big " + map + ") RETURN count(*)").asInt(), 1);
  EXPECT_EQ(single("MATCH ()-[r:T " + map + "]->() RETURN count(*)").asInt(), 1);
}

}  // namespace
}  // namespace rollcall
