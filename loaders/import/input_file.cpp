#include "loaders/import/input_file.h"

#include <filesystem>
#include <utility>

#include "loaders/csv/csv_error.h"
#include "loaders/import/record_arena.h"

namespace rollcall::loaders {

InputFile::InputFile(const std::string& path, FileSummary& summary, RejectLog& rejects,
                     const LoadOptions& options)
    : reader_(path), summary_(summary), rejects_(rejects), options_(options) {
  summary_ = FileSummary{};
  summary_.file = std::filesystem::path(path).filename().string();
  std::error_code error;
  bytes_ = std::filesystem::file_size(path, error);
  if (error) bytes_ = 0;
  // A repeated column name is not an error for LOAD CSV (the later column wins), so not here.
  header_ = csv::CsvHeader::read(reader_, {.allowDuplicateNames = true});
}

size_t InputFile::column(std::string_view name, bool required) {
  std::optional<size_t> index = header_.indexOf(name);
  if (index) return *index;
  if (!required) return NO_COLUMN;
  throw csv::CsvError(reader_.path(), header_.line(), 0,
                      "the header has no column '" + std::string(name) + "'");
}

void InputFile::readAhead(size_t rows, std::function<void(const csv::CsvRecord&)> onRead) {
  ring_.resize(rows + 1);  // one more: the current row stays valid while the others fill
  onRead_ = std::move(onRead);
}

// Tops the ring up to all but one slot (the current row's).
void InputFile::fill() {
  while (!ended_ && !error_ && filled_ + 1 < ring_.size()) {
    csv::CsvRecord& slot = ring_[(head_ + filled_) % ring_.size()];
    try {
      if (!reader_.next(slot)) {
        ended_ = true;
        return;
      }
    } catch (...) {
      error_ = std::current_exception();
      return;
    }
    onRead_(slot);
    ++filled_;
  }
}

// Makes the next record current; false at the end of the file.
bool InputFile::read() {
  if (ring_.empty()) return reader_.next(record_);
  fill();
  if (filled_ == 0) {
    if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
    return false;
  }
  current_ = &ring_[head_];
  head_ = (head_ + 1) % ring_.size();
  --filled_;
  return true;
}

bool InputFile::next() {
  while (read()) {
    ++summary_.rows;
    if (summary_.rows % PROGRESS_ROWS == 0) reportProgress(false);
    if (current_->size() == header_.size()) return true;
    reject("wrong field count: " + std::to_string(current_->size()) + " fields, the header has " +
           std::to_string(header_.size()));
  }
  return false;
}

void InputFile::reject(std::string_view reason) {
  rejectEarlier(current_->line(), reason, renderRecord(*current_));
}

void InputFile::rejectEarlier(uint64_t line, std::string_view reason, std::string_view record) {
  ++summary_.rejected;
  rejects_.add(summary_.file, line, reason, record);
}

void InputFile::finish() {
  summary_.loaded = summary_.rows - summary_.rejected;
  reportProgress(true);
}

void InputFile::reportProgress(bool done) {
  if (!options_.progress) return;
  options_.progress(LoadProgress{summary_.file, summary_.rows, current_->line(), done});
}

}  // namespace rollcall::loaders
