// The loader's Cypher conversions: trim(), toInteger() and date() on CSV cells.
#include <gtest/gtest.h>

#include "loaders/import/field_values.h"

namespace rollcall::loaders {
namespace {

TEST(AttendanceFieldValues, ToIntegerFollowsNeo4j) {
  EXPECT_EQ(toInteger("12"), 12);
  EXPECT_EQ(toInteger("+4"), 4);
  EXPECT_EQ(toInteger("-3"), -3);
  EXPECT_EQ(toInteger("1.9"), 1);
  EXPECT_EQ(toInteger("-1.9"), -1);
  EXPECT_EQ(toInteger("1e3"), 1000);
  EXPECT_EQ(toInteger("9223372036854775807"), INT64_MAX);
  EXPECT_EQ(toInteger("9223372036854775808"), std::nullopt);
  EXPECT_EQ(toInteger("abc"), std::nullopt);
  EXPECT_EQ(toInteger(""), std::nullopt);
  EXPECT_EQ(toInteger("NaN"), std::nullopt);
  EXPECT_EQ(toInteger("0x1F"), std::nullopt);
  EXPECT_EQ(toInteger("1 2"), std::nullopt);
}

TEST(AttendanceFieldValues, TrimDropsSurroundingWhitespace) {
  EXPECT_EQ(trimSpace(" 7 "), "7");
  EXPECT_EQ(trimSpace("\t7\r\n"), "7");
  EXPECT_EQ(trimSpace("a b"), "a b");
  EXPECT_EQ(trimSpace("   "), "");
}

TEST(AttendanceFieldValues, DatesAreIsoCalendarDates) {
  EXPECT_EQ(parseDate("1970-01-01")->days, 0);
  EXPECT_EQ(parseDate("2024-01-08")->days, 19730);
  EXPECT_EQ(parseDate("20240108")->days, 19730);
  EXPECT_EQ(parseDate("2024-02-29")->days, 19782);
  EXPECT_EQ(parseDate("1969-12-31")->days, -1);
  EXPECT_FALSE(parseDate("2023-02-29"));
  EXPECT_FALSE(parseDate("2024-13-01"));
  EXPECT_FALSE(parseDate("2024-1-8"));
  EXPECT_FALSE(parseDate(" 2024-01-08"));
  EXPECT_FALSE(parseDate("tomorrow"));
}

}  // namespace
}  // namespace rollcall::loaders
