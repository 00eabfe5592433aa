#include "storage/analytics/vertex_numbering.h"

#include <gtest/gtest.h>

namespace rollcall::storage::analytics {
namespace {

// Dense ids get a table, sparse ones binary search: both must answer alike.
void expectNumbers(const std::vector<NodeId>& ids, bool table) {
  VertexNumbering number(ids);
  EXPECT_EQ(number.memoryBytes() > 0, table);
  for (size_t v = 0; v < ids.size(); ++v) EXPECT_EQ(number(ids[v]), v);
  EXPECT_EQ(number(ids.front() - 1), VertexNumbering::NONE);
  EXPECT_EQ(number(ids.back() + 1), VertexNumbering::NONE);
  EXPECT_EQ(number(ids[1] + 1), VertexNumbering::NONE);  // a gap
  EXPECT_EQ(number(UINT64_MAX), VertexNumbering::NONE);
  EXPECT_EQ(number(0), ids.front() == 0 ? 0 : VertexNumbering::NONE);
}

TEST(VertexNumberingTest, DenseIdsUseATable) { expectNumbers({5, 6, 8, 9, 12}, true); }

TEST(VertexNumberingTest, SparseIdsUseBinarySearch) {
  expectNumbers({0, 7, 1'000'000, 50'000'000}, false);
}

TEST(VertexNumberingTest, NoIds) {
  std::vector<NodeId> none;
  VertexNumbering number(none);
  EXPECT_EQ(number(0), VertexNumbering::NONE);
  EXPECT_EQ(number(42), VertexNumbering::NONE);
}

}  // namespace
}  // namespace rollcall::storage::analytics
