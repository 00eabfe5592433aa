#include <gtest/gtest.h>

#include "tests/unit/csv/csv_test_util.h"

namespace rollcall::csv::testing {
namespace {

TEST(CsvQuoting, PlainFieldsAreStrings) {
  auto parsed = parse("1,Alice,alice@example.org\n2,Bob,bob@example.org\n");
  ASSERT_EQ(parsed.rows.size(), 2u);
  EXPECT_EQ(parsed.rows[0], (Row{"1", "Alice", "alice@example.org"}));
  EXPECT_EQ(parsed.rows[1], (Row{"2", "Bob", "bob@example.org"}));
}

TEST(CsvQuoting, QuotedFieldKeepsDelimitersAndSpaces) {
  auto parsed = parse("\"Smith, Jo\",\" padded \",x\n");
  EXPECT_EQ(parsed.rows[0], (Row{"Smith, Jo", " padded ", "x"}));
}

TEST(CsvQuoting, DoubledQuoteIsOneQuote) {
  auto parsed = parse("\"say \"\"hi\"\"\",\"\"\"\"\n");
  EXPECT_EQ(parsed.rows[0], (Row{"say \"hi\"", "\""}));
}

TEST(CsvQuoting, BackslashQuoteIsOneQuoteByDefault) {
  auto parsed = parse("\"say \\\"hi\\\"\",b\n");
  EXPECT_EQ(parsed.rows[0], (Row{"say \"hi\"", "b"}));
}

TEST(CsvQuoting, OtherBackslashesAreLiteral) {
  auto parsed = parse("\"C:\\temp\\n\",a\\b\n");
  EXPECT_EQ(parsed.rows[0], (Row{"C:\\temp\\n", "a\\b"}));
}

TEST(CsvQuoting, BackslashEscapeCanBeTurnedOff) {
  CsvOptions options;
  options.backslashEscapesQuote = false;
  auto parsed = parse("\"a\\\",b\n", options);
  EXPECT_EQ(parsed.rows[0], (Row{"a\\", "b"}));
}

TEST(CsvQuoting, EmptyUnquotedIsNullEmptyQuotedIsEmptyString) {
  auto parsed = parse(",\"\",x,\n");
  ASSERT_EQ(parsed.rows[0].size(), 4u);
  EXPECT_EQ(parsed.rows[0][0], std::nullopt);
  EXPECT_EQ(parsed.rows[0][1], std::optional<std::string>(""));
  EXPECT_EQ(parsed.rows[0][2], std::optional<std::string>("x"));
  EXPECT_EQ(parsed.rows[0][3], std::nullopt);
}

TEST(CsvQuoting, RecordReportsNullsThroughIsNullAndView) {
  auto reader = CsvReader::fromString("a,,\"\"\n");
  CsvRecord record;
  ASSERT_TRUE(reader.next(record));
  ASSERT_EQ(record.size(), 3u);
  EXPECT_FALSE(record.isNull(0));
  EXPECT_TRUE(record.isNull(1));
  EXPECT_FALSE(record.isNull(2));
  EXPECT_EQ(record.view(1), "");
  EXPECT_EQ(record.view(2), "");
  EXPECT_EQ(record.get(3), std::nullopt);  // past the last field reads as null
}

TEST(CsvQuoting, SpacesAreNeverTrimmed) {
  auto parsed = parse(" 7 , abc,\t\n");
  EXPECT_EQ(parsed.rows[0], (Row{" 7 ", " abc", "\t"}));
}

TEST(CsvQuoting, QuoteInsideUnquotedFieldIsLiteral) {
  auto parsed = parse("ab\"c,5\" tall\n");
  EXPECT_EQ(parsed.rows[0], (Row{"ab\"c", "5\" tall"}));
}

TEST(CsvQuoting, QuoteAfterLeadingSpaceDoesNotOpenAQuotedField) {
  auto parsed = parse(" \"a,b\"\n");
  EXPECT_EQ(parsed.rows[0], (Row{" \"a", "b\""}));
}

TEST(CsvQuoting, SemicolonTerminator) {
  CsvOptions options;
  options.fieldTerminator = ';';
  auto parsed = parse("a;\"b;c\";d,e;\n", options);
  EXPECT_EQ(parsed.rows[0], (Row{"a", "b;c", "d,e", std::nullopt}));
}

TEST(CsvQuoting, TabTerminator) {
  CsvOptions options;
  options.fieldTerminator = '\t';
  auto parsed = parse("a\tb c\t\t\"d\te\"\n", options);
  EXPECT_EQ(parsed.rows[0], (Row{"a", "b c", std::nullopt, "d\te"}));
}

TEST(CsvQuoting, MultiByteUtf8IsKept) {
  auto parsed = parse("Zoë,日本,\"😀\"\n");
  EXPECT_EQ(parsed.rows[0], (Row{"Zoë", "日本", "😀"}));
}

TEST(CsvQuoting, RaggedRowsKeepTheirOwnWidth) {
  auto parsed = parse("a,b,c\nd\ne,f,g,h\n");
  EXPECT_EQ(parsed.rows[0].size(), 3u);
  EXPECT_EQ(parsed.rows[1], (Row{"d"}));
  EXPECT_EQ(parsed.rows[2].size(), 4u);
}

}  // namespace
}  // namespace rollcall::csv::testing
