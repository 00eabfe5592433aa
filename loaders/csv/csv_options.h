#pragma once

#include <cstddef>

namespace rollcall::csv {

/// How a CSV file is read. The defaults are Neo4j's LOAD CSV defaults.
struct CsvOptions {
  /// Separates fields: ',' by default; ';' and '\t' are common. Must not be '"', '\r' or '\n'.
  char fieldTerminator = ',';
  /// Inside a quoted field, \" is an escaped quote as well as "" (Neo4j's default, set by
  /// dbms.import.csv.legacy_quote_escaping). A backslash before anything else is kept as is.
  bool backslashEscapesQuote = true;
  /// Physical lines with no bytes at all produce no record rather than a record holding one
  /// null; export tools often leave blank lines at the end of a file.
  bool skipEmptyLines = true;
  /// Size of the one read buffer: memory stays flat whatever the file size.
  size_t bufferBytes = 256 * 1024;
  /// A record larger than this is an error. It bounds memory when a stray quote would otherwise
  /// swallow the rest of a large file into one field.
  size_t maxRecordBytes = 64 * 1024 * 1024;
};

}  // namespace rollcall::csv
