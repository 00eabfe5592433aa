#include "loaders/import/reject_log.h"

namespace rollcall::loaders {

RejectLog::RejectLog(const std::string& path) {
  if (path.empty()) return;
  writer_ = std::make_unique<csv::CsvWriter>(path);
  for (const char* column : {"file", "line", "reason", "record"}) writer_->value(column);
  writer_->endRecord();
}

void RejectLog::add(std::string_view file, uint64_t line, std::string_view reason,
                    std::string_view record) {
  if (!writer_) return;
  writer_->value(file);
  writer_->value(static_cast<int64_t>(line));
  writer_->value(reason);
  writer_->value(record);
  writer_->endRecord();
}

void RejectLog::close() {
  if (writer_) writer_->close();
}

}  // namespace rollcall::loaders
