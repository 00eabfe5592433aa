// Planner statistics through transactions: exact counts after every kind of write, bounds for
// min/max and maximum degree, and persistence.
#include "storage/graph/statistics.h"

#include <rocksdb/write_batch.h>

#include "storage/codec/keys.h"
#include "storage/common/storage_error.h"
#include "storage/kv/kv_store.h"
#include "tests/unit/storage/storage_test_util.h"

namespace rollcall::storage::testing {
namespace {

class StatisticsTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    student = label("Student");
    session = label("Session");
    tutor = label("Tutor");
    attended = relType("ATTENDED");
    age = key("age");
    name = key("name");
  }
  // Three students (one without an age), two sessions; students 0 and 1 attend both sessions,
  // student 2 attends session 0.
  void buildGraph() {
    auto txn = store_->begin();
    students = {txn->createNode({student}, {{name, "Ann"}, {age, 20}}),
                txn->createNode({student}, {{name, "Bob"}, {age, 31}}),
                txn->createNode({student}, {{name, "Cy"}})};
    sessions = {txn->createNode({session}, {}), txn->createNode({session}, {})};
    for (int s : {0, 1}) {
      for (NodeId c : sessions) rels.push_back(txn->createRel(attended, students[s], c, {}));
    }
    rels.push_back(txn->createRel(attended, students[2], sessions[0], {}));
    txn->commit();
  }
  DegreeStats out(LabelId l) { return store_->degreeStats(l, attended, Direction::OUT); }
  DegreeStats in(LabelId l) { return store_->degreeStats(l, attended, Direction::IN); }

  LabelId student, session, tutor;
  RelTypeId attended;
  PropKeyId age, name;
  std::vector<NodeId> students, sessions;
  std::vector<RelId> rels;
};

TEST_F(StatisticsTest, CreatesAreCountedExactly) {
  buildGraph();
  EXPECT_EQ(store_->propertyStats(student, name).count, 3u);
  EXPECT_EQ(store_->propertyStats(student, age).count, 2u);
  EXPECT_EQ(store_->propertyStats(session, age).count, 0u);
  EXPECT_EQ(store_->propertyStats(session, age).distinct, 0.0);
  EXPECT_NEAR(store_->propertyStats(student, name).distinct, 3.0, 0.05);
  EXPECT_EQ(out(student).rels, 5u);
  EXPECT_EQ(out(student).maxDegree, 2u);
  EXPECT_EQ(in(session).rels, 5u);
  EXPECT_EQ(in(session).maxDegree, 3u);
  EXPECT_EQ(in(student).rels, 0u);
  EXPECT_EQ(out(session).rels, 0u);
}

TEST_F(StatisticsTest, DeletesSubtractAndKeepBounds) {
  buildGraph();
  auto txn = store_->begin();
  txn->deleteRel(rels[0]);  // student 0 -> session 0
  // DETACH DELETE of student 1: its relationships, then the node.
  std::vector<Edge> edges;
  txn->neighbours(students[1], attended, Direction::OUT, edges);
  for (const auto& e : edges) txn->deleteRel(e.rel);
  txn->deleteNode(students[1]);
  txn->commit();
  EXPECT_EQ(out(student).rels, 2u);
  EXPECT_EQ(out(student).maxDegree, 2u);  // a bound: deletes do not narrow it
  EXPECT_EQ(in(session).rels, 2u);
  EXPECT_EQ(store_->propertyStats(student, name).count, 2u);
  EXPECT_EQ(store_->propertyStats(student, age).count, 1u);
  EXPECT_EQ(store_->propertyStats(student, age).max, 31.0);
  EXPECT_LE(store_->propertyStats(student, age).distinct, 1.0);
}

TEST_F(StatisticsTest, PropertyOverwriteAndRemove) {
  buildGraph();
  auto txn = store_->begin();
  txn->setNodeProperty(students[0], age, 45);          // overwrite: same count, wider range
  txn->setNodeProperty(students[1], age, {});          // remove
  txn->setNodeProperty(students[2], age, 18.5);        // add
  txn->setNodeProperties(sessions[0], {{name, "x"}});  // replace all
  txn->commit();
  auto ages = store_->propertyStats(student, age);
  EXPECT_EQ(ages.count, 2u);
  EXPECT_EQ(ages.min, 18.5);
  EXPECT_EQ(ages.max, 45.0);
  EXPECT_EQ(store_->propertyStats(session, name).count, 1u);
}

TEST_F(StatisticsTest, LabelAddAndRemoveMoveDegreesAndProperties) {
  buildGraph();
  auto txn = store_->begin();
  EXPECT_TRUE(txn->addLabel(students[0], tutor));
  EXPECT_TRUE(txn->addLabel(sessions[0], tutor));
  txn->commit();
  EXPECT_EQ(out(tutor).rels, 2u);
  EXPECT_EQ(out(tutor).maxDegree, 2u);
  EXPECT_EQ(in(tutor).rels, 3u);
  EXPECT_EQ(store_->propertyStats(tutor, age).count, 1u);
  EXPECT_EQ(store_->propertyStats(tutor, age).min, 20.0);
  txn = store_->begin();
  EXPECT_TRUE(txn->removeLabel(students[0], student));
  // A relationship created after the label change counts for the new labels only.
  txn->createRel(attended, students[0], sessions[1], {});
  txn->commit();
  EXPECT_EQ(out(student).rels, 3u);
  EXPECT_EQ(out(tutor).rels, 3u);
  EXPECT_EQ(out(tutor).maxDegree, 3u);
  EXPECT_EQ(store_->propertyStats(student, age).count, 1u);
  EXPECT_EQ(store_->propertyStats(student, name).count, 2u);
}

