// Planner statistics of bulk loads: the same figures as transactional writes.
#include "storage/graph/statistics.h"
#include "tests/unit/storage/storage_test_util.h"

namespace rollcall::storage::testing {
namespace {

struct Ids {
  LabelId student, session, tutor;
  RelTypeId attended;
  PropKeyId age;
};

// 1,000 students (ages 0..99, student i also a Tutor when i % 10 == 0), 10 sessions; student i
// attends sessions i % 10 and (i + 1) % 10. Through a bulk writer or one transaction.
template <typename Writer>
void load(Writer& w, const Ids& ids, NodeId oldStudent, NodeId oldSession) {
  std::vector<NodeId> sessions;
  for (int i = 0; i < 10; ++i) sessions.push_back(w.addNode({ids.session}, {}));
  for (int i = 0; i < 1000; ++i) {
    std::vector<LabelId> labels = {ids.student};
    if (i % 10 == 0) labels.push_back(ids.tutor);
    NodeId s = w.addNode(labels, {{ids.age, int64_t(i % 100)}});
    w.addRel(ids.attended, s, sessions[i % 10], {});
    w.addRel(ids.attended, s, sessions[(i + 1) % 10], {});
  }
  w.addRel(ids.attended, oldStudent, sessions[0], {});
  w.addRel(ids.attended, oldStudent, oldSession, {});
}

struct TxnWriter {
  Transaction& txn;
  NodeId addNode(const std::vector<LabelId>& l, Properties p) { return txn.createNode(l, p); }
  void addRel(RelTypeId t, NodeId s, NodeId e, Properties p) { txn.createRel(t, s, e, p); }
};

class StatsBulkTest : public StoreTest {
 protected:
  Ids ids() {
    return {label("Student"), label("Session"), label("Tutor"), relType("ATTENDED"), key("age")};
  }
  // A committed student (age 200) attending a committed session once: the load adds to them.
  std::pair<NodeId, NodeId> committedPair(const Ids& i) {
    auto txn = store_->begin();
    NodeId s = txn->createNode({i.student}, {{i.age, 200}});
    NodeId c = txn->createNode({i.session}, {});
    txn->createRel(i.attended, s, c, {});
    txn->commit();
    return {s, c};
  }
  void expectFigures(const Ids& i) {
    auto ages = store_->propertyStats(i.student, i.age);
    EXPECT_EQ(ages.count, 1001u);
    EXPECT_NEAR(ages.distinct, 101.0, 3.0);
    EXPECT_EQ(ages.min, 0.0);
    EXPECT_EQ(ages.max, 200.0);
    EXPECT_EQ(store_->propertyStats(i.tutor, i.age).count, 100u);
    EXPECT_EQ(store_->propertyStats(i.tutor, i.age).max, 90.0);
    auto out = store_->degreeStats(i.student, i.attended, Direction::OUT);
    EXPECT_EQ(out.rels, 2003u);
    EXPECT_EQ(out.maxDegree, 3u);  // the committed student: one old, two new
    EXPECT_EQ(store_->degreeStats(i.tutor, i.attended, Direction::OUT).rels, 200u);
    auto in = store_->degreeStats(i.session, i.attended, Direction::IN);
    EXPECT_EQ(in.rels, 2003u);
    EXPECT_EQ(in.maxDegree, 201u);  // new session 0: 200 students and the committed one
    EXPECT_EQ(store_->degreeStats(i.session, i.attended, Direction::OUT).rels, 0u);
  }
};

TEST_F(StatsBulkTest, TransactionFigures) {
  Ids i = ids();
  auto [oldStudent, oldSession] = committedPair(i);
  auto txn = store_->begin();
  TxnWriter writer{*txn};
  load(writer, i, oldStudent, oldSession);
  txn->commit();
  expectFigures(i);
}

TEST_F(StatsBulkTest, BulkLoadGivesTheSameFiguresAndSurvivesReopen) {
  Ids i = ids();
  auto [oldStudent, oldSession] = committedPair(i);
  auto bulk = store_->bulkWriter();
  load(*bulk, i, oldStudent, oldSession);
  bulk->finish();
  bulk.reset();
  expectFigures(i);
  reopen();
  expectFigures(i);
}

}  // namespace
}  // namespace rollcall::storage::testing
