// Graph algorithms run under the statement's limits: a projection or result that would pass the
// memory limit stops with MemoryLimitExceeded before it is built, a long run stops at the time
// limit, and the database goes on working (and unchanged, for the write-back procedures).
#include <chrono>
#include <string>

#include "engine/common/error.h"
#include "tests/unit/engine/temp_database.h"

namespace rollcall {
namespace {

class AlgorithmLimitsTest : public TempDatabaseTest {
 protected:
  void SetUp() override {
    TempDatabaseTest::SetUp();
    // A path of 4,000 nodes: exact betweenness walks it 4,000 times (16 M steps).
    db_->execute("UNWIND range(1, 4000) AS i CREATE (:C {i: i})");
    db_->execute("MATCH (a:C), (b:C) WHERE b.i = a.i + 1 CREATE (a)-[:NEXT]->(b)");
  }
  ErrorClass errorOf(const std::string& query) {
    try {
      db_->execute(query);
    } catch (const CypherError& e) {
      message_ = e.what();
      return e.errorClass();
    }
    ADD_FAILURE() << "no error: " << query;
    return ErrorClass::INTERNAL_ERROR;
  }
  std::string message_;
};

TEST_F(AlgorithmLimitsTest, ProjectionPastTheMemoryLimitIsRefused) {
  db_->setMemoryLimit(32 * 1024);
  EXPECT_EQ(errorOf("CALL algo.pageRank({labels: 'C'}) YIELD node, score RETURN count(*)"),
            ErrorClass::MEMORY_LIMIT_EXCEEDED);
  EXPECT_NE(message_.find("more for algo.pageRank projecting"), std::string::npos) << message_;
  db_->setMemoryLimit(64 * 1024 * 1024);
  EXPECT_EQ(single("CALL algo.pageRank({labels: 'C'}) YIELD node RETURN count(*)").asInt(), 4000);
}

TEST_F(AlgorithmLimitsTest, WriteBackPastTheMemoryLimitWritesNothing) {
  db_->setMemoryLimit(32 * 1024);
  EXPECT_EQ(errorOf("CALL algo.wcc.write({property: 'component'})"),
            ErrorClass::MEMORY_LIMIT_EXCEEDED);
  db_->setMemoryLimit(0);
  EXPECT_EQ(single("MATCH (c:C) WHERE c.component IS NOT NULL RETURN count(c)").asInt(), 0);
}

TEST_F(AlgorithmLimitsTest, LongRunStopsAtTheTimeLimit) {
  db_->setStatementTimeout(std::chrono::milliseconds(100));
  auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(errorOf("CALL algo.betweenness({direction: 'BOTH'}) YIELD node RETURN count(*)"),
            ErrorClass::TRANSACTION_TIMED_OUT);
  auto took = std::chrono::steady_clock::now() - start;
  EXPECT_LT(took, std::chrono::seconds(20));  // loose: sanitizer builds on a busy machine
  db_->setStatementTimeout(std::chrono::milliseconds(0));
  EXPECT_EQ(single("CALL algo.wcc() YIELD componentId RETURN count(DISTINCT componentId)").asInt(),
            1);
}

}  // namespace
}  // namespace rollcall
