#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "loaders/csv/csv_error.h"
#include "loaders/csv/csv_reader.h"

namespace rollcall::csv::testing {

using Field = std::optional<std::string>;
using Row = std::vector<Field>;

/// Everything a reader yields, copied out of the reused record.
struct Parsed {
  std::vector<Row> rows;
  std::vector<uint64_t> lines;
};

inline Parsed readAll(CsvReader& reader) {
  Parsed parsed;
  CsvRecord record;
  while (reader.next(record)) {
    Row row;
    for (size_t i = 0; i < record.size(); ++i) {
      auto value = record.get(i);
      row.push_back(value ? Field(std::string(*value)) : std::nullopt);
    }
    parsed.rows.push_back(std::move(row));
    parsed.lines.push_back(record.line());
  }
  return parsed;
}

inline Parsed parse(std::string text, CsvOptions options = {}) {
  auto reader = CsvReader::fromString(std::move(text), options, "test.csv");
  return readAll(reader);
}

/// Parses text that must fail and returns the error.
inline CsvError parseError(std::string text, CsvOptions options = {}) {
  try {
    parse(std::move(text), options);
  } catch (const CsvError& error) {
    return error;
  }
  ADD_FAILURE() << "expected a CsvError";
  return CsvError("", 0, 0, "no error");
}

/// A file under the test's temporary directory, removed when the test ends.
class TempFile {
 public:
  explicit TempFile(const std::string& content) {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = std::filesystem::temp_directory_path() /
            (std::string("rollcall_csv_") + info->test_suite_name() + "_" + info->name() + ".csv");
    std::ofstream(path_, std::ios::binary) << content;
  }
  ~TempFile() { std::filesystem::remove(path_); }
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace rollcall::csv::testing
