// Plan choices that matter for speed and are invisible in results.
#include <string>

#include "tests/unit/engine/temp_database.h"

namespace rollcall {
namespace {

class PlannerTest : public TempDatabaseTest {
 protected:
  std::string plan(const std::string& query) { return db_->execute("EXPLAIN " + query).plan; }
};

// On an empty database a label scan looks free; a LOAD CSV ... MERGE planned that way would scan
// once per row as it fills the database.
TEST_F(PlannerTest, IndexSeekBeatsScanOfEmptyLabel) {
  db_->execute("CREATE CONSTRAINT s_id FOR (s:Student) REQUIRE s.student_id IS UNIQUE");
  EXPECT_NE(plan("MERGE (s:Student {student_id: 1})").find("NodeIndexSeek"), std::string::npos);
  EXPECT_NE(plan("MATCH (s:Student {student_id: 1}) RETURN s").find("NodeIndexSeek"),
            std::string::npos);
}

TEST_F(PlannerTest, StartsFromTheSmallerLabel) {
  db_->execute("UNWIND range(1, 20) AS i CREATE (:Student {i: i})");
  db_->execute("UNWIND range(1, 2) AS i CREATE (:Session {i: i})");
  std::string p = plan("MATCH (s:Student)-[:ATTENDED]->(x:Session) RETURN s, x");
  EXPECT_NE(p.find("NodeByLabelScan (x:Session)"), std::string::npos) << p;
}

TEST_F(PlannerTest, GroupedCountDoesNotMaterialiseRows) {
  db_->execute("CREATE (:Student {name: 'a'})-[:ATTENDED]->(:Session)");
  std::string p = plan("MATCH (s:Student)-[:ATTENDED]->(x:Session) RETURN s.name, count(x)");
  EXPECT_NE(p.find("ExpandCount"), std::string::npos) << p;
  auto rows =
      db_->execute("MATCH (s:Student)-[:ATTENDED]->(x:Session) RETURN s.name, count(x)").rows;
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0][1].asInt(), 1);
}

}  // namespace
}  // namespace rollcall
