// A statement's time limit (DatabaseOptions::statementTimeout): a statement running past it
// stops with TransactionTimedOut, what it wrote is rolled back, and the next statement works.
#include <chrono>
#include <string>

#include "engine/common/error.h"
#include "tests/unit/engine/temp_database.h"

namespace rollcall {
namespace {

using std::chrono::milliseconds;

// 100 million rows: minutes of work, stopped long before.
const char* const LONG_READ =
    "UNWIND range(1, 10000) AS a UNWIND range(1, 10000) AS b RETURN count(*) AS n";
const char* const LONG_WRITE =
    "UNWIND range(1, 10000) AS a UNWIND range(1, 10000) AS b CREATE (:T {a: a, b: b})";

class StatementTimeoutTest : public TempDatabaseTest {
 protected:
  void SetUp() override {
    TempDatabaseTest::SetUp();
    db_->setStatementTimeout(milliseconds(100));
  }
  // Runs `query`, expecting it to time out; returns how long it took.
  milliseconds expectTimeout(const char* query) {
    auto start = std::chrono::steady_clock::now();
    try {
      db_->execute(query);
      ADD_FAILURE() << "no timeout: " << query;
    } catch (const CypherError& e) {
      EXPECT_EQ(e.errorClass(), ErrorClass::TRANSACTION_TIMED_OUT) << e.what();
      EXPECT_NE(std::string(e.what()).find("time limit of 0.1 s"), std::string::npos) << e.what();
    }
    return std::chrono::duration_cast<milliseconds>(std::chrono::steady_clock::now() - start);
  }
  int64_t count(const char* query) { return single(query).asInt(); }
};

TEST_F(StatementTimeoutTest, LongReadStopsAndTheNextStatementRuns) {
  milliseconds took = expectTimeout(LONG_READ);
  // Stopped within a batch of the deadline, not after the minutes the statement needs (the
  // bound is loose: sanitizer builds and a busy machine are slow).
  EXPECT_LT(took.count(), 20000);
  EXPECT_EQ(count("RETURN 41 + 1"), 42);
}

TEST_F(StatementTimeoutTest, LongWriteIsRolledBack) {
  db_->execute("CREATE (:T {a: 0})");
  expectTimeout(LONG_WRITE);
  EXPECT_EQ(count("MATCH (t:T) RETURN count(t)"), 1);
}

TEST_F(StatementTimeoutTest, NoLimitOnceTurnedOff) {
  db_->setStatementTimeout(milliseconds(0));
  EXPECT_EQ(count("UNWIND range(1, 300) AS a UNWIND range(1, 300) AS b RETURN count(*)"), 90000);
}

TEST_F(StatementTimeoutTest, QuickStatementsAreUnaffected) {
  EXPECT_EQ(count("UNWIND range(1, 1000) AS x RETURN sum(x)"), 500500);
}

}  // namespace
}  // namespace rollcall
