#pragma once
// One input CSV file read as LOAD CSV WITH HEADERS reads it (columns found by header name),
// with the bookkeeping every pass shares: row counts, rejects, progress.
#include <cstdint>
#include <exception>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/csv/csv_header.h"
#include "loaders/csv/csv_reader.h"
#include "loaders/import/attendance_loader.h"
#include "loaders/import/reject_log.h"

namespace rollcall::loaders {

inline constexpr size_t NO_COLUMN = ~size_t{0};

class InputFile {
 public:
  /// Opens `path` and reads its header; throws csv::CsvError when that fails.
  InputFile(const std::string& path, FileSummary& summary, RejectLog& rejects,
            const LoadOptions& options);

  /// The column named `name`. A missing required column is a csv::CsvError at the header line
  /// (every row would be skipped otherwise); a missing optional one reads as null (NO_COLUMN).
  size_t column(std::string_view name, bool required);

  /// From now on, reads `rows` records ahead of the current row and shows each to `onRead` as
  /// it is read (to prefetch what the row will look up: a random lookup in a table bigger than
  /// the cache stalls, a prefetch issued rows earlier does not). Rows are still counted,
  /// rejected and reported in file order, and a read error surfaces at the row it was found.
  void readAhead(size_t rows, std::function<void(const csv::CsvRecord&)> onRead);

  /// Advances to the next row with as many fields as the header, rejecting the others.
  bool next();
  const csv::CsvRecord& record() const { return *current_; }
  std::optional<std::string_view> get(size_t column) const {
    return column == NO_COLUMN ? std::nullopt : current_->get(column);
  }
  uint64_t line() const { return current_->line(); }

  /// Rejects the current row.
  void reject(std::string_view reason);
  /// Rejects a row read earlier, given its line and rendered record.
  void rejectEarlier(uint64_t line, std::string_view reason, std::string_view record);
  /// Completes the summary and reports the end of the file.
  void finish();

  const std::string& name() const { return summary_.file; }
  /// The file's size in bytes (0 when unknown).
  uint64_t bytes() const { return bytes_; }

 private:
  void reportProgress(bool done);
  bool read();
  void fill();

  csv::CsvReader reader_;
  csv::CsvHeader header_;
  csv::CsvRecord record_;
  const csv::CsvRecord* current_ = &record_;
  // Read-ahead ring: records [head_, head_ + filled_) (mod size) are read, not yet current.
  std::vector<csv::CsvRecord> ring_;
  size_t head_ = 0;
  size_t filled_ = 0;
  bool ended_ = false;
  std::exception_ptr error_;  // thrown by the reader past the last record in the ring
  std::function<void(const csv::CsvRecord&)> onRead_;
  uint64_t bytes_ = 0;
  FileSummary& summary_;
  RejectLog& rejects_;
  const LoadOptions& options_;
};

}  // namespace rollcall::loaders
