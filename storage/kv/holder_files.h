#pragma once
// Files a process keeps beside (or for) an open database, outside RocksDB's own:
//  * `rollcall.pid` in the database directory: the process id of the writer holding RocksDB's
//    LOCK, so a second writer's LOCKED error can say who holds it;
//  * a reader's private directory for RocksDB's secondary instance (its LOG), under the
//    system's temporary directory, removed at close (or by the next reader, after a kill).
// Only .cpp files include this header.
#include <optional>
#include <string>

namespace rollcall::storage::kv {

inline constexpr const char* HOLDER_FILE = "rollcall.pid";

// Records this process as the holder of `dir` (best effort: the lock, not this file, is what
// keeps a second writer out). Called once the LOCK is held; a stale file is replaced.
void writeHolderPid(const std::string& dir);
// Removes the file written by writeHolderPid (at close, while the LOCK is still held).
void removeHolderPid(const std::string& dir);
// The pid in `dir`'s holder file when it is readable and names a live process.
std::optional<long> readHolderPid(const std::string& dir);
// "database '<dir>' is in use by another process[ (pid N)]".
std::string lockedMessage(const std::string& dir);

// A fresh private directory, `<prefix><pid>-XXXXXX` under the system's temporary directory,
// removed with everything in it when this object goes. Those of killed processes (whose pid
// names nobody now) are removed when the next one is made.
class TempDir {
 public:
  // Throws StorageError(IO) when the directory cannot be made.
  explicit TempDir(const std::string& prefix);
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace rollcall::storage::kv
