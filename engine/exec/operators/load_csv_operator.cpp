// LOAD CSV: streams the rows of a file (memory stays flat), as maps keyed by the header or as
// lists. With USING PERIODIC COMMIT it commits every n rows: when it is asked for the next batch,
// everything it produced before has been processed downstream.
#include <algorithm>
#include <optional>

#include "engine/common/value_ops.h"
#include "engine/exec/evaluator.h"
#include "engine/exec/operators/import_path.h"
#include "engine/exec/operators/operators.h"
#include "loaders/csv/csv_error.h"
#include "loaders/csv/csv_reader.h"

namespace rollcall {
namespace {

class LoadCsvOperator : public PhysicalOperator {
 public:
  explicit LoadCsvOperator(const LoadCsvOp& op)
      : PhysicalOperator("LoadCSV", op.details), op_(op) {}

 protected:
  void doOpen(ExecContext& ctx) override {
    PhysicalOperator::doOpen(ctx);
    input_.clear();
    pos_ = 0;
    reader_.reset();
    inputDone_ = false;
    pendingError_.reset();
  }

  bool doNext(ExecContext& ctx, RowBatch& out) override {
    maybeCommit(ctx);
    if (pendingError_) throw *pendingError_;
    size_t cap = BATCH_SIZE;
    if (ctx.periodicCommitRows > 0) {
      cap = std::min<size_t>(cap, static_cast<size_t>(ctx.periodicCommitRows - sinceCommit_));
    }
    try {
      while (out.size() < cap) {
        if (!reader_ && !openNext(ctx)) return !out.empty();
        if (!reader_->next(record_)) {
          reader_.reset();
          continue;
        }
        if (op_.withHeaders && header_.empty()) {
          readHeader();
          continue;
        }
        out.push_back(makeRow());
        ++sinceCommit_;
      }
    } catch (const csv::CsvError& e) {
      // The rows before a malformed record are handed on first, and the error comes with the
      // next batch: with batched commits, everything before the bad line gets committed.
      CypherError error(ErrorClass::LOAD_ERROR, "", e.what());
      if (out.empty()) throw error;
      pendingError_ = std::move(error);
    }
    return true;
  }

 private:
  void maybeCommit(ExecContext& ctx) {
    if (ctx.periodicCommitRows <= 0 || sinceCommit_ < ctx.periodicCommitRows) return;
    ctx.commitBatch();
    ctx.rowsCommitted += sinceCommit_;
    sinceCommit_ = 0;
  }

  bool openNext(ExecContext& ctx) {
    while (pos_ >= input_.size()) {
      if (inputDone_ || !child->next(ctx, input_)) {
        inputDone_ = true;
        return false;
      }
      pos_ = 0;
    }
    current_ = std::move(input_[pos_++]);
    Value url = evaluate(*op_.url, current_, ctx);
    if (url.kind() != Value::Kind::STRING) {
      throw typeError("InvalidArgumentType",
                      "LOAD CSV expects a URL string but was " + typeName(url), op_.url->offset);
    }
    path_ = resolveImportUrl(url.asString(), ctx.importDir);
    csv::CsvOptions options;
    options.fieldTerminator = op_.fieldTerminator;
    reader_ = std::make_unique<csv::CsvReader>(path_, options);
    header_.clear();
    return true;
  }

  void readHeader() {
    for (size_t i = 0; i < record_.size(); ++i) header_.emplace_back(record_.view(i));
    if (header_.empty()) header_.emplace_back();
  }

  static Value field(const csv::CsvRecord& r, size_t i) {
    auto v = r.get(i);
    return v ? Value(std::string(*v)) : Value();
  }

  Row makeRow() {
    Row row = current_;
    if (op_.withHeaders) {
      ValueMap map;
      for (size_t i = 0; i < header_.size(); ++i) map.emplace_back(header_[i], field(record_, i));
      row[op_.out] = Value(std::move(map));
    } else {
      ValueList list;
      for (size_t i = 0; i < record_.size(); ++i) list.push_back(field(record_, i));
      row[op_.out] = Value(std::move(list));
    }
    row[op_.lineSlot] = Value(static_cast<int64_t>(record_.line()));
    row[op_.fileSlot] = Value(path_);
    return row;
  }

  const LoadCsvOp& op_;
  RowBatch input_;
  size_t pos_ = 0;
  bool inputDone_ = false;
  std::optional<CypherError> pendingError_;  // a malformed record met after some rows of a batch
  Row current_;
  std::string path_;
  std::unique_ptr<csv::CsvReader> reader_;
  csv::CsvRecord record_;
  std::vector<std::string> header_;
  int64_t sinceCommit_ = 0;
};

}  // namespace

OperatorPtr makeLoadCsv(const LoadCsvOp& op) { return std::make_unique<LoadCsvOperator>(op); }

}  // namespace rollcall
