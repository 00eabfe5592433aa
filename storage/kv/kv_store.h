#pragma once
// The RocksDB instance behind a GraphStore. Only .cpp files include this header, so no rocksdb
// type reaches the public storage headers.
#include <rocksdb/db.h>

#include <array>
#include <memory>
#include <optional>
#include <string>

#include "storage/common/storage_error.h"
#include "storage/kv/holder_files.h"

namespace rollcall::storage::kv {

// One column family per kind of key, so each gets its own options (bloom filters for point
// reads, no compression for adjacency) and bulk loads can ingest one sorted file per family.
enum class Cf : uint8_t { META = 0, NODES, LABELS, RELS, REL_TYPES, ADJ, DEGREE, INDEX, COUNT_ };
inline constexpr size_t CF_COUNT = size_t(Cf::COUNT_);

// 1: the first format. 2: planner statistics ("sta:" keys). 3: counts of relationship
// properties per type. 4: index keys compare numbers by value (index_key_codec.h). 5: stored
// column chunks and their stamps ("col:" keys, storage/columns/column_store.h); a build of
// format 4 must not write such a database, since its commits would not move the stamps. An
// older database gets what it lacks when first opened for writing (stats_rebuild.cpp).
inline constexpr uint32_t FORMAT_VERSION = 5;
// Memtables holding more than this are flushed when the store closes (see kv_store.cpp).
inline constexpr uint64_t FLUSH_AT_CLOSE_BYTES = uint64_t{16} << 20;

class KvStore {
 public:
  // Opens or creates the database directory; throws StorageError (LOCKED, NOT_A_DATABASE,
  // FORMAT_VERSION, CORRUPTION, NO_SPACE, IO). A writer takes RocksDB's LOCK and records its
  // pid (holder_files.h). `readOnly` opens a RocksDB secondary instance instead: no lock, so it
  // works beside a writer in another process, and it sees what was committed when it opened.
  KvStore(const std::string& dir, bool createIfMissing, bool readOnly);
  ~KvStore();

  rocksdb::DB& db() { return *db_; }
  rocksdb::ColumnFamilyHandle* cf(Cf which) { return handles_[size_t(which)]; }
  const std::string& dir() const { return dir_; }
  bool readOnly() const { return readOnly_; }
  // The format the database was written in (FORMAT_VERSION when created by this build).
  uint32_t formatVersion() const { return formatVersion_; }
  // Records FORMAT_VERSION in `batch`, for the write that completes a migration.
  void putFormatVersion(rocksdb::WriteBatch& batch);

  // A consistent view for a group of reads: a RocksDB snapshot; for a reader nullptr (the
  // latest state), since a secondary instance refuses snapshots and its state only changes
  // when it catches up with the writer, which it does only at open. Release what it returns.
  const rocksdb::Snapshot* takeSnapshot() { return readOnly_ ? nullptr : db_->GetSnapshot(); }
  void releaseSnapshot(const rocksdb::Snapshot* snapshot) {
    if (snapshot) db_->ReleaseSnapshot(snapshot);
  }

  // Point read from the committed state; false if absent.
  bool get(Cf which, const rocksdb::Slice& key, std::string* value);
  void write(rocksdb::WriteBatch& batch);  // synced: durable when it returns

 private:
  rocksdb::Status openSecondary(rocksdb::DBOptions options,
                                std::vector<rocksdb::ColumnFamilyHandle*>* handles,
                                rocksdb::DB** db);
  bool checkExistingDirectory();
  bool isEmpty();
  void checkFormat(bool created);
  void flushLargeMemtables();
  void close();

  std::string dir_;
  bool readOnly_;
  uint32_t formatVersion_ = FORMAT_VERSION;
  // A reader's private directory (secondary instance); declared before db_ so it goes after.
  std::optional<TempDir> secondaryDir_;
  std::unique_ptr<rocksdb::DB> db_;
  std::array<rocksdb::ColumnFamilyHandle*, CF_COUNT> handles_{};
};

// Throws statusError(status, context) unless `status` is ok.
void check(const rocksdb::Status& status, const std::string& context);
// The StorageError for a failed RocksDB call: CORRUPTION, NO_SPACE or IO, its message
// "<context>: <what happened>", naming the damaged file when RocksDB does (status_error.cpp).
StorageError statusError(const rocksdb::Status& status, const std::string& context);

}  // namespace rollcall::storage::kv
