#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace rollcall::csv {

/// Writes a CSV file that CsvReader (and Neo4j LOAD CSV) reads back to the same values: a null
/// is an empty unquoted field, the empty string is "", and a value is quoted (quotes doubled)
/// only when it contains the terminator, a quote or a line end. Output is buffered; call close()
/// to learn about write errors, which the destructor cannot report.
///
/// Caveat, shared with Neo4j: with backslashEscapesQuote on (the reader's default) a quoted
/// value in which a backslash precedes a quote or ends the value cannot be read back as written,
/// since \" reads as an escaped quote. Values without backslashes always round-trip.
class CsvWriter {
 public:
  /// Creates or truncates `path`; throws CsvError when it cannot.
  explicit CsvWriter(std::string path, char fieldTerminator = ',');
  ~CsvWriter();
  CsvWriter(const CsvWriter&) = delete;
  CsvWriter& operator=(const CsvWriter&) = delete;

  void value(std::string_view text);
  void value(int64_t number);
  void null() { separate(); }
  /// Writes bytes as they are, unquoted: for callers that must produce exact text (e.g. an id
  /// with spaces around it). The caller guarantees they hold no terminator, quote or line end.
  void verbatim(std::string_view text);
  void endRecord();
  /// Flushes and closes; throws CsvError on a write error. Idempotent.
  void close();

 private:
  void separate();
  void flushIfFull();
  void flush();

  std::string path_;
  char terminator_;
  std::FILE* file_;
  std::string buffer_;
  bool atRecordStart_ = true;
};

}  // namespace rollcall::csv
