#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace rollcall::csv {

/// The one error the CSV library throws: malformed input, invalid UTF-8 or an I/O failure.
/// It carries where the problem is so loaders can name file, line and column; the engine wraps
/// it into its own LoadError at the layer boundary.
///
/// `line` is the 1-based physical line (0 when the error is about the file as a whole, e.g. it
/// cannot be opened). `column` is the 1-based byte offset within that line (0 when the error
/// concerns a whole record, e.g. a field-count mismatch).
class CsvError : public std::runtime_error {
 public:
  CsvError(std::string path, uint64_t line, uint64_t column, std::string message);

  const std::string& path() const { return path_; }
  uint64_t line() const { return line_; }
  uint64_t column() const { return column_; }
  /// The message without the location prefix.
  const std::string& message() const { return message_; }

 private:
  std::string path_;
  uint64_t line_;
  uint64_t column_;
  std::string message_;
};

}  // namespace rollcall::csv
