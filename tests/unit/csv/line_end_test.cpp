#include <gtest/gtest.h>

#include "tests/unit/csv/csv_test_util.h"

namespace rollcall::csv::testing {
namespace {

const std::vector<Row> TWO_ROWS = {{"a", "b"}, {"c", "d"}};
const std::vector<uint64_t> LINES_1_2 = {1, 2};

TEST(CsvLineEnds, Lf) {
  auto parsed = parse("a,b\nc,d\n");
  EXPECT_EQ(parsed.rows, TWO_ROWS);
  EXPECT_EQ(parsed.lines, LINES_1_2);
}

TEST(CsvLineEnds, Crlf) {
  auto parsed = parse("a,b\r\nc,d\r\n");
  EXPECT_EQ(parsed.rows, TWO_ROWS);
  EXPECT_EQ(parsed.lines, LINES_1_2);
}

TEST(CsvLineEnds, Cr) {
  auto parsed = parse("a,b\rc,d\r");
  EXPECT_EQ(parsed.rows, TWO_ROWS);
  EXPECT_EQ(parsed.lines, LINES_1_2);
}

TEST(CsvLineEnds, MixedLineEndsCountOneLineEach) {
  auto parsed = parse("a\r\nb\rc\nd\n\re");
  EXPECT_EQ(parsed.rows, (std::vector<Row>{{"a"}, {"b"}, {"c"}, {"d"}, {"e"}}));
  // "\n\r" is two line ends: line 5 is blank and skipped.
  EXPECT_EQ(parsed.lines, (std::vector<uint64_t>{1, 2, 3, 4, 6}));
}

TEST(CsvLineEnds, LastRecordWithoutLineEnd) {
  auto parsed = parse("a,b\nc,d");
  EXPECT_EQ(parsed.rows, TWO_ROWS);
}

TEST(CsvLineEnds, TrailingDelimiterAtEndOfInputIsANullField) {
  auto parsed = parse("a,");
  EXPECT_EQ(parsed.rows, (std::vector<Row>{{"a", std::nullopt}}));
}

TEST(CsvLineEnds, EmptyInputHasNoRecords) {
  EXPECT_TRUE(parse("").rows.empty());
  EXPECT_TRUE(parse("\xEF\xBB\xBF").rows.empty());
}

TEST(CsvLineEnds, BlankLinesAreSkippedButCounted) {
  auto parsed = parse("\na,b\n\r\n\nc,d\n\n");
  EXPECT_EQ(parsed.rows, TWO_ROWS);
  EXPECT_EQ(parsed.lines, (std::vector<uint64_t>{2, 5}));
}

TEST(CsvLineEnds, BlankLinesAreOneNullFieldWhenNotSkipped) {
  CsvOptions options;
  options.skipEmptyLines = false;
  auto parsed = parse("a\n\nb\n", options);
  EXPECT_EQ(parsed.rows, (std::vector<Row>{{"a"}, {std::nullopt}, {"b"}}));
  EXPECT_EQ(parsed.lines, (std::vector<uint64_t>{1, 2, 3}));
}

TEST(CsvLineEnds, LineOfSpacesIsNotBlank) {
  auto parsed = parse("a\n  \nb\n");
  EXPECT_EQ(parsed.rows, (std::vector<Row>{{"a"}, {"  "}, {"b"}}));
}

TEST(CsvLineEnds, QuotedFieldSpansLinesKeepingItsLineEnds) {
  auto parsed = parse("id,note\n1,\"first\nsecond\r\nthird\rfourth\"\n2,x\n");
  ASSERT_EQ(parsed.rows.size(), 3u);
  EXPECT_EQ(parsed.rows[1], (Row{"1", "first\nsecond\r\nthird\rfourth"}));
  EXPECT_EQ(parsed.rows[2], (Row{"2", "x"}));
  EXPECT_EQ(parsed.lines, (std::vector<uint64_t>{1, 2, 6}));
}

TEST(CsvLineEnds, BomIsDropped) {
  auto parsed = parse("\xEF\xBB\xBFstudent_id,name\n1,Alice\n");
  EXPECT_EQ(parsed.rows[0], (Row{"student_id", "name"}));
  EXPECT_EQ(parsed.lines, LINES_1_2);
}

TEST(CsvLineEnds, BomBeforeQuotedField) {
  auto parsed = parse("\xEF\xBB\xBF\"id\"\n");
  EXPECT_EQ(parsed.rows[0], (Row{"id"}));
}

TEST(CsvLineEnds, BomLaterInTheFileIsKept) {
  auto parsed = parse(
      "a\n\xEF\xBB\xBF"
      "b\n");
  EXPECT_EQ(parsed.rows[1], (Row{"\xEF\xBB\xBF"
                                 "b"}));
}

}  // namespace
}  // namespace rollcall::csv::testing
