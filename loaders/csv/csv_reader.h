#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "loaders/csv/csv_error.h"
#include "loaders/csv/csv_options.h"
#include "loaders/csv/csv_record.h"
#include "loaders/csv/csv_source.h"

namespace rollcall::csv {

/// Streams records out of a CSV file with Neo4j LOAD CSV semantics:
/// - every value is a string; an empty unquoted field is null, an empty quoted field ("") is "";
/// - RFC 4180 quoting: a field is quoted only when its first byte is '"'; inside, "" and (by
///   default) \" stand for one quote; quoted fields may span lines, whose line ends are kept;
///   a '"' inside an unquoted field is an ordinary character (a"b reads as a"b);
/// - CRLF, LF and CR all end a line; nothing is trimmed; a leading UTF-8 BOM is dropped;
/// - input must be UTF-8; anything else is a CsvError naming line and byte column.
/// The file is read through one fixed buffer, so memory does not grow with file size.
///
///   CsvReader reader("data/sample/students.csv");
///   CsvRecord record;
///   while (reader.next(record)) use(record.get(0), record.line());
class CsvReader {
 public:
  /// Opens `path`; throws CsvError when it cannot be opened or the options are invalid.
  explicit CsvReader(std::string path, CsvOptions options = {});
  /// Reads an in-memory text; `name` stands in for the path in errors.
  static CsvReader fromString(std::string text, CsvOptions options = {},
                              std::string name = "<string>");

  /// Fills `out` with the next record; false at end of input. Throws CsvError on malformed
  /// input; the reader must not be used after an error.
  bool next(CsvRecord& out);

  const std::string& path() const { return path_; }

  /// Throws CsvError at the record's line unless it has exactly `expected` fields. LOAD CSV
  /// tolerates ragged rows (missing columns read as null); bulk loaders usually do not.
  void requireFieldCount(const CsvRecord& record, size_t expected) const;

 private:
  enum class FieldEnd { DELIMITER, LINE_END, END_OF_INPUT };

  CsvReader(std::string path, std::unique_ptr<CsvSource> source, CsvOptions options);

  bool atRecordStart();
  FieldEnd readField(CsvRecord& out);
  FieldEnd readUnquoted(CsvRecord& out);
  FieldEnd readQuoted(CsvRecord& out);
  FieldEnd afterClosingQuote(CsvRecord& out);
  void readEscape(CsvRecord& out);
  void readUtf8(CsvRecord& out);
  void consumeLineEnd(CsvRecord* keepIn);

  int peek() { return pos_ < end_ || refill() ? static_cast<unsigned char>(buf_[pos_]) : -1; }
  bool refill();
  void skipBom();
  uint64_t column() const { return bufStart_ + pos_ - lineStart_ + 1; }
  [[noreturn]] void fail(uint64_t line, uint64_t column, const std::string& message) const;

  std::string path_;
  std::unique_ptr<CsvSource> source_;
  CsvOptions options_;
  // Bytes that end a run of ordinary bytes, outside and inside quotes.
  std::array<bool, 256> unquotedStop_{};
  std::array<bool, 256> quotedStop_{};

  std::vector<char> buf_;
  size_t pos_ = 0;
  size_t end_ = 0;
  uint64_t bufStart_ = 0;   // file offset of buf_[0]
  uint64_t line_ = 1;       // physical line of buf_[pos_]
  uint64_t lineStart_ = 0;  // file offset where that line starts
  bool eof_ = false;
  const CsvRecord* current_ = nullptr;  // the record being filled, for the size limit
};

}  // namespace rollcall::csv
