#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "loaders/csv/csv_writer.h"
#include "tests/unit/csv/csv_test_util.h"

namespace rollcall::csv::testing {
namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  return content.str();
}

TEST(CsvWriterTest, QuotesOnlyWhatNeedsIt) {
  TempFile file("");
  CsvWriter writer(file.path());
  writer.value("plain");
  writer.null();
  writer.value("");
  writer.value("a,b");
  writer.value("say \"hi\"");
  writer.value("two\nlines");
  writer.value(int64_t{-42});
  writer.verbatim(" 7 ");
  writer.value("C:\\dir\\");
  writer.endRecord();
  writer.close();
  EXPECT_EQ(slurp(file.path()),
            "plain,,\"\",\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",-42, 7 ,C:\\dir\\\n");
}

TEST(CsvWriterTest, RoundTripsThroughTheReader) {
  const std::vector<Row> rows = {
      {"id", "name", std::nullopt},
      {"", " spaced ", "semi;colon"},
      {"\"", "a,\"b\"\r\nc", "Zoë 😀"},
      {std::nullopt, std::nullopt, "x"},
  };
  TempFile file("");
  CsvWriter writer(file.path(), ';');
  for (const Row& row : rows) {
    for (const Field& field : row) field ? writer.value(*field) : writer.null();
    writer.endRecord();
  }
  writer.close();
  CsvOptions options;
  options.fieldTerminator = ';';
  CsvReader reader(file.path(), options);
  EXPECT_EQ(readAll(reader).rows, rows);
}

TEST(CsvWriterTest, UncreatableFileThrows) {
  EXPECT_THROW(CsvWriter("/nonexistent/rollcall/out.csv"), CsvError);
}

}  // namespace
}  // namespace rollcall::csv::testing
