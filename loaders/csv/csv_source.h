#pragma once

#include <cstddef>
#include <memory>
#include <string>

namespace rollcall::csv {

/// Where the reader's bytes come from, one chunk at a time.
class CsvSource {
 public:
  virtual ~CsvSource() = default;
  /// Copies up to `capacity` bytes into `dst`; returns 0 at end of input and -1 on an I/O
  /// error, leaving errno set.
  virtual long read(char* dst, size_t capacity) = 0;

  /// Opens a file; throws CsvError (line 0) naming the path and the OS reason on failure.
  static std::unique_ptr<CsvSource> openFile(const std::string& path);
  /// Serves an in-memory text in chunks, exactly as a file would be served.
  static std::unique_ptr<CsvSource> fromString(std::string text);
};

}  // namespace rollcall::csv
