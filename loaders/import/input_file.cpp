#include "loaders/import/input_file.h"

#include <filesystem>

#include "loaders/csv/csv_error.h"
#include "loaders/import/record_arena.h"

namespace rollcall::loaders {

InputFile::InputFile(const std::string& path, FileSummary& summary, RejectLog& rejects,
                     const LoadOptions& options)
    : reader_(path), summary_(summary), rejects_(rejects), options_(options) {
  summary_ = FileSummary{};
  summary_.file = std::filesystem::path(path).filename().string();
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

bool InputFile::next() {
  while (reader_.next(record_)) {
    ++summary_.rows;
    if (summary_.rows % PROGRESS_ROWS == 0) reportProgress(false);
    if (record_.size() == header_.size()) return true;
    reject("wrong field count: " + std::to_string(record_.size()) + " fields, the header has " +
           std::to_string(header_.size()));
  }
  return false;
}

void InputFile::reject(std::string_view reason) {
  rejectEarlier(record_.line(), reason, renderRecord(record_));
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
  options_.progress(LoadProgress{summary_.file, summary_.rows, record_.line(), done});
}

}  // namespace rollcall::loaders
