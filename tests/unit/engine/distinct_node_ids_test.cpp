// count(DISTINCT n)'s id set: the same answers as a plain set whether it stays hashed, turns into a
// bitmap, or goes back to hashing for a far outlier; and the memory it reports.
#include "engine/exec/function/distinct_node_ids.h"

#include <gtest/gtest.h>

#include <random>
#include <unordered_set>

namespace rollcall {
namespace {

// Inserts `ids` into both sets and checks every answer; returns the bytes reported.
size_t insertAll(DistinctNodeIds& set, std::unordered_set<uint64_t>& reference,
                 const std::vector<uint64_t>& ids) {
  size_t total = 0;
  for (uint64_t id : ids) {
    size_t grown = 0;
    EXPECT_EQ(set.insert(id, grown), reference.insert(id).second) << "id " << id;
    total += grown;
  }
  return total;
}

TEST(DistinctNodeIds, SmallSetStaysHashed) {
  DistinctNodeIds set;
  std::unordered_set<uint64_t> ref;
  size_t bytes = insertAll(set, ref, {5, 7, 5, 1000000, 7, 0});
  EXPECT_EQ(ref.size(), 4u);
  EXPECT_EQ(bytes, 4 * 16u);
}

TEST(DistinctNodeIds, DenseIdsTurnIntoABitmapWithTheSameAnswers) {
  DistinctNodeIds set;
  std::unordered_set<uint64_t> ref;
  std::mt19937_64 rng(7);
  std::vector<uint64_t> ids;
  for (int i = 0; i < 200000; ++i) ids.push_back(rng() % 50000);
  insertAll(set, ref, ids);
  // Every id again: all repeats now.
  std::vector<uint64_t> again(ref.begin(), ref.end());
  for (uint64_t id : again) {
    size_t grown = 0;
    EXPECT_FALSE(set.insert(id, grown));
    EXPECT_EQ(grown, 0u);
  }
}

TEST(DistinctNodeIds, AFarOutlierGoesBackToHashing) {
  DistinctNodeIds set;
  std::unordered_set<uint64_t> ref;
  std::vector<uint64_t> ids;
  for (uint64_t i = 0; i < 4096; ++i) ids.push_back(i);
  ids.push_back(uint64_t{1} << 40);  // a bitmap reaching it would take 128 GiB
  for (uint64_t i = 0; i < 4096; i += 3) ids.push_back(i);
  ids.push_back(uint64_t{1} << 40);
  ids.push_back(UINT64_MAX);
  ids.push_back(UINT64_MAX);
  insertAll(set, ref, ids);
  EXPECT_EQ(ref.size(), 4098u);
}

TEST(DistinctNodeIds, BitmapGrowthIsReported) {
  DistinctNodeIds set;
  std::unordered_set<uint64_t> ref;
  std::vector<uint64_t> ids;
  for (uint64_t i = 0; i < 2048; ++i) ids.push_back(i);  // a bitmap from the 1,024th id on
  size_t before = insertAll(set, ref, ids);
  // 16 bytes per id while hashed, then only the bitmap's growth (whole words, under 2 KiB).
  EXPECT_GT(before, 1024 * 16u);
  EXPECT_LT(before, 1024 * 16u + 2048);
  EXPECT_EQ((before - 1024 * 16u) % 8, 0u);
  size_t grown = 0;
  EXPECT_TRUE(set.insert(3000, grown));
  EXPECT_GT(grown, 0u);
  EXPECT_EQ(grown % 8, 0u);
}

}  // namespace
}  // namespace rollcall
