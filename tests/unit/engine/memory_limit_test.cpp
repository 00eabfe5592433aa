// The statement memory limit (DatabaseOptions::memoryLimit): a statement that would hold more
// than it — a huge range(), collect(), ORDER BY, grouping, DISTINCT, result table or
// transaction — stops with MemoryLimitExceeded naming what outgrew it, nothing it wrote stays,
// and the next statement runs. The same shapes bounded (LIMIT, fewer rows) still work.
#include <string>

#include "engine/common/error.h"
#include "engine/exec/memory_budget.h"
#include "tests/unit/engine/temp_database.h"

namespace rollcall {
namespace {

constexpr uint64_t MiB = 1024 * 1024;

// 100,000 rows from two small lists (range(1, 100000) alone would be refused up front): a few
// MiB in any structure holding them, against a limit of 2 MiB.
const std::string ROWS = "UNWIND range(1, 100) AS a UNWIND range(1, 1000) AS b ";

class MemoryLimitTest : public TempDatabaseTest {
 protected:
  void SetUp() override {
    TempDatabaseTest::SetUp();
    db_->setMemoryLimit(2 * MiB);
  }
  // Runs `query`, expecting MemoryLimitExceeded while holding `what`.
  void expectExceeded(const std::string& query, const std::string& what) {
    try {
      db_->execute(query);
      ADD_FAILURE() << "no MemoryLimitExceeded: " << query;
    } catch (const CypherError& e) {
      EXPECT_EQ(e.errorClass(), ErrorClass::MEMORY_LIMIT_EXCEEDED) << e.what();
      std::string text = e.what();
      EXPECT_EQ(text.rfind("MemoryLimitExceeded: the statement needed more than its memory limit "
                           "of 2.0 MiB (",
                           0),
                0u)
          << text;
      EXPECT_NE(text.find(" more for " + what + ") and was stopped"), std::string::npos) << text;
    }
  }
  int64_t count(const std::string& query) { return single(query).asInt(); }
};

TEST_F(MemoryLimitTest, HugeRangeIsRefusedBeforeItIsBuilt) {
  db_->setMemoryLimit(1024 * MiB);
  try {
    db_->execute("UNWIND range(1, 1000000000) AS x RETURN collect(x)");
    ADD_FAILURE() << "no error";
  } catch (const CypherError& e) {
    // A billion Values, counted before any is built.
    EXPECT_EQ(e.offset(), 7u);  // at range(
    EXPECT_EQ(std::string(e.what()).substr(0, std::string(e.what()).find('\n')),
              "MemoryLimitExceeded: the statement needed more than its memory limit of 1.0 GiB "
              "(0 bytes held, " +
                  formatMemorySize(1000000000 * sizeof(Value)) +
                  " more for range()) and was stopped; its uncommitted writes were rolled back");
  }
  EXPECT_EQ(count("RETURN size(range(1, 1000))"), 1000);
}

TEST_F(MemoryLimitTest, CollectStopsAndTheNextStatementRuns) {
  expectExceeded(ROWS + "RETURN collect(a * b) AS all", "collect()");
  EXPECT_EQ(count(ROWS + "WITH a, b WHERE b <= 10 RETURN size(collect(a)) AS n"), 1000);
}

TEST_F(MemoryLimitTest, OrderByOfEveryRowStopsButTopKFits) {
  expectExceeded(ROWS + "RETURN a, b ORDER BY a * b DESC", "sorting rows");
  QueryResult top = db_->execute(ROWS + "RETURN a, b ORDER BY a * b DESC, a LIMIT 2");
  ASSERT_EQ(top.rows.size(), 2u);
  EXPECT_EQ(top.rows[0][0].asInt(), 100);
  EXPECT_EQ(top.rows[0][1].asInt(), 1000);
  EXPECT_EQ(top.rows[1][0].asInt(), 100);
  EXPECT_EQ(top.rows[1][1].asInt(), 999);
}

// TopCandidates keeps every row tied with the k-th: with all 100,000 tied it holds them all.
TEST_F(MemoryLimitTest, TopCandidatesOfManyTiesStopButFewTiesFit) {
  expectExceeded(ROWS + "WITH a, b, 0 AS tie RETURN a * b AS p, tie ORDER BY tie, p LIMIT 3",
                 "choosing top rows");
  QueryResult top =
      db_->execute(ROWS + "WITH a, b, a AS k RETURN a * b AS p, k ORDER BY k DESC, p DESC LIMIT 3");
  ASSERT_EQ(top.rows.size(), 3u);
  EXPECT_EQ(top.rows[0][0].asInt(), 100000);
  EXPECT_EQ(top.rows[1][0].asInt(), 99900);
  EXPECT_EQ(top.rows[2][0].asInt(), 99800);
}

TEST_F(MemoryLimitTest, GroupingAndDistinctStop) {
  expectExceeded(ROWS + "RETURN a * 1000 + b AS k, count(*) AS n", "grouping rows");
  expectExceeded(ROWS + "WITH DISTINCT a * 1000 + b AS k RETURN count(*) AS n", "DISTINCT");
  expectExceeded(ROWS + "RETURN count(DISTINCT a * 1000 + b) AS n", "DISTINCT in an aggregate");
  EXPECT_EQ(count(ROWS + "RETURN count(DISTINCT a % 100) AS n"), 100);
}

TEST_F(MemoryLimitTest, CartesianProductResultStops) {
  db_->execute("UNWIND range(1, 300) AS i CREATE (:N {i: i})");
  expectExceeded("MATCH (x:N), (y:N) RETURN x.i, y.i", "the result table");
  EXPECT_EQ(count("MATCH (x:N), (y:N) RETURN count(*) AS n"), 90000);
}

// 40,000 nodes, each a record, a label entry and their index in the write batch.
const std::string BIG_WRITE =
    "UNWIND range(1, 40) AS a CALL { WITH a UNWIND range(1, 1000) AS b "
    "CREATE (:X {i: a * 1000 + b, name: 'student ' + toString(b)}) }";

TEST_F(MemoryLimitTest, BigTransactionIsRolledBack) {
  db_->execute("CREATE (:X {i: 0})");
  expectExceeded(BIG_WRITE, "uncommitted writes");
  EXPECT_EQ(count("MATCH (x:X) RETURN count(x) AS n"), 1);
}

TEST_F(MemoryLimitTest, CommittedBatchesFreeTheirWrites) {
  // The same write committed every 2,000 nodes stays below the limit.
  db_->execute(BIG_WRITE + " IN TRANSACTIONS OF 2 ROWS");
  EXPECT_EQ(count("MATCH (x:X) RETURN count(x) AS n"), 40000);
}

TEST_F(MemoryLimitTest, NoLimitOnceTurnedOff) {
  db_->setMemoryLimit(0);
  EXPECT_EQ(count(ROWS + "WITH a, b ORDER BY a * b DESC RETURN count(*) AS n"), 100000);
}

TEST(MemorySize, ParsesSizesAndRefusesTheRest) {
  EXPECT_EQ(parseMemorySize("4096"), 4096u);
  EXPECT_EQ(parseMemorySize("512MiB"), 512 * MiB);
  EXPECT_EQ(parseMemorySize("512 MB"), 512 * MiB);
  EXPECT_EQ(parseMemorySize("2G"), 2048 * MiB);
  EXPECT_EQ(parseMemorySize("1.5gb"), 1536 * MiB);
  EXPECT_EQ(parseMemorySize("1k"), 1024u);
  EXPECT_EQ(parseMemorySize("off"), 0u);
  EXPECT_EQ(parseMemorySize("0"), 0u);
  for (const char* bad : {"", "abc", "12XB", "1.2.3G", "-5M", "0.1", "G"}) {
    EXPECT_THROW(parseMemorySize(bad), std::invalid_argument) << bad;
  }
  EXPECT_EQ(formatMemorySize(12), "12 bytes");
  EXPECT_EQ(formatMemorySize(1536 * MiB), "1.5 GiB");
  EXPECT_EQ(formatMemorySize(16 * MiB), "16 MiB");
}

TEST(MemorySize, DefaultIsHalfOfPhysicalMemory) {
  uint64_t limit = defaultMemoryLimit();
  EXPECT_GT(limit, 64 * MiB);
  EXPECT_EQ(DatabaseOptions{}.memoryLimit, limit);
}

}  // namespace
}  // namespace rollcall
