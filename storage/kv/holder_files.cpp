#include "storage/kv/holder_files.h"

#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "storage/common/storage_error.h"

namespace rollcall::storage::kv {

namespace fs = std::filesystem;

namespace {

std::string holderPath(const std::string& dir) { return (fs::path(dir) / HOLDER_FILE).string(); }

// A pid from a file left by a killed writer may since name nobody (or, rarely, someone else).
bool isAlive(long pid) { return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM); }

}  // namespace

// Written beside and renamed into place, so a reader of the file never sees half a number.
void writeHolderPid(const std::string& dir) {
  std::string path = holderPath(dir);
  std::string partial = path + ".tmp";
  {
    std::ofstream out(partial, std::ios::trunc);
    out << ::getpid() << '\n';
    if (!out.flush()) return;
  }
  std::error_code ec;
  fs::rename(partial, path, ec);
  if (ec) fs::remove(partial, ec);
}

void removeHolderPid(const std::string& dir) {
  std::error_code ec;
  fs::remove(holderPath(dir), ec);
}

std::optional<long> readHolderPid(const std::string& dir) {
  std::ifstream in(holderPath(dir));
  long pid = 0;
  if (!(in >> pid) || !isAlive(pid)) return std::nullopt;
  return pid;
}

std::string lockedMessage(const std::string& dir) {
  std::string message = "database '" + dir + "' is in use by another process";
  if (auto pid = readHolderPid(dir)) message += " (pid " + std::to_string(*pid) + ")";
  return message;
}

namespace {

// Directories named `<prefix><pid>-...` whose process is gone: it was killed before it could
// remove its own.
void removeOrphans(const fs::path& base, const std::string& prefix) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(base, ec)) {
    std::string name = entry.path().filename().string();
    if (!name.starts_with(prefix)) continue;
    char* end = nullptr;
    long pid = std::strtol(name.c_str() + prefix.size(), &end, 10);
    if (*end != '-' || pid == long(::getpid()) || isAlive(pid)) continue;
    fs::remove_all(entry.path(), ec);
  }
}

}  // namespace

TempDir::TempDir(const std::string& prefix) {
  std::error_code ec;
  fs::path base = fs::temp_directory_path(ec);
  if (ec) base = "/tmp";
  removeOrphans(base, prefix);
  std::string pattern = (base / (prefix + std::to_string(::getpid()) + "-XXXXXX")).string();
  if (!::mkdtemp(pattern.data())) {
    throw StorageError(StorageErrorKind::IO, "cannot create a temporary directory " + pattern +
                                                 ": " + std::strerror(errno));
  }
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

}  // namespace rollcall::storage::kv
