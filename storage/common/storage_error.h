#pragma once
// Errors raised by the storage layer. The engine maps them to Cypher error classes at its
// boundary (UNIQUE_VIOLATION becomes ConstraintVerificationFailed, and so on).
#include <stdexcept>
#include <string>

namespace rollcall::storage {

enum class StorageErrorKind : uint8_t {
  IO,                // RocksDB reported an I/O problem
  CORRUPTION,        // a database file fails its checksum or does not parse
  NO_SPACE,          // the file system is full
  LOCKED,            // another process holds the database directory
  NOT_A_DATABASE,    // the directory holds something that is not a rollcall database
  FORMAT_VERSION,    // written by a newer format than this build reads, or an older one
                     // that a read-only open cannot use (GraphStore::indexSeeksAvailable)
  UNIQUE_VIOLATION,  // a unique constraint would be broken
  NOT_FOUND,         // an entity id that does not exist (or was deleted)
  STILL_CONNECTED,   // deleting a node that still has relationships
  INVALID_ARGUMENT,  // a caller bug or a bad request (e.g. writing in a read-only transaction)
};

class StorageError : public std::runtime_error {
 public:
  StorageError(StorageErrorKind kind, const std::string& message)
      : std::runtime_error(message), kind_(kind) {}
  StorageErrorKind kind() const { return kind_; }

 private:
  StorageErrorKind kind_;
};

}  // namespace rollcall::storage
