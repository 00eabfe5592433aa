#include "storage/analytics/components.h"
#include "storage/analytics/graph_view.h"
#include "tests/unit/storage/storage_test_util.h"

namespace rollcall::storage::testing {
namespace {

TEST_F(StoreTest, GraphViewAndWeaklyConnectedComponents) {
  auto person = label("Person"), city = label("City");
  auto knows = relType("KNOWS"), lives = relType("LIVES_IN");
  auto txn = store_->begin();
  std::vector<NodeId> p;
  for (int i = 0; i < 6; ++i) p.push_back(txn->createNode({person}, {}));
  NodeId paris = txn->createNode({city}, {});
  txn->createRel(knows, p[0], p[1], {});
  txn->createRel(knows, p[2], p[1], {});  // direction is ignored
  txn->createRel(knows, p[3], p[4], {});
  txn->createRel(lives, p[0], paris, {});
  txn->createRel(lives, p[3], paris, {});
  txn->commit();

  auto read = store_->begin();
  analytics::ProjectionSpec spec;
  spec.labels = {person};
  spec.types = {knows};
  auto view = analytics::GraphView::build(*read, spec);
  EXPECT_EQ(view.vertexCount(), 6u);
  EXPECT_EQ(view.edgeCount(), 3u);
  EXPECT_EQ(view.nodeId(*view.vertexOf(p[4])), p[4]);
  EXPECT_FALSE(view.vertexOf(paris));
  auto wcc = analytics::weaklyConnectedComponents(view);
  EXPECT_EQ(wcc.count, 3u);  // {0,1,2} {3,4} {5}
  EXPECT_EQ(wcc.componentOf, (std::vector<uint64_t>{0, 0, 0, 1, 1, 2}));

  auto all = analytics::GraphView::build(*read, {});
  EXPECT_EQ(all.vertexCount(), 7u);
  EXPECT_EQ(all.edgeCount(), 5u);
  EXPECT_EQ(analytics::weaklyConnectedComponents(all).count, 2u);  // Paris joins them
}

}  // namespace
}  // namespace rollcall::storage::testing
