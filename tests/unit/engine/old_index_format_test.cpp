// A format 3 database opened read-only answers queries without its indexes (their keys are in the
// older encoding): the planner scans the label instead, and the answers stay right. Opened for
// writing, it is converted and seeks again.
#include "tests/unit/storage/old_index_format.h"

#include <string>

#include "tests/unit/engine/temp_database.h"

namespace rollcall {
namespace {

class OldIndexFormatTest : public TempDatabaseTest {
 protected:
  void SetUp() override {
    TempDatabaseTest::SetUp();
    db_->execute("CREATE INDEX p_x FOR (p:P) ON (p.x)");
    db_->execute("CREATE (:P {x: 1, n: 'int'}), (:P {x: 1.0, n: 'float'}), (:P {x: 2, n: 'two'})");
    db_.reset();
    storage::testing::downgradeToFormatThree(dir_.string());
  }
  void open(bool readOnly) {
    db_ = std::make_unique<Database>(dir_.string(), DatabaseOptions{.readOnly = readOnly});
  }
  std::string plan() { return db_->execute("EXPLAIN " + QUERY).plan; }
  size_t rows() { return db_->execute(QUERY).rows.size(); }

  const std::string QUERY = "MATCH (p:P {x: 1}) RETURN p.n";
};

TEST_F(OldIndexFormatTest, ReadOnlyScansInsteadOfSeeking) {
  open(/*readOnly=*/true);
  EXPECT_EQ(plan().find("NodeIndexSeek"), std::string::npos) << plan();
  EXPECT_NE(plan().find("NodeByLabelScan (p:P)"), std::string::npos) << plan();
  EXPECT_EQ(rows(), 2u);
}

TEST_F(OldIndexFormatTest, OpeningForWritingConvertsAndSeeks) {
  open(/*readOnly=*/false);
  db_.reset();
  open(/*readOnly=*/true);
  EXPECT_NE(plan().find("NodeIndexSeek (p:P)"), std::string::npos) << plan();
  EXPECT_EQ(rows(), 2u);
}

}  // namespace
}  // namespace rollcall
