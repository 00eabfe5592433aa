#include "loaders/csv/csv_source.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#include "loaders/csv/csv_error.h"

namespace rollcall::csv {
namespace {

class FileSource : public CsvSource {
 public:
  explicit FileSource(int fd) : fd_(fd) {}
  ~FileSource() override { ::close(fd_); }
  FileSource(const FileSource&) = delete;
  FileSource& operator=(const FileSource&) = delete;

  long read(char* dst, size_t capacity) override {
    for (;;) {
      ssize_t n = ::read(fd_, dst, capacity);
      if (n >= 0 || errno != EINTR) return static_cast<long>(n);
    }
  }

 private:
  int fd_;
};

class StringSource : public CsvSource {
 public:
  explicit StringSource(std::string text) : text_(std::move(text)) {}

  long read(char* dst, size_t capacity) override {
    size_t n = std::min(capacity, text_.size() - offset_);
    std::memcpy(dst, text_.data() + offset_, n);
    offset_ += n;
    return static_cast<long>(n);
  }

 private:
  std::string text_;
  size_t offset_ = 0;
};

}  // namespace

std::unique_ptr<CsvSource> CsvSource::openFile(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    throw CsvError(path, 0, 0, std::string("cannot open file: ") + std::strerror(errno));
  }
  // The reader scans front to back once: let the kernel read ahead aggressively.
  ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
  return std::make_unique<FileSource>(fd);
}

std::unique_ptr<CsvSource> CsvSource::fromString(std::string text) {
  return std::make_unique<StringSource>(std::move(text));
}

}  // namespace rollcall::csv
