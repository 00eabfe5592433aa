#pragma once
// Where table rows become script text: PostgreSQL COPY blocks (tab-separated text format,
// ended by "\."), or SQLite multi-row INSERT statements of up to 1,000 rows. Output goes
// through a buffer written to the stream in blocks of about 1 MiB.
#include <cstdint>
#include <functional>
#include <memory>
#include <ostream>
#include <string>

#include "loaders/export/sql_dialect.h"
#include "loaders/export/table_spec.h"

namespace rollcall::loaders {

class ScriptBuffer {
 public:
  explicit ScriptBuffer(std::ostream& out) : out_(out) {}
  ~ScriptBuffer() { flush(); }
  std::string& text() { return buf_; }
  void append(std::string_view s) { buf_.append(s); }
  void maybeFlush() {
    if (buf_.size() >= (1u << 20)) flush();
  }
  void flush();

 private:
  std::ostream& out_;
  std::string buf_;
};

// Rows counted across tables, reported to the progress callback every 64 Ki rows.
struct RowCounter {
  uint64_t rows = 0;
  uint64_t total = 0;
  std::function<void(std::string_view, uint64_t, uint64_t)> progress;
  void add() {
    if ((++rows & 0xffff) == 0 && progress) progress("writing", rows, total);
  }
};

class TableSink : public RowSink {
 public:
  // Ends the table's data (the COPY terminator or the last INSERT's semicolon).
  virtual void finish() = 0;
  virtual uint64_t rows() const = 0;
};

std::unique_ptr<TableSink> makeTableSink(SqlDialect dialect, const SqlDialectWriter& writer,
                                         const TableSpec& table, ScriptBuffer& out,
                                         RowCounter& counter);

}  // namespace rollcall::loaders
