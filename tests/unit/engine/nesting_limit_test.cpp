// Genuine nesting is bounded (issue 11): up to MAX_NESTING_DEPTH levels work, one more is
// SyntaxError NestingTooDeep pointing at the construct that went too deep, and the database
// answers the next statement.
#include <string>

#include "engine/common/error.h"
#include "engine/parser/parser.h"
#include "tests/unit/engine/temp_database.h"

namespace rollcall {
namespace {

constexpr size_t LIMIT = MAX_NESTING_DEPTH;

struct Nesting {
  std::string open;   // written once per level, outermost first
  std::string inner;  // what the innermost level holds
  std::string close;  // written once per level after `inner`
};

std::string nested(const Nesting& n, size_t levels) {
  return "RETURN " + repeated(n.open, levels) + n.inner + repeated(n.close, levels);
}

class NestingLimitTest : public TempDatabaseTest {
 protected:
  // One level too many fails at the opener of the last level, and the next statement works.
  void expectTooDeep(const Nesting& n) {
    std::string query = nested(n, LIMIT + 1);
    uint32_t lastOpener = uint32_t(std::string("RETURN ").size() + LIMIT * n.open.size());
    try {
      db_->execute(query);
      ADD_FAILURE() << "no error for " << n.open;
    } catch (const CypherError& e) {
      EXPECT_EQ(e.errorClass(), ErrorClass::SYNTAX_ERROR);
      EXPECT_EQ(e.detail(), "NestingTooDeep");
      EXPECT_EQ(e.offset(), lastOpener) << n.open;
      std::string what = e.what();
      EXPECT_EQ(what.rfind("SyntaxError: NestingTooDeep: Nesting deeper than 1000 levels", 0), 0u);
      EXPECT_NE(what.find("line 1, column " + std::to_string(lastOpener + 1)), std::string::npos);
    }
    EXPECT_EQ(single("RETURN 40 + 2").asInt(), 42);
  }
};

const Nesting PARENTHESES{"(", "1", ")"};
const Nesting NOTS{"NOT ", "true", ""};
const Nesting SIGNS{"- ", "1", ""};
const Nesting LISTS{"[", "1", "]"};
const Nesting MAPS{"{a: ", "1", "}"};
const Nesting CALLS{"abs(", "1", ")"};
const Nesting CASES{"CASE WHEN true THEN ", "1", " END"};

TEST_F(NestingLimitTest, ParenthesesAtTheLimit) {
  EXPECT_EQ(single(nested(PARENTHESES, LIMIT)).asInt(), 1);
  expectTooDeep(PARENTHESES);
}

TEST_F(NestingLimitTest, NotAtTheLimit) {
  EXPECT_TRUE(single(nested(NOTS, LIMIT)).asBool());
  // RETURN is a second clause here, a level of its own.
  EXPECT_FALSE(single("WITH true AS t RETURN " + repeated("NOT ", LIMIT - 1) + "t").asBool());
  expectTooDeep(NOTS);
}

TEST_F(NestingLimitTest, SignsAtTheLimit) {
  EXPECT_EQ(single(nested(SIGNS, LIMIT)).asInt(), 1);
  expectTooDeep(SIGNS);
}

TEST_F(NestingLimitTest, ListsAtTheLimit) {
  Value v = single(nested(LISTS, LIMIT));
  for (size_t i = 0; i < LIMIT; ++i) v = Value(v.asList().at(0));
  EXPECT_EQ(v.asInt(), 1);
  expectTooDeep(LISTS);
}

TEST_F(NestingLimitTest, MapsAtTheLimit) {
  EXPECT_EQ(single(nested(MAPS, LIMIT)).kind(), Value::Kind::MAP);
  expectTooDeep(MAPS);
}

TEST_F(NestingLimitTest, FunctionCallsAtTheLimit) {
  EXPECT_EQ(single(nested(CALLS, LIMIT)).asInt(), 1);
  expectTooDeep(CALLS);
}

TEST_F(NestingLimitTest, CaseAtTheLimit) {
  EXPECT_EQ(single(nested(CASES, LIMIT)).asInt(), 1);
  expectTooDeep(CASES);
}

// Evaluated per row rather than folded at bind time: the evaluator recurses too. RETURN (the
// second clause) and sum( take a level each.
TEST_F(NestingLimitTest, RuntimeEvaluationAtTheLimit) {
  std::string query = "UNWIND [1, 2] AS x RETURN sum(" + repeated("(x + ", LIMIT - 2) + "x" +
                      repeated(")", LIMIT - 2) + ")";
  EXPECT_EQ(single(query).asInt(), 3 * int64_t(LIMIT - 1));
}

TEST_F(NestingLimitTest, PropertyLookupsCount) {
  try {
    db_->execute("RETURN m" + repeated(".a", LIMIT + 1));
    ADD_FAILURE() << "no error";
  } catch (const CypherError& e) {
    EXPECT_EQ(e.detail(), "NestingTooDeep");
  }
}

TEST_F(NestingLimitTest, MixedNestingAddsUp) {
  const size_t triples = LIMIT / 3;  // each `size([-` opens three levels: call, list, sign
  auto query = [&](size_t parens) {
    return "RETURN " + repeated("size([- ", triples) + repeated("(", parens) + "1" +
           repeated(")", parens) + repeated("])", triples);
  };
  EXPECT_EQ(single(query(LIMIT - 3 * triples)).asInt(), 1);
  EXPECT_THROW(db_->execute(query(LIMIT - 3 * triples + 1)), CypherError);
}

// The plan stacks one operator per clause, so clauses after the first count as levels.
TEST_F(NestingLimitTest, ClausesAfterTheFirstCount) {
  auto query = [](size_t withs) { return repeated("WITH 1 AS x ", withs) + "RETURN x"; };
  EXPECT_EQ(single(query(LIMIT)).asInt(), 1);
  for (size_t withs : {LIMIT + 1, size_t{100000}}) {
    try {
      db_->execute(query(withs));
      ADD_FAILURE() << "no error for " << withs;
    } catch (const CypherError& e) {
      EXPECT_EQ(e.detail(), "NestingTooDeep");
      // The clause past the limit: the 1,002nd, the first 1,001 being levels 0 to 1,000.
      EXPECT_EQ(e.offset(), uint32_t((LIMIT + 1) * std::string("WITH 1 AS x ").size()));
    }
  }
}

// Each relationship of a pattern is an expand in the plan.
TEST_F(NestingLimitTest, RelationshipsCount) {
  std::string parts = joined(LIMIT + 1, ", ", [](size_t) { return "(a)-[:T]->(b)"; });
  try {
    db_->execute("MATCH " + parts + " RETURN count(*)");
    ADD_FAILURE() << "no error";
  } catch (const CypherError& e) {
    EXPECT_EQ(e.detail(), "NestingTooDeep");
  }
}

// Far past the limit, as in the issue: an error, never a crash.
TEST_F(NestingLimitTest, HundredThousandLevels) {
  for (const Nesting& n : {PARENTHESES, NOTS, SIGNS, LISTS, MAPS, CALLS, CASES}) {
    EXPECT_THROW(db_->execute(nested(n, 100000)), CypherError) << n.open;
  }
  EXPECT_EQ(single("RETURN 1").asInt(), 1);
}

}  // namespace
}  // namespace rollcall
