#include <gtest/gtest.h>

#include <string>

#include "tests/unit/csv/csv_test_util.h"

namespace rollcall::csv::testing {
namespace {

// Every construct whose handling spans more than one byte: CRLF, "", \", BOM, multi-byte
// UTF-8, quoted line ends, nulls and empty strings.
const std::string TRICKY =
    "\xEF\xBB\xBFid,name,note\r\n"
    "1,\"Zoë \"\"Z\"\" \\\"Q\\\"\",\"multi\r\nline\rfield\"\r\n"
    "2,,\"\"\r"
    "3,日本😀,plain\n"
    "\n"
    "4,\"a,b\",\"\"\"\"";

const std::vector<Row> TRICKY_ROWS = {
    {"id", "name", "note"},  {"1", "Zoë \"Z\" \"Q\"", "multi\r\nline\rfield"},
    {"2", std::nullopt, ""}, {"3", "日本😀", "plain"},
    {"4", "a,b", "\""},
};
const std::vector<uint64_t> TRICKY_LINES = {1, 2, 5, 6, 8};

TEST(CsvBuffer, SmallBuffersSplitEveryConstructTheSameWay) {
  for (size_t bytes = 1; bytes <= TRICKY.size() + 1; ++bytes) {
    CsvOptions options;
    options.bufferBytes = bytes;
    auto parsed = parse(TRICKY, options);
    EXPECT_EQ(parsed.rows, TRICKY_ROWS) << "buffer of " << bytes << " bytes";
    EXPECT_EQ(parsed.lines, TRICKY_LINES) << "buffer of " << bytes << " bytes";
  }
}

TEST(CsvBuffer, ErrorPositionsDoNotDependOnTheBuffer) {
  for (size_t bytes = 1; bytes <= 12; ++bytes) {
    CsvOptions options;
    options.bufferBytes = bytes;
    auto error = parseError("a,b\r\nc,\"d\"\r\n\"e\"x", options);
    EXPECT_EQ(error.line(), 3u) << "buffer of " << bytes << " bytes";
    EXPECT_EQ(error.column(), 4u) << "buffer of " << bytes << " bytes";
  }
}

TEST(CsvBuffer, FileMuchLargerThanTheBuffer) {
  std::string content = "student_id,session_id,note\n";
  const int rows = 3000;
  for (int i = 0; i < rows; ++i) {
    std::string note =
        i % 3 == 0 ? "\"line\nbreak, " + std::to_string(i) + "\"" : "n" + std::to_string(i);
    content += std::to_string(i) + "," + std::to_string(i * 7) + "," + note + "\n";
  }
  TempFile file(content);
  CsvOptions options;
  options.bufferBytes = 1000;  // about 1/50 of the file: many records straddle a chunk boundary
  CsvReader reader(file.path(), options);
  EXPECT_EQ(reader.path(), file.path());
  auto parsed = readAll(reader);
  ASSERT_EQ(parsed.rows.size(), rows + 1u);
  uint64_t line = 2;
  for (int i = 0; i < rows; ++i) {
    const Row& row = parsed.rows[i + 1];
    ASSERT_EQ(row.size(), 3u);
    EXPECT_EQ(row[0], std::to_string(i));
    EXPECT_EQ(row[1], std::to_string(i * 7));
    EXPECT_EQ(row[2], i % 3 == 0 ? "line\nbreak, " + std::to_string(i) : "n" + std::to_string(i));
    EXPECT_EQ(parsed.lines[i + 1], line);
    line += i % 3 == 0 ? 2 : 1;
  }
}

}  // namespace
}  // namespace rollcall::csv::testing