TEST_F(StatisticsTest, RollbackChangesNothing) {
  buildGraph();
  auto txn = store_->begin();
  txn->createRel(attended, students[2], sessions[1], {});
  txn->createNode({student}, {{age, 99}});
  txn->setNodeProperty(students[0], age, -5);
  EXPECT_THROW(txn->createRel(attended, students[0], 12345, {}), StorageError);
  txn->rollback();
  EXPECT_EQ(out(student).rels, 5u);
  EXPECT_EQ(store_->propertyStats(student, age).count, 2u);
  EXPECT_EQ(store_->propertyStats(student, age).min, 20.0);
  EXPECT_EQ(store_->propertyStats(student, age).max, 31.0);
}

TEST_F(StatisticsTest, CommitAndContinueThenRollback) {
  buildGraph();
  auto txn = store_->begin();
  txn->createRel(attended, students[2], sessions[1], {});
  txn->commitAndContinue();
  EXPECT_EQ(out(student).rels, 6u);
  txn->createRel(attended, students[2], sessions[1], {});
  txn->commitAndContinue();
  EXPECT_EQ(out(student).rels, 7u);
  EXPECT_EQ(out(student).maxDegree, 3u);
  txn->createRel(attended, students[2], sessions[1], {});
  txn->rollback();
  EXPECT_EQ(out(student).rels, 7u);
  EXPECT_EQ(in(session).maxDegree, 4u);
}

TEST_F(StatisticsTest, MinMaxOfIntsDoublesDates) {
  auto when = key("when"), score = key("score"), tag = key("tag");
  auto txn = store_->begin();
  txn->createNode({session}, {{age, -7}, {score, 2.5}, {when, Date{19000}}, {tag, "a"}});
  txn->createNode({session}, {{age, 12}, {score, -0.25}, {when, Date{-10}}, {tag, "b"}});
  txn->createNode({session}, {{age, 3}, {score, 1e9}, {when, Date{365}}});
  txn->commit();
  auto ints = store_->propertyStats(session, age);
  EXPECT_EQ(ints.min, -7.0);
  EXPECT_EQ(ints.max, 12.0);
  auto doubles = store_->propertyStats(session, score);
  EXPECT_EQ(doubles.min, -0.25);
  EXPECT_EQ(doubles.max, 1e9);
  auto dates = store_->propertyStats(session, when);
  EXPECT_EQ(dates.min, -10.0);
  EXPECT_EQ(dates.max, 19000.0);
  auto strings = store_->propertyStats(session, tag);
  EXPECT_EQ(strings.count, 2u);
  EXPECT_FALSE(strings.min.has_value());
  EXPECT_FALSE(strings.max.has_value());
}

TEST_F(StatisticsTest, SurviveReopen) {
  buildGraph();
  reopen();
  EXPECT_EQ(store_->propertyStats(student, age).count, 2u);
  EXPECT_EQ(store_->propertyStats(student, age).max, 31.0);
  EXPECT_EQ(out(student).rels, 5u);
  EXPECT_EQ(in(session).maxDegree, 3u);
}

// A database of format 1 (written before the statistics) gets them when first opened for
// writing, equal to those its commits would have kept; a read-only open changes nothing.
TEST_F(StatisticsTest, RebuiltWhenAFormat1DatabaseIsOpened) {
  buildGraph();
  PropertyStats ages = store_->propertyStats(student, age);
  DegreeStats attendedOut = out(student), attendedIn = in(session);
  store_.reset();
  {
    kv::KvStore kv(dir_, /*createIfMissing=*/false, /*readOnly=*/false);
    rocksdb::WriteBatch batch;
    batch.DeleteRange(kv.cf(kv::Cf::META), keys::STATS_PREFIX, keys::prefixEnd(keys::STATS_PREFIX));
    std::string v1;
    codec::putU32(v1, 1);
    batch.Put(kv.cf(kv::Cf::META), keys::META_FORMAT, v1);
    kv.write(batch);
  }
  store_ = GraphStore::open(dir_, {.createIfMissing = false, .readOnly = true});
  EXPECT_EQ(store_->propertyStats(student, age).count, 0u);
  store_ = nullptr;
  store_ = GraphStore::open(dir_);
  PropertyStats rebuilt = store_->propertyStats(student, age);
  EXPECT_EQ(rebuilt.count, ages.count);
  EXPECT_EQ(rebuilt.distinct, ages.distinct);
  EXPECT_EQ(rebuilt.min, ages.min);
  EXPECT_EQ(rebuilt.max, ages.max);
  EXPECT_EQ(out(student).rels, attendedOut.rels);
  EXPECT_EQ(out(student).maxDegree, attendedOut.maxDegree);
  EXPECT_EQ(in(session).rels, attendedIn.rels);
  EXPECT_EQ(in(session).maxDegree, attendedIn.maxDegree);
  reopen();  // the format moved on: no second rebuild, same figures
  EXPECT_EQ(store_->propertyStats(student, age).count, ages.count);
}

TEST_F(StatisticsTest, DistinctOfManyNodesWithinTenPercent) {
  auto txn = store_->begin();
  for (int64_t i = 0; i < 100000; ++i) txn->createNode({student}, {{age, i % 20000}});
  txn->commit();
  auto stats = store_->propertyStats(student, age);
  EXPECT_EQ(stats.count, 100000u);
  EXPECT_NEAR(stats.distinct, 20000.0, 2000.0);
  EXPECT_EQ(stats.max, 19999.0);
}

}  // namespace
}  // namespace rollcall::storage::testing
