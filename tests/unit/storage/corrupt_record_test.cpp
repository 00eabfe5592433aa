// Decoding bytes no encoder wrote (a damaged database) is a StorageError, never a huge
// allocation, a deep recursion or a read past the record. Each case is an input the fuzzer
// (tests/fuzz/fuzz_records.cpp) found or that guards the same check.
#include <gtest/gtest.h>

#include <string>

#include "storage/codec/property_codec.h"
#include "storage/common/storage_error.h"

namespace rollcall::storage {
namespace {

using Type = PropertyValue::Type;

std::string varint(uint64_t v) {
  std::string out;
  codec::putVarint(out, v);
  return out;
}

TEST(CorruptRecordTest, LabelCountBeyondTheRecordIsAnError) {
  // Found by fuzz_records: a count of 0x71 << 28 labels asked for 113 GiB before reading one.
  std::string record("\x80\x80\x80\x80\xf1\x00\x00", 7);
  EXPECT_THROW(codec::Reader(record).labels(), StorageError);
}

TEST(CorruptRecordTest, PropertyCountBeyondTheRecordIsAnError) {
  std::string record = varint(0) + varint(uint64_t{1} << 40);
  codec::Reader reader(record);
  reader.skipLabels();
  EXPECT_THROW(reader.properties(), StorageError);
}

TEST(CorruptRecordTest, ListLengthBeyondTheRecordIsAnError) {
  std::string record = char(Type::LIST) + varint(uint64_t{1} << 60);
  EXPECT_THROW(codec::Reader(record).value(), StorageError);
}

TEST(CorruptRecordTest, DeeplyNestedListsAreAnError) {
  std::string record;
  for (int i = 0; i < 100000; ++i) record += char(Type::LIST) + varint(1);
  EXPECT_THROW(codec::Reader(record).value(), StorageError);
  EXPECT_THROW(codec::Reader(record).skipValue(), StorageError);
}

// Temporal fields outside what the engine makes (seconds past +-1,000,000 years, fractions of
// a second or a day too big, offsets past 18 hours) are corruption, not values to compute with
// (the fuzzer found -2^63 seconds overflowing the calendar).
TEST(CorruptRecordTest, TemporalFieldsOutOfRangeAreAnError) {
  auto zigzag = [](int64_t v) { return (uint64_t(v) << 1) ^ uint64_t(v >> 63); };
  std::string farSeconds = std::string(1, char(Type::LOCAL_DATETIME)) +
                           varint(zigzag(INT64_MIN / 2)) + varint(0);
  EXPECT_THROW(codec::Reader(farSeconds).value(), StorageError);
  std::string bigFraction = std::string(1, char(Type::LOCAL_DATETIME)) + varint(0) +
                            varint(1'000'000'000);
  EXPECT_THROW(codec::Reader(bigFraction).value(), StorageError);
  std::string longDay = std::string(1, char(Type::LOCAL_TIME)) + varint(NANOS_PER_DAY);
  EXPECT_THROW(codec::Reader(longDay).value(), StorageError);
  std::string farOffset = std::string(1, char(Type::TIME)) + varint(0) + varint(zigzag(19 * 3600));
  EXPECT_THROW(codec::Reader(farOffset).value(), StorageError);
  std::string fine = std::string(1, char(Type::TIME)) + varint(0) + varint(zigzag(-3600));
  EXPECT_EQ(codec::Reader(fine).value(), PropertyValue(Time{0, -3600}));
}

TEST(CorruptRecordTest, ListsWithinTheDepthLimitDecode) {
  std::string record;
  for (int i = 0; i < codec::Reader::MAX_LIST_DEPTH; ++i) record += char(Type::LIST) + varint(1);
  record += char(Type::NUL);
  EXPECT_EQ(codec::Reader(record).value().type(), Type::LIST);
}

TEST(CorruptRecordTest, ShortRelationshipRecordIsAnError) {
  std::string record(codec::REL_RECORD_HEADER - 1, '\0');
  EXPECT_THROW(codec::decodeRelHeader(record), StorageError);
  EXPECT_THROW(codec::relRecordProperties(record), StorageError);
}

TEST(CorruptRecordTest, RelationshipRecordRoundTrips) {
  std::string record;
  codec::encodeRelRecord(record, 3, 10, 11, {{2, PropertyValue(int64_t{5})}});
  auto header = codec::decodeRelHeader(record);
  EXPECT_EQ(header.type, 3u);
  EXPECT_EQ(header.start, 10u);
  EXPECT_EQ(header.end, 11u);
  auto properties = codec::Reader(codec::relRecordProperties(record)).properties();
  ASSERT_EQ(properties.size(), 1u);
  EXPECT_EQ(properties[0].second.asInt(), 5);
}

}  // namespace
}  // namespace rollcall::storage
