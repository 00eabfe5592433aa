#include "storage/kv/info_log.h"

#include <cstdarg>
#include <ctime>

namespace rollcall::storage::kv {

InfoLog::InfoLog(const std::string& path, rocksdb::InfoLogLevel level)
    : rocksdb::Logger(level), file_(std::fopen(path.c_str(), "a")) {}

InfoLog::~InfoLog() {
  if (file_) std::fclose(file_);
}

void InfoLog::Logv(const char* format, va_list args) {
  std::lock_guard lock(mutex_);
  if (!file_) return;
  std::time_t now = std::time(nullptr);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y/%m/%d-%H:%M:%S ", std::gmtime(&now));
  std::fputs(stamp, file_);
  std::vfprintf(file_, format, args);
  std::fputc('\n', file_);
  std::fflush(file_);  // a failure (ENOSPC) is dropped: the log is only diagnostics
  std::clearerr(file_);
}

std::shared_ptr<rocksdb::Logger> infoLogFor(const std::string& dir) {
  return std::make_shared<InfoLog>(dir + "/LOG", rocksdb::WARN_LEVEL);
}

}  // namespace rollcall::storage::kv
