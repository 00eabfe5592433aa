#include <boost/range/iterator_range.hpp>

#include "storage/analytics/components.h"
#include "tests/unit/analytics/analytics_test_util.h"

namespace rollcall::storage::analytics::testing {
namespace {

TEST(ProjectionTest, UndirectedViewHoldsEachEdgeBothWays) {
  auto view = graphOf(4, {{0, 1, 2.0}, {1, 2, 3.0}, {3, 3, 1.0}}, /*undirected=*/true, true);
  EXPECT_EQ(view.edgeCount(), 6u);  // the self-loop too, as in a symmetric adjacency
  std::vector<std::pair<Vertex, double>> fromOne;
  for (auto e : boost::make_iterator_range(boost::out_edges(Vertex(1), view.graph())))
    fromOne.emplace_back(boost::target(e, view.graph()), view.weight(e));
  EXPECT_EQ(fromOne, (std::vector<std::pair<Vertex, double>>{{2, 3.0}, {0, 2.0}}));
  EXPECT_EQ(view.nodeId(3), 103u);
  auto wcc = weaklyConnectedComponents(view);
  EXPECT_EQ(wcc.componentOf, (std::vector<uint64_t>{0, 0, 0, 1}));
}

}  // namespace
}  // namespace rollcall::storage::analytics::testing
