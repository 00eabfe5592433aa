// The flat hash structures behind aggregation: IdSet (count(DISTINCT node)) and GroupTable
// (grouping keys). Both are checked against std containers on the same inputs, including growth
// and the value that marks an empty slot.
#include <gtest/gtest.h>

#include <random>
#include <set>

#include "engine/exec/operators/group_table.h"
#include "storage/common/id_set.h"

namespace rollcall::test {
namespace {

TEST(IdSet, AgreesWithStdSetThroughGrowth) {
  storage::IdSet ids;
  std::set<uint64_t> expected;
  std::mt19937_64 rng(7);
  for (int i = 0; i < 20000; ++i) {
    uint64_t id = rng() % 5000;  // plenty of repeats
    EXPECT_EQ(ids.insert(id), expected.insert(id).second) << id;
  }
  EXPECT_EQ(ids.size(), expected.size());
}

TEST(IdSet, TheEmptyMarkerIsAnOrdinaryId) {
  storage::IdSet ids;
  EXPECT_TRUE(ids.insert(UINT64_MAX));
  EXPECT_FALSE(ids.insert(UINT64_MAX));
  EXPECT_TRUE(ids.insert(0));
  for (uint64_t i = 1; i < 100; ++i) EXPECT_TRUE(ids.insert(i));  // grows past the marker
  EXPECT_FALSE(ids.insert(UINT64_MAX));
  EXPECT_EQ(ids.size(), 101u);
}

TEST(GroupTable, FindsEachKeyAndKeepsFirstSeenOrder) {
  GroupTable table;
  std::vector<std::vector<Value>> keys;
  for (int i = 0; i < 3000; ++i) {
    keys.push_back({Value(int64_t{i % 1000}), Value("k" + std::to_string(i % 7))});
  }
  std::vector<size_t> expectedOrder;
  for (const auto& key : keys) {
    size_t hash = RowKeyHash()(key);
    if (table.find(key, hash)) continue;
    table.add(key, hash);
  }
  // (i % 1000, i % 7) repeats with period 7000, so all 3000 keys are distinct.
  ASSERT_EQ(table.size(), 3000u);
  for (size_t i = 0; i < keys.size(); ++i) {
    AggregateGroup* g = table.find(keys[i], RowKeyHash()(keys[i]));
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(g, &table[i]);  // first-seen order, stable addresses
  }
  std::vector<Value> absent{Value(int64_t{5}), Value("k6")};  // 5 % 7 != 6
  EXPECT_EQ(table.find(absent, RowKeyHash()(absent)), nullptr);
}

TEST(GroupTable, EquivalentKeysShareAGroup) {
  GroupTable table;
  std::vector<Value> intKey{Value(int64_t{1})}, floatKey{Value(1.0)}, nullKey{Value()};
  table.add(intKey, RowKeyHash()(intKey));
  table.add(nullKey, RowKeyHash()(nullKey));
  EXPECT_EQ(table.find(floatKey, RowKeyHash()(floatKey)), &table[0]);  // 1 and 1.0 group together
  std::vector<Value> nullAgain{Value()};
  EXPECT_EQ(table.find(nullAgain, RowKeyHash()(nullAgain)), &table[1]);  // null groups with null
}

}  // namespace
}  // namespace rollcall::test
