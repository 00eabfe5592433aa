// PropertyChunk::fromValues picks the narrowest layout and get() gives every value back; the
// chunk bitmap and the id arithmetic of chunks.
#include "storage/columns/column_chunk.h"

#include <gtest/gtest.h>

#include "storage/common/property_format.h"

namespace rollcall::storage::testing {
namespace {

using Layout = PropertyChunk::Layout;

// A full chunk of nulls with the given (slot, value) pairs set.
std::vector<PropertyValue> slots(std::vector<std::pair<size_t, PropertyValue>> set) {
  std::vector<PropertyValue> values(COLUMN_CHUNK_SIZE);
  for (auto& [slot, value] : set) values[slot] = std::move(value);
  return values;
}

// get() returns each value (null where absent) and has() matches the presence of a value.
void expectRoundTrip(const PropertyChunk& chunk, const std::vector<PropertyValue>& values) {
  size_t present = 0;
  for (size_t s = 0; s < values.size(); ++s) {
    EXPECT_EQ(chunk.has(s), !values[s].isNull()) << "slot " << s;
    EXPECT_EQ(chunk.get(s), values[s]) << "slot " << s << ": " << formatValue(chunk.get(s))
                                       << " instead of " << formatValue(values[s]);
    present += values[s].isNull() ? 0 : 1;
  }
  EXPECT_EQ(chunk.present.count(), present);
}

TEST(ColumnChunkTest, ChunkIdArithmetic) {
  EXPECT_EQ(COLUMN_CHUNK_SIZE, 4096u);
  EXPECT_EQ(columnChunkOf(0), 0u);
  EXPECT_EQ(columnChunkOf(4095), 0u);
  EXPECT_EQ(columnChunkOf(4096), 1u);
  EXPECT_EQ(columnChunkOf(10000), 2u);
  EXPECT_EQ(columnSlotOf(10000), 10000u - 8192u);
  EXPECT_EQ(columnChunkStart(3), 12288u);
}

TEST(ColumnChunkTest, BitmapSetTestCountForEach) {
  ChunkBitmap bits;
  EXPECT_TRUE(bits.empty());
  EXPECT_EQ(bits.count(), 0u);
  for (size_t s : {4095u, 0u, 64u, 63u, 1000u}) bits.set(s);
  bits.set(63);  // twice: still one bit
  EXPECT_FALSE(bits.empty());
  EXPECT_EQ(bits.count(), 5u);
  EXPECT_TRUE(bits.test(0));
  EXPECT_TRUE(bits.test(63));
  EXPECT_TRUE(bits.test(64));
  EXPECT_FALSE(bits.test(65));
  EXPECT_FALSE(bits.test(4094));
  std::vector<size_t> seen;
  bits.forEach([&](size_t s) { seen.push_back(s); });
  EXPECT_EQ(seen, (std::vector<size_t>{0, 63, 64, 1000, 4095}));
}

TEST(ColumnChunkTest, AllNullIsEmpty) {
  auto values = slots({});
  auto chunk = PropertyChunk::fromValues(values);
  EXPECT_EQ(chunk.layout, Layout::EMPTY);
  EXPECT_TRUE(chunk.present.empty());
  EXPECT_TRUE(chunk.ints.empty());
  EXPECT_TRUE(chunk.mixed.empty());
  expectRoundTrip(chunk, values);
  EXPECT_EQ(PropertyChunk::fromValues({}).layout, Layout::EMPTY);
  EXPECT_TRUE(PropertyChunk::fromValues({}).get(7).isNull());
}

TEST(ColumnChunkTest, BoolLayout) {
  auto values = slots({{0, true}, {5, false}, {4095, true}});
  auto chunk = PropertyChunk::fromValues(values);
  EXPECT_EQ(chunk.layout, Layout::BOOL);
  ASSERT_EQ(chunk.ints.size(), COLUMN_CHUNK_SIZE);
  EXPECT_EQ(chunk.ints[0], 1);
  EXPECT_EQ(chunk.ints[5], 0);
  EXPECT_TRUE(chunk.has(5));  // false is present, not absent
  EXPECT_FALSE(chunk.has(1));
  expectRoundTrip(chunk, values);
}

TEST(ColumnChunkTest, IntLayout) {
  auto values =
      slots({{1, int64_t{-7}}, {2, int64_t{0}}, {3, INT64_MAX}, {4, INT64_MIN}, {4000, 42}});
  auto chunk = PropertyChunk::fromValues(values);
  EXPECT_EQ(chunk.layout, Layout::INT);
  EXPECT_EQ(chunk.ints[3], INT64_MAX);
  EXPECT_EQ(chunk.ints[4], INT64_MIN);
  EXPECT_EQ(chunk.get(2), PropertyValue(int64_t{0}));
  EXPECT_NE(chunk.get(2), PropertyValue(0.0));
  expectRoundTrip(chunk, values);
}

TEST(ColumnChunkTest, DoubleLayout) {
  auto values = slots({{0, 1.5}, {9, -0.25}, {10, 0.0}, {11, 1e300}});
  auto chunk = PropertyChunk::fromValues(values);
  EXPECT_EQ(chunk.layout, Layout::DOUBLE);
  ASSERT_EQ(chunk.doubles.size(), COLUMN_CHUNK_SIZE);
  EXPECT_EQ(chunk.doubles[9], -0.25);
  EXPECT_EQ(chunk.get(10).type(), PropertyValue::Type::DOUBLE);
  expectRoundTrip(chunk, values);
}

TEST(ColumnChunkTest, DateLayout) {
  auto values = slots({{0, Date{19000}}, {1, Date{-1}}, {2, Date{0}}, {100, Date{-719162}}});
  auto chunk = PropertyChunk::fromValues(values);
  EXPECT_EQ(chunk.layout, Layout::DATE);
  EXPECT_EQ(chunk.ints[1], -1);
  EXPECT_EQ(chunk.get(1).type(), PropertyValue::Type::DATE);
  expectRoundTrip(chunk, values);
}

TEST(ColumnChunkTest, StringLayout) {
  auto values = slots({{0, "Ann"}, {2, ""}, {3, std::string("a\0b", 3)}, {4095, "last"}});
  auto chunk = PropertyChunk::fromValues(values);
  EXPECT_EQ(chunk.layout, Layout::STRING);
  EXPECT_EQ(chunk.chars, std::string("Anna\0blast", 10));
  ASSERT_EQ(chunk.offsets.size(), COLUMN_CHUNK_SIZE + 1);
  EXPECT_EQ(chunk.stringAt(0), "Ann");
  EXPECT_EQ(chunk.stringAt(1), "");  // absent
  EXPECT_FALSE(chunk.has(1));
  EXPECT_EQ(chunk.stringAt(2), "");
  EXPECT_TRUE(chunk.has(2));  // the empty string is present
  EXPECT_EQ(chunk.stringAt(3), std::string_view("a\0b", 3));
  EXPECT_EQ(chunk.stringAt(4095), "last");
  expectRoundTrip(chunk, values);
}

TEST(ColumnChunkTest, MixedLayouts) {
  PropertyList list{PropertyValue(int64_t{1}), PropertyValue("x"), PropertyValue(2.5)};
  auto intString = slots({{0, 1}, {1, "one"}});
  EXPECT_EQ(PropertyChunk::fromValues(intString).layout, Layout::MIXED);
  expectRoundTrip(PropertyChunk::fromValues(intString), intString);
  auto intDouble = slots({{0, 1}, {1, 1.0}});
  auto chunk = PropertyChunk::fromValues(intDouble);
  EXPECT_EQ(chunk.layout, Layout::MIXED);
  EXPECT_EQ(chunk.get(0).type(), PropertyValue::Type::INT);
  EXPECT_EQ(chunk.get(1).type(), PropertyValue::Type::DOUBLE);
  auto boolInt = slots({{0, true}, {1, 1}});
  EXPECT_EQ(PropertyChunk::fromValues(boolInt).layout, Layout::MIXED);
  expectRoundTrip(PropertyChunk::fromValues(boolInt), boolInt);
  auto dateInt = slots({{0, Date{5}}, {1, 5}});
  EXPECT_EQ(PropertyChunk::fromValues(dateInt).layout, Layout::MIXED);
  expectRoundTrip(PropertyChunk::fromValues(dateInt), dateInt);
  auto onlyList = slots({{7, list}});
  EXPECT_EQ(PropertyChunk::fromValues(onlyList).layout, Layout::MIXED);
  expectRoundTrip(PropertyChunk::fromValues(onlyList), onlyList);
  auto all = slots({{0, true}, {1, 2}, {2, 2.5}, {3, "s"}, {4, Date{3}}, {5, list}});
  EXPECT_EQ(PropertyChunk::fromValues(all).layout, Layout::MIXED);
  expectRoundTrip(PropertyChunk::fromValues(all), all);
}

TEST(ColumnChunkTest, ShortInputKeepsItsSlots) {
  std::vector<PropertyValue> values{PropertyValue(), PropertyValue(3), PropertyValue(4)};
  auto chunk = PropertyChunk::fromValues(values);
  EXPECT_EQ(chunk.layout, Layout::INT);
  expectRoundTrip(chunk, values);
}

}  // namespace
}  // namespace rollcall::storage::testing
