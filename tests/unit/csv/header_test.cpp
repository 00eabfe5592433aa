#include <gtest/gtest.h>

#include "loaders/csv/csv_header.h"
#include "tests/unit/csv/csv_test_util.h"

namespace rollcall::csv::testing {
namespace {

TEST(CsvHeaderTest, NamesAddressColumns) {
  auto reader = CsvReader::fromString("student_id,name\n 7,Alice\n8\n");
  auto header = CsvHeader::read(reader);
  EXPECT_EQ(header.size(), 2u);
  EXPECT_EQ(header.line(), 1u);
  EXPECT_EQ(header.indexOf("name"), 1u);
  EXPECT_EQ(header.indexOf("Name"), std::nullopt);
  CsvRecord record;
  ASSERT_TRUE(reader.next(record));
  EXPECT_EQ(header.value(record, "student_id"), " 7");
  EXPECT_EQ(header.value(record, "name"), "Alice");
  EXPECT_EQ(header.value(record, "email"), std::nullopt);
  ASSERT_TRUE(reader.next(record));
  EXPECT_EQ(header.value(record, "student_id"), "8");
  EXPECT_EQ(header.value(record, "name"), std::nullopt);  // missing column reads as null
  EXPECT_FALSE(reader.next(record));
}

TEST(CsvHeaderTest, NamesAreNotTrimmed) {
  auto reader = CsvReader::fromString("id, name\n");
  auto header = CsvHeader::read(reader);
  EXPECT_EQ(header.indexOf("name"), std::nullopt);
  EXPECT_EQ(header.indexOf(" name"), 1u);
}

TEST(CsvHeaderTest, EmptyNamesLeaveColumnsUnnamed) {
  auto reader = CsvReader::fromString("a,,\"\",b\n");
  auto header = CsvHeader::read(reader);
  EXPECT_EQ(header.size(), 4u);
  EXPECT_EQ(header.name(0), "a");
  EXPECT_EQ(header.name(1), std::nullopt);
  EXPECT_EQ(header.name(2), std::nullopt);
  EXPECT_EQ(header.name(3), "b");
  EXPECT_EQ(header.indexOf(""), std::nullopt);
}

TEST(CsvHeaderTest, DuplicateNamesAreRejectedByDefault) {
  auto reader = CsvReader::fromString("\nid,name,id\n", {}, "test.csv");
  try {
    CsvHeader::read(reader);
    FAIL() << "expected a CsvError";
  } catch (const CsvError& error) {
    EXPECT_EQ(std::string(error.what()),
              "test.csv:2: duplicate column name 'id' (columns 1 and 3)");
  }
}

TEST(CsvHeaderTest, DuplicateNamesLastWinsWhenAllowed) {
  auto reader = CsvReader::fromString("id,name,id\n1,x,2\n");
  auto header = CsvHeader::read(reader, CsvHeaderOptions{.allowDuplicateNames = true});
  CsvRecord record;
  ASSERT_TRUE(reader.next(record));
  EXPECT_EQ(header.value(record, "id"), "2");
}

TEST(CsvHeaderTest, EmptyInputHasAnEmptyHeader) {
  auto reader = CsvReader::fromString("");
  auto header = CsvHeader::read(reader);
  EXPECT_EQ(header.size(), 0u);
  EXPECT_EQ(header.line(), 0u);
}

}  // namespace
}  // namespace rollcall::csv::testing
