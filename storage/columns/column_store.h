#pragma once
// Persisted column chunks: label bitmaps, degree arrays and property columns are stored in the
// default (meta) family, so a new process reads a chunk (one point read) instead of building it
// from up to 4,096 records. Internal to storage (no RocksDB header here).
//
// Validity without locks. Every stored chunk carries the stamp it was built at: the column
// epoch ("col:E", changed by every bulk load, in the same atomic ingestion as the data) and
// its node chunk's generation ("col:G" chunk, changed by every commit that wrote a node or a
// degree of the chunk, in the same atomic commit batch as those writes; a fresh random value,
// so no read is needed). A reader takes one RocksDB snapshot, reads the current stamp and the
// stored chunk in it, and accepts the chunk only when the stamps are equal; otherwise it
// builds the chunk from the records of that same snapshot and (writable stores only) stores
// it with the stamp it read. Since the stamp and the data it covers change together, a chunk
// stored with stamp S equals the records of every state whose stamp is S: a commit racing a
// build changes the stamp, so the chunk built before it is stored under the old stamp and never
// accepted again. Stored chunks are a cache: they are written without sync, and losing them
// costs only a rebuild.
//
// Why the meta family and not one of their own: a database with an extra column family is "not
// a rollcall database" to a build of format 4, which would then not give its clear "newer
// format" error; and a format-4 database opened read-only needs no family it lacks.
#include <cstdint>
#include <string>

#include "storage/columns/column_codec.h"

namespace rocksdb {
class Snapshot;
}

namespace rollcall::storage {

namespace kv {
class KvStore;
}

// A fresh, non-zero generation or epoch (random 64 bits: unique in practice, and needs no read).
uint64_t newColumnStamp();

// One consistent view of the committed state for reading or building the chunks of one node
// chunk: a snapshot and the stamp current in it.
class ColumnReadView {
 public:
  ColumnReadView(kv::KvStore& kv, uint64_t chunk);
  ~ColumnReadView();
  ColumnReadView(const ColumnReadView&) = delete;
  ColumnReadView& operator=(const ColumnReadView&) = delete;

  const rocksdb::Snapshot* snapshot() const { return snapshot_; }
  // The payload stored under `key` when it was built at this view's stamp.
  bool load(const std::string& key, std::string* payload);
  // Stores a payload built from this view's snapshot; nothing on read-only stores or databases
  // older than format 5 (opened read-only: a writable open has migrated them).
  void store(const std::string& key, const std::string& payload);

 private:
  uint64_t readStamp(const std::string& key);

  kv::KvStore& kv_;
  const rocksdb::Snapshot* snapshot_;
  bool persisted_;
  ColumnStamp stamp_;
};

}  // namespace rollcall::storage
