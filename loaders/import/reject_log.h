#pragma once
// The rejects file: one CSV row per input row that was not loaded, saying where it is and why.
//   file,line,reason,record
//   students.csv,14,non-integer student_id 'abc',"abc,Ghost,ghost@example.org,,"
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "loaders/csv/csv_writer.h"

namespace rollcall::loaders {

class RejectLog {
 public:
  /// Creates or truncates `path` and writes the header; an empty path logs nothing.
  explicit RejectLog(const std::string& path);

  void add(std::string_view file, uint64_t line, std::string_view reason, std::string_view record);
  /// Flushes; throws csv::CsvError on a write error.
  void close();

 private:
  std::unique_ptr<csv::CsvWriter> writer_;
};

}  // namespace rollcall::loaders
