// The radix sort that deduplicates ATTENDED pairs agrees with std::sort + std::unique.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "loaders/import/sort_unique.h"

namespace rollcall::loaders {
namespace {

std::vector<uint64_t> reference(std::vector<uint64_t> keys) {
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

TEST(AttendanceSortUnique, SmallPackedPairsWithRepeats) {
  std::mt19937_64 random(1);
  std::vector<uint64_t> keys;
  for (int i = 0; i < 50000; ++i) keys.push_back(((random() % 3000) << 32) | (random() % 200));
  std::vector<uint64_t> expected = reference(keys);
  sortUnique(keys);
  EXPECT_EQ(keys, expected);
}

TEST(AttendanceSortUnique, FullWidthKeys) {
  std::mt19937_64 random(2);
  std::vector<uint64_t> keys;
  for (int i = 0; i < 20000; ++i) keys.push_back(random());
  keys.push_back(~uint64_t{0});
  keys.push_back(0);
  keys.push_back(keys[5]);
  std::vector<uint64_t> expected = reference(keys);
  sortUnique(keys);
  EXPECT_EQ(keys, expected);
}

// The unused bits between the halves are squeezed out for sorting and put back after.
TEST(AttendanceSortUnique, HalvesOfEveryWidth) {
  std::mt19937_64 random(3);
  for (int highBits : {1, 7, 20, 32}) {
    for (int lowBits : {1, 17, 32}) {
      std::vector<uint64_t> keys;
      for (int i = 0; i < 9000; ++i) {
        uint64_t high = random() & ((uint64_t{1} << highBits) - 1);
        uint64_t low = random() & ((uint64_t{1} << lowBits) - 1);
        keys.push_back(high << 32 | low);
      }
      std::vector<uint64_t> expected = reference(keys);
      sortUnique(keys);
      EXPECT_EQ(keys, expected) << highBits << " " << lowBits;
    }
  }
}

TEST(AttendanceSortUnique, AllEqualAndEmpty) {
  std::vector<uint64_t> keys(10000, 42);
  sortUnique(keys);
  EXPECT_EQ(keys, std::vector<uint64_t>{42});
  std::vector<uint64_t> none;
  sortUnique(none);
  EXPECT_TRUE(none.empty());
}

}  // namespace
}  // namespace rollcall::loaders
