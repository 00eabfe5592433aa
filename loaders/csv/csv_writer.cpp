#include "loaders/csv/csv_writer.h"

#include <cerrno>
#include <charconv>
#include <cstring>

#include "loaders/csv/csv_error.h"

namespace rollcall::csv {
namespace {

constexpr size_t FLUSH_BYTES = 1 << 20;

}  // namespace

CsvWriter::CsvWriter(std::string path, char fieldTerminator)
    : path_(std::move(path)), terminator_(fieldTerminator), file_(std::fopen(path_.c_str(), "wb")) {
  if (file_ == nullptr) {
    throw CsvError(path_, 0, 0, std::string("cannot create file: ") + std::strerror(errno));
  }
  buffer_.reserve(FLUSH_BYTES + 4096);
}

CsvWriter::~CsvWriter() {
  if (file_ == nullptr) return;
  // Errors cannot escape a destructor; callers that care call close().
  std::fwrite(buffer_.data(), 1, buffer_.size(), file_);
  std::fclose(file_);
}

void CsvWriter::separate() {
  if (!atRecordStart_) buffer_.push_back(terminator_);
  atRecordStart_ = false;
}

void CsvWriter::value(std::string_view text) {
  separate();
  bool quote = text.empty() || text.find_first_of("\"\r\n") != std::string_view::npos ||
               text.find(terminator_) != std::string_view::npos;
  if (!quote) {
    buffer_.append(text);
    return;
  }
  buffer_.push_back('"');
  for (char c : text) {
    if (c == '"') buffer_.push_back('"');
    buffer_.push_back(c);
  }
  buffer_.push_back('"');
}

void CsvWriter::value(int64_t number) {
  separate();
  char digits[24];
  auto result = std::to_chars(digits, digits + sizeof digits, number);
  buffer_.append(digits, result.ptr);
}

void CsvWriter::verbatim(std::string_view text) {
  separate();
  buffer_.append(text);
}

void CsvWriter::endRecord() {
  buffer_.push_back('\n');
  atRecordStart_ = true;
  flushIfFull();
}

void CsvWriter::flushIfFull() {
  if (buffer_.size() >= FLUSH_BYTES) flush();
}

void CsvWriter::flush() {
  if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) {
    throw CsvError(path_, 0, 0, std::string("write error: ") + std::strerror(errno));
  }
  buffer_.clear();
}

void CsvWriter::close() {
  if (file_ == nullptr) return;
  flush();
  std::FILE* file = file_;
  file_ = nullptr;
  if (std::fclose(file) != 0) {
    throw CsvError(path_, 0, 0, std::string("write error: ") + std::strerror(errno));
  }
}

}  // namespace rollcall::csv
