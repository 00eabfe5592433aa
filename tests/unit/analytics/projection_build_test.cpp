// GraphView::build on a real store: which edges, in which order, with which weights.
#include <boost/range/iterator_range.hpp>
#include <utility>

#include "storage/analytics/graph_view.h"
#include "tests/unit/storage/storage_test_util.h"

namespace rollcall::storage::testing {
namespace {

using analytics::GraphView;
using analytics::Orientation;
using analytics::ProjectionSpec;

// Out-edges of each vertex in the view's order, as (source node, target node, weight).
using Edges = std::vector<std::tuple<NodeId, NodeId, double>>;

Edges edgesOf(const GraphView& view) {
  Edges out;
  const auto& g = view.graph();
  for (analytics::Vertex v = 0; v < view.vertexCount(); ++v)
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g)))
      out.emplace_back(view.nodeId(v), view.nodeId(boost::target(e, g)), view.weight(e));
  return out;
}

class ProjectionBuildTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    person_ = label("Person");
    robot_ = label("Robot");
    knows_ = relType("KNOWS");
    txn_ = store_->begin();
  }
  void TearDown() override {
    txn_.reset();
    StoreTest::TearDown();
  }
  ProjectionSpec spec(Orientation orientation) {
    ProjectionSpec s;
    s.labels = {person_, robot_};
    s.types = {knows_};
    s.orientation = orientation;
    return s;
  }

  LabelId person_ = 0, robot_ = 0;
  RelTypeId knows_ = 0;
  std::unique_ptr<Transaction> txn_;
};

TEST_F(ProjectionBuildTest, EdgesKeepRelationshipOrderPerSource) {
  NodeId a = txn_->createNode({person_}, {}), r = txn_->createNode({robot_}, {});
  NodeId b = txn_->createNode({person_, robot_}, {});  // in both labels: one vertex
  NodeId out = txn_->createNode({label("Other")}, {});
  txn_->createRel(knows_, b, a, {});
  txn_->createRel(knows_, a, r, {});
  txn_->createRel(knows_, b, r, {});
  txn_->createRel(knows_, a, b, {});
  txn_->createRel(knows_, a, r, {});  // parallel
  txn_->createRel(knows_, a, out, {});
  txn_->createRel(knows_, r, r, {});  // self-loop
  auto natural = GraphView::build(*txn_, spec(Orientation::NATURAL));
  EXPECT_EQ(natural.nodeIds(), (std::vector<NodeId>{a, r, b}));
  EXPECT_EQ(edgesOf(natural),
            (Edges{{a, r, 1}, {a, b, 1}, {a, r, 1}, {r, r, 1}, {b, a, 1}, {b, r, 1}}));
  auto reverse = GraphView::build(*txn_, spec(Orientation::REVERSE));
  EXPECT_EQ(edgesOf(reverse),
            (Edges{{a, b, 1}, {r, a, 1}, {r, b, 1}, {r, a, 1}, {r, r, 1}, {b, a, 1}}));
  auto both = GraphView::build(*txn_, spec(Orientation::UNDIRECTED));
  EXPECT_EQ(edgesOf(both), (Edges{{a, r, 1},
                                  {a, b, 1},
                                  {a, r, 1},
                                  {a, b, 1},
                                  {r, r, 1},
                                  {r, a, 1},
                                  {r, b, 1},
                                  {r, a, 1},
                                  {r, r, 1},
                                  {b, a, 1},
                                  {b, r, 1},
                                  {b, a, 1}}));
}

TEST_F(ProjectionBuildTest, WeightsFromAProperty) {
  auto w = key("w");
  NodeId a = txn_->createNode({person_}, {}), b = txn_->createNode({person_}, {});
  txn_->createRel(knows_, a, b, {{w, PropertyValue(int64_t{3})}});
  txn_->createRel(knows_, b, a, {{w, PropertyValue(0.5)}});
  txn_->createRel(knows_, a, b, {});
  auto s = spec(Orientation::UNDIRECTED);
  s.weight = w;
  s.defaultWeight = 7;
  auto view = GraphView::build(*txn_, s);
  EXPECT_TRUE(view.weighted());
  EXPECT_EQ(edgesOf(view),
            (Edges{{a, b, 3}, {a, b, 7}, {a, b, 0.5}, {b, a, 0.5}, {b, a, 3}, {b, a, 7}}));
  txn_->createRel(knows_, a, b, {{w, PropertyValue(std::string("heavy"))}});
  EXPECT_THROW(GraphView::build(*txn_, s), analytics::ProjectionError);
}

TEST_F(ProjectionBuildTest, SparseIdsAndAllNodes) {
  std::vector<NodeId> people;
  for (int i = 0; i < 3000; ++i) {
    bool isPerson = i % 1000 == 0;
    NodeId id = txn_->createNode({isPerson ? person_ : label("Filler")}, {});
    if (isPerson) people.push_back(id);
  }
  txn_->createRel(knows_, people[2], people[0], {});
  txn_->createRel(knows_, people[1], people[1] + 1, {});  // to a filler node
  ProjectionSpec s;
  s.labels = {person_};
  auto view = GraphView::build(*txn_, s);
  EXPECT_EQ(view.nodeIds(), people);
  EXPECT_EQ(edgesOf(view), (Edges{{people[2], people[0], 1}}));
  auto all = GraphView::build(*txn_, {});
  EXPECT_EQ(all.vertexCount(), 3000u);
  EXPECT_EQ(all.edgeCount(), 2u);
}

TEST_F(ProjectionBuildTest, EmptyStore) {
  auto view = GraphView::build(*txn_, spec(Orientation::UNDIRECTED));
  EXPECT_EQ(view.vertexCount(), 0u);
  EXPECT_EQ(view.edgeCount(), 0u);
}

}  // namespace
}  // namespace rollcall::storage::testing
