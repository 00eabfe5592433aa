// The index-key encoding of numbers: byte order is numeric order across ints and doubles, equal
// values (1 and 1.0, 0 and -0.0) are equal bytes, and no encoding is a prefix of another.
#include "storage/codec/index_key_codec.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace rollcall::storage::codec {
namespace {

using List = PropertyList;

constexpr double INF = std::numeric_limits<double>::infinity();
constexpr int64_t I64_MIN = std::numeric_limits<int64_t>::min();
constexpr int64_t I64_MAX = std::numeric_limits<int64_t>::max();
constexpr double TWO_53 = 9007199254740992.0;
constexpr double TWO_63 = 9223372036854775808.0;

std::string encode(const PropertyValue& v) {
  std::string out;
  encodeIndexValue(out, v);
  return out;
}

// Each group holds numerically equal values; groups are in increasing order.
std::vector<std::vector<PropertyValue>> orderedGroups() {
  return {
      {-INF},
      {-1e300},
      {std::nextafter(-TWO_63, -INF)},
      {I64_MIN, -TWO_63},
      {std::nextafter(-TWO_63, 0.0)},
      {-(TWO_53 + 2), int64_t(-TWO_53) - 2},
      {-TWO_53, int64_t(-TWO_53)},
      {int64_t(-TWO_53) + 1},
      {-2, -2.0},
      {-1.5},
      {-1, -1.0},
      {std::nextafter(-1.0, 0.0)},
      {-0.5},
      {-1e-300},
      {-1e-301},
      {-std::numeric_limits<double>::denorm_min()},
      {0, 0.0, -0.0},
      {std::numeric_limits<double>::denorm_min()},
      {1e-300},
      {0.5},
      {std::nextafter(1.0, 0.0)},
      {1, 1.0},
      {std::nextafter(1.0, 2.0)},
      {1.5},
      {2, 2.0},
      {int64_t(TWO_53) - 1, TWO_53 - 1},
      {int64_t(TWO_53), TWO_53},
      {int64_t(TWO_53) + 1},
      {TWO_53 + 2, int64_t(TWO_53) + 2},
      {std::nextafter(TWO_63, 0.0), int64_t(std::nextafter(TWO_63, 0.0))},
      {I64_MAX - 1},
      {I64_MAX},
      {TWO_63},
      {1e300},
      {INF},
      {std::nan(""), -std::nan("")},
  };
}

TEST(IndexKeyCodecTest, NumbersSortByValueAndEqualValuesShareBytes) {
  auto groups = orderedGroups();
  std::string previous;
  for (size_t g = 0; g < groups.size(); ++g) {
    std::string first = encode(groups[g][0]);
    for (const auto& v : groups[g]) EXPECT_EQ(encode(v), first) << "group " << g;
    if (g > 0) EXPECT_LT(previous, first) << "group " << g;
    previous = first;
  }
}

TEST(IndexKeyCodecTest, NoNumberIsAPrefixOfAnother) {
  auto groups = orderedGroups();
  for (const auto& a : groups) {
    for (const auto& b : groups) {
      std::string x = encode(a[0]), y = encode(b[0]);
      if (x != y) EXPECT_FALSE(y.starts_with(x)) << x.size() << " " << y.size();
    }
  }
}

TEST(IndexKeyCodecTest, ListItemsCompareByValueToo) {
  EXPECT_EQ(encode(List{1, 2.0}), encode(List{1.0, 2}));
  EXPECT_LT(encode(List{1}), encode(List{1.5}));
  EXPECT_LT(encode(List{1.5}), encode(List{2}));
  EXPECT_NE(encode(List{1}), encode(List{1, 0}));
  EXPECT_NE(encode(List{1}), encode(PropertyValue(1)));
}

TEST(IndexKeyCodecTest, NumbersStayApartFromOtherTypes) {
  EXPECT_NE(encode(PropertyValue(1)), encode(PropertyValue(true)));
  EXPECT_NE(encode(PropertyValue(0)), encode(PropertyValue()));
  EXPECT_NE(encode(PropertyValue(1.0)), encode(PropertyValue(std::string("1"))));
}

}  // namespace
}  // namespace rollcall::storage::codec
