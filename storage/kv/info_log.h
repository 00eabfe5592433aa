#pragma once
// RocksDB's diagnostic LOG, written without RocksDB's file writer. That writer asserts (and
// Debian's RocksDB keeps assertions) when used again after a failed write, so on a full disk
// the first warning after ENOSPC aborted the process. This one appends with stdio and drops
// what it cannot write. Only .cpp files include this header.
#include <rocksdb/env.h>

#include <cstdio>
#include <memory>
#include <mutex>
#include <string>

namespace rollcall::storage::kv {

class InfoLog : public rocksdb::Logger {
 public:
  InfoLog(const std::string& path, rocksdb::InfoLogLevel level);
  ~InfoLog() override;
  using rocksdb::Logger::Logv;
  void Logv(const char* format, va_list args) override;

 private:
  std::mutex mutex_;
  std::FILE* file_;
};

// The logger for the database in `dir` (its LOG file).
std::shared_ptr<rocksdb::Logger> infoLogFor(const std::string& dir);

}  // namespace rollcall::storage::kv
