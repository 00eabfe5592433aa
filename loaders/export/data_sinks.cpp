#include "loaders/export/data_sinks.h"

#include "engine/common/error.h"

namespace rollcall::loaders {

void ScriptBuffer::flush() {
  out_.write(buf_.data(), std::streamsize(buf_.size()));
  buf_.clear();
  if (!out_) throw CypherError(ErrorClass::EXPORT_ERROR, "WriteFailed", "cannot write the output");
}

namespace {

// What both sinks share: cell bookkeeping, so a row source writing too few or too many cells is
// caught as the bug it is.
class SinkBase : public TableSink {
 public:
  SinkBase(const SqlDialectWriter& writer, const TableSpec& table, ScriptBuffer& out,
           RowCounter& counter)
      : writer_(writer), table_(table), out_(out), counter_(counter) {}

  void value(const storage::PropertyValue& v) override {
    if (v.isNull()) return null();
    std::string& text = beginCell();
    writer_.appendCell(text, v, table_.columns[cell_ - 1].type);
  }
  void rendered(std::string_view cell) override { beginCell().append(cell); }
  void null() override { beginCell().append(writer_.nullCell()); }
  std::string renderKey(const storage::PropertyValue& v, const ColumnSpec& column) override {
    std::string text;
    if (v.isNull()) return std::string(writer_.nullCell());
    writer_.appendCell(text, v, column.type);
    return text;
  }
  uint64_t rows() const override { return rows_; }

 protected:
  std::string& beginCell() {
    if (cell_ == table_.columns.size()) {
      throw internalError("export: too many cells in a row of " + table_.name);
    }
    if (cell_ == 0) beginRow();
    if (cell_ > 0) out_.text().push_back(separator());
    ++cell_;
    return out_.text();
  }
  void endRowCells() {
    if (cell_ != table_.columns.size()) {
      throw internalError("export: a row of " + table_.name + " has " + std::to_string(cell_) +
                          " cells, not " + std::to_string(table_.columns.size()));
    }
    cell_ = 0;
    ++rows_;
    counter_.add();
  }
  virtual void beginRow() = 0;
  virtual char separator() const = 0;

  const SqlDialectWriter& writer_;
  const TableSpec& table_;
  ScriptBuffer& out_;
  RowCounter& counter_;
  size_t cell_ = 0;
  uint64_t rows_ = 0;
};

std::string columnList(const TableSpec& table) {
  std::string out = "(";
  for (size_t i = 0; i < table.columns.size(); ++i) {
    if (i > 0) out += ", ";
    out += quoteIdent(table.columns[i].name);
  }
  return out + ")";
}

// COPY "t" ("a", "b") FROM stdin; then one line a row; then "\." alone on a line.
class CopySink final : public SinkBase {
 public:
  using SinkBase::SinkBase;
  void endRow() override {
    endRowCells();
    out_.text().push_back('\n');
    out_.maybeFlush();
  }
  void finish() override {
    if (started_) out_.append("\\.\n\n");
  }

 private:
  void beginRow() override {
    if (started_) return;
    started_ = true;
    out_.append("COPY " + quoteIdent(table_.name) + " " + columnList(table_) + " FROM stdin;\n");
  }
  char separator() const override { return '\t'; }
  bool started_ = false;
};

// INSERT INTO "t" ("a", "b") VALUES (..), (..); in statements of up to ROWS_PER_INSERT rows.
class InsertSink final : public SinkBase {
 public:
  static constexpr uint64_t ROWS_PER_INSERT = 1000;
  using SinkBase::SinkBase;
  void endRow() override {
    endRowCells();
    out_.text().push_back(')');
    if (++inStatement_ == ROWS_PER_INSERT) finish();
    out_.maybeFlush();
  }
  void finish() override {
    if (inStatement_ > 0) out_.append(";\n");
    inStatement_ = 0;
  }

 private:
  void beginRow() override {
    if (inStatement_ == 0) {
      out_.append("INSERT INTO " + quoteIdent(table_.name) + " " + columnList(table_) +
                  " VALUES\n(");
    } else {
      out_.append(",\n(");
    }
  }
  char separator() const override { return ','; }
  uint64_t inStatement_ = 0;
};

}  // namespace

std::unique_ptr<TableSink> makeTableSink(SqlDialect dialect, const SqlDialectWriter& writer,
                                         const TableSpec& table, ScriptBuffer& out,
                                         RowCounter& counter) {
  if (dialect == SqlDialect::SQLITE) {
    return std::make_unique<InsertSink>(writer, table, out, counter);
  }
  return std::make_unique<CopySink>(writer, table, out, counter);
}

}  // namespace rollcall::loaders
