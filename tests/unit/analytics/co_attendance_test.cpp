// The co-attendance projection on small stores drawn by hand: exact pairs and weights.
#include "storage/analytics/co_attendance.h"

#include <algorithm>
#include <boost/range/iterator_range.hpp>
#include <stdexcept>
#include <string>
#include <tuple>

#include "tests/unit/storage/storage_test_util.h"

namespace rollcall::storage::testing {
namespace {

using analytics::CoAttendanceSpec;
using analytics::GraphView;

// (smaller node, larger node, weight) once per undirected edge.
using Pairs = std::vector<std::tuple<NodeId, NodeId, double>>;

Pairs pairsOf(const GraphView& view) {
  Pairs out;
  for (auto e : boost::make_iterator_range(boost::edges(view.graph()))) {
    NodeId a = view.nodeId(boost::source(e, view.graph()));
    NodeId b = view.nodeId(boost::target(e, view.graph()));
    if (a < b) out.emplace_back(a, b, view.weight(e));
  }
  std::sort(out.begin(), out.end());
  return out;
}

class CoAttendanceTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    student_ = label("Student");
    session_ = label("Session");
    attended_ = relType("ATTENDED");
    txn_ = store_->begin();
  }
  void TearDown() override {
    txn_.reset();
    StoreTest::TearDown();
  }
  std::vector<NodeId> nodes(int count, LabelId label) {
    std::vector<NodeId> ids;
    for (int i = 0; i < count; ++i) ids.push_back(txn_->createNode({label}, {}));
    return ids;
  }
  void attend(NodeId who, NodeId gathering) { txn_->createRel(attended_, who, gathering, {}); }
  CoAttendanceSpec spec(uint64_t minShared = 1) {
    CoAttendanceSpec s;
    s.memberLabel = student_;
    s.type = attended_;
    s.gatheringLabel = session_;
    s.minShared = minShared;
    return s;
  }
  // Sessions g0 {s0 s1 s2}, g1 {s0 s1}, g2 {s2 s3}.
  void drawThreeSessions() {
    s_ = nodes(4, student_);
    g_ = nodes(3, session_);
    for (int i : {0, 1, 2}) attend(s_[i], g_[0]);
    for (int i : {0, 1}) attend(s_[i], g_[1]);
    for (int i : {2, 3}) attend(s_[i], g_[2]);
  }

  LabelId student_ = 0, session_ = 0;
  RelTypeId attended_ = 0;
  std::unique_ptr<Transaction> txn_;
  std::vector<NodeId> s_, g_;
};

TEST_F(CoAttendanceTest, WeightsCountSharedSessions) {
  drawThreeSessions();
  auto view = analytics::coAttendance(*txn_, spec());
  EXPECT_TRUE(view.undirected());
  EXPECT_TRUE(view.weighted());
  EXPECT_EQ(view.nodeIds(), s_);
  EXPECT_EQ(
      pairsOf(view),
      (Pairs{{s_[0], s_[1], 2.0}, {s_[0], s_[2], 1.0}, {s_[1], s_[2], 1.0}, {s_[2], s_[3], 1.0}}));
  EXPECT_EQ(view.edgeCount(), 8u);  // each pair both ways
}

TEST_F(CoAttendanceTest, NeighboursComeInVertexOrder) {
  drawThreeSessions();
  auto view = analytics::coAttendance(*txn_, spec());
  std::vector<analytics::Vertex> ofTwo;
  for (auto e : boost::make_iterator_range(boost::out_edges(analytics::Vertex(2), view.graph())))
    ofTwo.push_back(boost::target(e, view.graph()));
  EXPECT_EQ(ofTwo, (std::vector<analytics::Vertex>{3, 0, 1}));  // later members, then earlier
}

TEST_F(CoAttendanceTest, MinSharedDropsLighterPairsButKeepsVertices) {
  drawThreeSessions();
  auto view = analytics::coAttendance(*txn_, spec(/*minShared=*/2));
  EXPECT_EQ(view.vertexCount(), 4u);
  EXPECT_EQ(pairsOf(view), (Pairs{{s_[0], s_[1], 2.0}}));
  EXPECT_EQ(pairsOf(analytics::coAttendance(*txn_, spec(/*minShared=*/3))), Pairs{});
  // 0 would join members who never met; it acts as 1.
  EXPECT_EQ(analytics::coAttendance(*txn_, spec(/*minShared=*/0)).edgeCount(), 8u);
}

TEST_F(CoAttendanceTest, RepeatedAttendanceCountsTheSessionOnce) {
  auto s = nodes(2, student_);
  auto g = nodes(2, session_);
  attend(s[0], g[0]);
  attend(s[0], g[0]);  // parallel ATTENDED
  attend(s[1], g[0]);
  attend(s[1], g[1]);
  attend(s[1], g[1]);
  auto view = analytics::coAttendance(*txn_, spec());
  EXPECT_EQ(pairsOf(view), (Pairs{{s[0], s[1], 1.0}}));
}

TEST_F(CoAttendanceTest, StudentsWhoAttendedNothingAreIsolatedVertices) {
  drawThreeSessions();
  NodeId absent = txn_->createNode({student_}, {});
  auto view = analytics::coAttendance(*txn_, spec());
  EXPECT_EQ(view.vertexCount(), 5u);
  EXPECT_EQ(boost::out_degree(*view.vertexOf(absent), view.graph()), 0u);
  EXPECT_EQ(view.edgeCount(), 8u);
}

