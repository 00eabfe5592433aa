#include "storage/common/hyperloglog.h"

#include <gtest/gtest.h>

#include <string>

#include "storage/common/value_hash.h"

namespace rollcall::storage {
namespace {

// 100,000 values of which `distinct` differ, as the estimate sees them through hashValue.
double estimateInts(int64_t distinct) {
  HyperLogLog sketch;
  for (int64_t i = 0; i < 100000; ++i) sketch.add(hashValue(PropertyValue(i % distinct)));
  return sketch.estimate();
}

double estimateStrings(int64_t distinct) {
  HyperLogLog sketch;
  for (int64_t i = 0; i < 100000; ++i) {
    sketch.add(hashValue(PropertyValue("student-" + std::to_string(i % distinct) + "@uni.ac.uk")));
  }
  return sketch.estimate();
}

TEST(HyperLogLogTest, EstimatesWithinTenPercent) {
  for (int64_t distinct : {1000, 20000, 100000}) {
    EXPECT_NEAR(estimateInts(distinct), double(distinct), 0.1 * distinct) << distinct;
    EXPECT_NEAR(estimateStrings(distinct), double(distinct), 0.1 * distinct) << distinct;
  }
}

TEST(HyperLogLogTest, SmallCountsAreNearlyExact) {
  HyperLogLog sketch;
  EXPECT_EQ(sketch.estimate(), 0.0);
  EXPECT_TRUE(sketch.empty());
  for (int i = 0; i < 3; ++i) sketch.add(hashValue(PropertyValue(i)));
  EXPECT_NEAR(sketch.estimate(), 3.0, 0.01);
  EXPECT_FALSE(sketch.empty());
}

TEST(HyperLogLogTest, MergeEqualsOneSketchOfBoth) {
  HyperLogLog a, b, both;
  for (int64_t i = 0; i < 30000; ++i) {
    (i % 2 ? a : b).add(hashValue(PropertyValue(i)));
    both.add(hashValue(PropertyValue(i)));
  }
  a.merge(b);
  EXPECT_EQ(a.bytes(), both.bytes());
  HyperLogLog copy;
  copy.assign(a.bytes());
  EXPECT_EQ(copy.estimate(), both.estimate());
}

TEST(ValueHashTest, EqualNumbersHashAlikeOtherTypesApart) {
  EXPECT_EQ(hashValue(PropertyValue(int64_t{7})), hashValue(PropertyValue(7.0)));
  EXPECT_NE(hashValue(PropertyValue(7.5)), hashValue(PropertyValue(int64_t{7})));
  EXPECT_NE(hashValue(PropertyValue(int64_t{7})), hashValue(PropertyValue(Date{7})));
  EXPECT_NE(hashValue(PropertyValue("a")), hashValue(PropertyValue(std::string("a\0", 2))));
  EXPECT_EQ(numericValue(PropertyValue(Date{-3})), -3.0);
  EXPECT_EQ(numericValue(PropertyValue("1")), std::nullopt);
}

}  // namespace
}  // namespace rollcall::storage
