// RocksDB statuses as StorageErrors. A damaged file and a full disk get their own kinds and
// plain words, because the user's next step differs: restore from a backup, or free space and
// run the statement again.
#include <string_view>

#include "storage/kv/kv_store.h"

namespace rollcall::storage::kv {
namespace {

// RocksDB's text without its "Corruption: " or "IO error: " prefix; it names the file and
// offset when it knows them ("block checksum mismatch: ... in /db/000012.sst offset 0 ...").
std::string detail(const rocksdb::Status& status) {
  const char* state = status.getState();
  return state ? std::string(state) : status.ToString();
}

// Some file systems report ENOSPC without RocksDB's NoSpace subcode, or as EDQUOT.
bool isNoSpace(const rocksdb::Status& status) {
  if (status.IsNoSpace()) return true;
  std::string text = status.ToString();
  return text.find("No space left on device") != std::string::npos ||
         text.find("Disk quota exceeded") != std::string::npos;
}

}  // namespace

StorageError statusError(const rocksdb::Status& status, const std::string& context) {
  if (status.IsCorruption()) {
    return StorageError(StorageErrorKind::CORRUPTION,
                        context + ": the database is corrupt: " + detail(status));
  }
  if (isNoSpace(status)) {
    return StorageError(StorageErrorKind::NO_SPACE,
                        context + ": no space left on device: " + detail(status));
  }
  return StorageError(StorageErrorKind::IO, context + ": " + status.ToString());
}

void check(const rocksdb::Status& status, const std::string& context) {
  if (!status.ok()) throw statusError(status, context);
}

}  // namespace rollcall::storage::kv