TEST_F(CoAttendanceTest, GatheringListRestrictsSessionsAndVertices) {
  drawThreeSessions();
  NodeId onlyG1 = txn_->createNode({student_}, {});
  attend(onlyG1, g_[1]);
  NodeId absent = txn_->createNode({student_}, {});
  auto s = spec();
  s.gatherings = std::vector<NodeId>{g_[2], g_[0], g_[2]};  // any order, repeats ignored
  auto view = analytics::coAttendance(*txn_, s);
  EXPECT_EQ(view.nodeIds(), s_);  // not onlyG1, not absent
  EXPECT_FALSE(view.vertexOf(onlyG1));
  EXPECT_FALSE(view.vertexOf(absent));
  EXPECT_EQ(
      pairsOf(view),
      (Pairs{{s_[0], s_[1], 1.0}, {s_[0], s_[2], 1.0}, {s_[1], s_[2], 1.0}, {s_[2], s_[3], 1.0}}));
}

TEST_F(CoAttendanceTest, ListedNodesWithoutTheGatheringLabelAreSkipped) {
  drawThreeSessions();
  NodeId party = txn_->createNode({label("Party")}, {});
  attend(s_[0], party);
  attend(s_[3], party);
  auto s = spec();
  s.gatherings = std::vector<NodeId>{party, g_[1]};
  EXPECT_EQ(pairsOf(analytics::coAttendance(*txn_, s)), (Pairs{{s_[0], s_[1], 1.0}}));
  s.gatheringLabel.reset();
  EXPECT_EQ(pairsOf(analytics::coAttendance(*txn_, s)),
            (Pairs{{s_[0], s_[1], 1.0}, {s_[0], s_[3], 1.0}}));
}

TEST_F(CoAttendanceTest, NonMembersAttendingAreIgnored) {
  drawThreeSessions();
  NodeId teacher = txn_->createNode({label("Instructor")}, {});
  attend(teacher, g_[0]);
  attend(teacher, g_[2]);
  auto view = analytics::coAttendance(*txn_, spec());
  EXPECT_FALSE(view.vertexOf(teacher));
  EXPECT_EQ(view.edgeCount(), 8u);
}

TEST_F(CoAttendanceTest, WithoutGatheringLabelEveryEndOfTheTypeCounts) {
  drawThreeSessions();
  NodeId party = txn_->createNode({label("Party")}, {});
  attend(s_[1], party);
  attend(s_[3], party);
  EXPECT_EQ(pairsOf(analytics::coAttendance(*txn_, spec())).size(), 4u);
  auto s = spec();
  s.gatheringLabel.reset();
  EXPECT_EQ(pairsOf(analytics::coAttendance(*txn_, s)), (Pairs{{s_[0], s_[1], 2.0},
                                                               {s_[0], s_[2], 1.0},
                                                               {s_[1], s_[2], 1.0},
                                                               {s_[1], s_[3], 1.0},
                                                               {s_[2], s_[3], 1.0}}));
}

TEST_F(CoAttendanceTest, OtherRelationshipTypesAreIgnored) {
  drawThreeSessions();
  txn_->createRel(relType("TEACHES"), s_[0], g_[2], {});
  EXPECT_EQ(pairsOf(analytics::coAttendance(*txn_, spec())).size(), 4u);
}

TEST_F(CoAttendanceTest, EmptyGraph) {
  auto view = analytics::coAttendance(*txn_, spec());
  EXPECT_EQ(view.vertexCount(), 0u);
  EXPECT_EQ(view.edgeCount(), 0u);
  auto s = spec();
  s.gatherings = std::vector<NodeId>{};
  EXPECT_EQ(analytics::coAttendance(*txn_, s).vertexCount(), 0u);
}

TEST_F(CoAttendanceTest, SeesCommittedAndOwnWrites) {
  drawThreeSessions();
  txn_->commit();
  txn_ = store_->begin();
  attend(s_[3], g_[1]);
  EXPECT_EQ(pairsOf(analytics::coAttendance(*txn_, spec())).size(), 6u);
}

struct Refuse : analytics::RunControl {
  void reserve(uint64_t bytes, std::string_view what) override {
    ++calls;
    if (calls > allowed) throw std::runtime_error("over the limit: " + std::string(what));
    (void)bytes;
  }
  int calls = 0;
  int allowed = 0;
};

TEST_F(CoAttendanceTest, ThrowingReserveStopsTheBuild) {
  drawThreeSessions();
  Refuse none;
  EXPECT_THROW(analytics::coAttendance(*txn_, spec(), none), std::runtime_error);
  // However late the refusal comes, it stops the build.
  Refuse count;
  count.allowed = 1000;
  analytics::coAttendance(*txn_, spec(), count);
  for (int allowed = 0; allowed < count.calls; ++allowed) {
    Refuse late;
    late.allowed = allowed;
    EXPECT_THROW(analytics::coAttendance(*txn_, spec(), late), std::runtime_error) << allowed;
  }
}

TEST_F(CoAttendanceTest, ReportsProgressOnLargeInput) {
  auto s = nodes(5000, student_);
  auto g = nodes(5000, session_);
  for (int i = 0; i < 5000; ++i) attend(s[i], g[i]);
  attend(s[0], g[4999]);
  struct Count : analytics::RunControl {
    void progress(std::string_view, uint64_t, uint64_t) override { ++calls; }
    int calls = 0;
  } count;
  auto view = analytics::coAttendance(*txn_, spec(), count);
  EXPECT_EQ(pairsOf(view), (Pairs{{s[0], s[4999], 1.0}}));
  EXPECT_GE(count.calls, 2);
}

}  // namespace
}  // namespace rollcall::storage::testing
