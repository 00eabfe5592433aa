#include <gtest/gtest.h>

#include <filesystem>

#include "tests/unit/csv/csv_test_util.h"

namespace rollcall::csv::testing {
namespace {

void expectError(const CsvError& error, uint64_t line, uint64_t column, const std::string& what) {
  EXPECT_EQ(error.path(), "test.csv");
  EXPECT_EQ(error.line(), line);
  EXPECT_EQ(error.column(), column);
  EXPECT_EQ(std::string(error.what()), what);
}

TEST(CsvErrors, UnterminatedQuoteNamesWhereTheFieldStarted) {
  auto error = parseError("id,note\n1,ok\n2,\"never\nclosed,\n3,x\n");
  expectError(error, 3, 3, "test.csv:3:3: unterminated quoted field");
  EXPECT_EQ(error.message(), "unterminated quoted field");
}

TEST(CsvErrors, EscapedQuoteAtEndOfInputLeavesFieldUnterminated) {
  expectError(parseError("\"abc\\\""), 1, 1, "test.csv:1:1: unterminated quoted field");
}

TEST(CsvErrors, TextAfterClosingQuote) {
  expectError(parseError("x,y\nz,\"ab\"c\n"), 2, 7,
              "test.csv:2:7: unexpected character after closing quote");
}

TEST(CsvErrors, SpaceAfterClosingQuote) {
  expectError(parseError("\"a\" ,b\n"), 1, 4,
              "test.csv:1:4: unexpected character after closing quote");
}

TEST(CsvErrors, InvalidUtf8ByteNamesLineAndColumn) {
  expectError(parseError("a,b\nc,d\xFF\n"), 2, 4, "test.csv:2:4: invalid UTF-8");
}

TEST(CsvErrors, Latin1TextIsInvalidUtf8) {
  // "Zoë" saved as Latin-1: 0xEB followed by a non-continuation byte.
  expectError(parseError("Zo\xEB,x\n"), 1, 3, "test.csv:1:3: invalid UTF-8");
}

TEST(CsvErrors, InvalidUtf8InsideQuotedFieldOnItsOwnLine) {
  expectError(parseError("\"one\ntwo \xC3\x28\"\n"), 2, 5, "test.csv:2:5: invalid UTF-8");
}

TEST(CsvErrors, OverlongSurrogateAndTruncatedSequencesAreRejected) {
  EXPECT_EQ(parseError("\xC0\xAF").column(), 1u);          // overlong '/'
  EXPECT_EQ(parseError("ab\xE0\x80\xAF").column(), 3u);    // overlong 3-byte
  EXPECT_EQ(parseError("\xED\xA0\x80").column(), 1u);      // UTF-16 surrogate
  EXPECT_EQ(parseError("\xF4\x90\x80\x80").column(), 1u);  // above U+10FFFF
  EXPECT_EQ(parseError("x\xE6\x97").column(), 2u);         // cut short by end of input
  EXPECT_EQ(parseError("\x80").column(), 1u);              // stray continuation byte
}

TEST(CsvErrors, ColumnsCountBytesAfterTheBom) {
  expectError(parseError("\xEF\xBB\xBF\"a\"b"), 1, 4,
              "test.csv:1:4: unexpected character after closing quote");
}

TEST(CsvErrors, MissingFileNamesPathAndReason) {
  try {
    CsvReader reader("/nonexistent/rollcall/students.csv");
    FAIL() << "expected a CsvError";
  } catch (const CsvError& error) {
    EXPECT_EQ(error.line(), 0u);
    EXPECT_EQ(std::string(error.what()),
              "/nonexistent/rollcall/students.csv: cannot open file: No such file or directory");
  }
}

TEST(CsvErrors, ReadingADirectoryIsAnIoError) {
  // open() succeeds on a directory; the first read, done up front to look for a BOM, fails.
  auto dir = std::filesystem::temp_directory_path().string();
  try {
    CsvReader reader(dir);
    FAIL() << "expected a CsvError";
  } catch (const CsvError& error) {
    EXPECT_EQ(std::string(error.what()), dir + ": read error: Is a directory");
  }
}

TEST(CsvErrors, InvalidFieldTerminator) {
  CsvOptions options;
  options.fieldTerminator = '"';
  EXPECT_THROW(CsvReader::fromString("a", options), CsvError);
  options.fieldTerminator = '\n';
  EXPECT_THROW(CsvReader::fromString("a", options), CsvError);
}

TEST(CsvErrors, RequireFieldCount) {
  auto reader = CsvReader::fromString("a,b\nc\n", {}, "test.csv");
  CsvRecord record;
  ASSERT_TRUE(reader.next(record));
  EXPECT_NO_THROW(reader.requireFieldCount(record, 2));
  ASSERT_TRUE(reader.next(record));
  try {
    reader.requireFieldCount(record, 2);
    FAIL() << "expected a CsvError";
  } catch (const CsvError& error) {
    expectError(error, 2, 0, "test.csv:2: expected 2 fields, found 1");
  }
}

TEST(CsvErrors, RunawayQuoteHitsTheRecordSizeLimit) {
  CsvOptions options;
  options.bufferBytes = 16;
  options.maxRecordBytes = 100;
  std::string text = "id\n\"" + std::string(500, 'x') + "\n";
  expectError(parseError(text, options), 2, 0,
              "test.csv:2: record exceeds 100 bytes (is a quote unbalanced?)");
}

}  // namespace
}  // namespace rollcall::csv::testing
