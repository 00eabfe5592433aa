#include "storage/kv/kv_store.h"

#include <algorithm>
#include <filesystem>

#include "storage/codec/big_endian.h"
#include "storage/codec/keys.h"
#include "storage/kv/info_log.h"
#include "storage/kv/kv_options.h"
#include "storage/kv/sst_sink.h"

namespace rollcall::storage::kv {

namespace fs = std::filesystem;

namespace {

StorageError notADatabase(const std::string& dir) {
  return StorageError(StorageErrorKind::NOT_A_DATABASE, "'" + dir + "' is not a rollcall database");
}

bool hasManifest(const std::string& dir) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().filename().string().rfind("MANIFEST-", 0) == 0) return true;
  }
  return false;
}

bool isEmptyDirectory(const std::string& dir) {
  std::error_code ec;
  return !fs::exists(dir, ec) || (fs::is_directory(dir, ec) && fs::is_empty(dir, ec));
}

// RocksDB writes CURRENT last when it creates a database: a process killed before that leaves
// only these files, and no database.
bool isCreationLeftover(const std::string& name) {
  for (const char* prefix : {"LOCK", "IDENTITY", "LOG", "MANIFEST-", "OPTIONS-"}) {
    if (name.starts_with(prefix)) return true;
  }
  return name.ends_with(".dbtmp") || name.ends_with(".log");
}

bool isInterruptedCreation(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec) || fs::exists(fs::path(dir) / "CURRENT", ec)) return false;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (!isCreationLeftover(entry.path().filename().string())) return false;
  }
  return !ec;
}

// RocksDB reports a held LOCK file (by another process, or by this one) as an IOError whose
// message mentions the lock.
bool isLockError(const rocksdb::Status& s) {
  std::string msg = s.ToString();
  std::transform(msg.begin(), msg.end(), msg.begin(), ::tolower);
  return s.IsIOError() && msg.find("lock") != std::string::npos;
}

}  // namespace

KvStore::KvStore(const std::string& dir, bool createIfMissing, bool readOnly)
    : dir_(dir), readOnly_(readOnly) {
  bool fresh = isEmptyDirectory(dir) || isInterruptedCreation(dir);
  if (fresh && (!createIfMissing || readOnly)) {
    throw StorageError(StorageErrorKind::NOT_A_DATABASE, "database '" + dir + "' does not exist");
  }
  // A crash between creating the first column family and the last leaves some of them: the
  // open finishes the job (checkFormat then finds the store empty and writes the version).
  bool someFamiliesMissing = !fresh && checkExistingDirectory();
  if (fresh) fs::create_directories(dir);

  auto options = dbOptions();
  options.info_log = infoLogFor(dir);
  options.create_if_missing = fresh;
  options.create_missing_column_families = fresh || (someFamiliesMissing && !readOnly);
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s = readOnly ? openSecondary(options, &handles, &raw)
                               : rocksdb::DB::Open(options, dir, cfDescriptors(), &handles, &raw);
  if (isLockError(s)) throw StorageError(StorageErrorKind::LOCKED, lockedMessage(dir));
  if (!s.ok() && raw) {  // the secondary opened but could not catch up
    for (auto* h : handles) raw->DestroyColumnFamilyHandle(h);
    delete raw;
  }
  check(s, "cannot open database '" + dir + "'");
  db_.reset(raw);
  std::copy(handles.begin(), handles.end(), handles_.begin());
  if (!readOnly) {
    writeHolderPid(dir);
    removeStaleBulkFiles(dir);
  }
  try {
    checkFormat(fresh);
  } catch (...) {
    close();  // the destructor does not run when a constructor throws
    throw;
  }
}

KvStore::~KvStore() { close(); }

// RocksDB documents a read-only instance (OpenForReadOnly) beside a live writer as undefined
// behaviour: the writer may delete the files it is reading. A secondary instance is made for
// that: it reads the MANIFEST and the WAL the writer is appending to (a commit cut short at the
// end of the WAL is not applied: each commit is one write batch, seen whole or not at all) and
// keeps every table file open (max_open_files = -1), so a compaction deleting them does not
// pull them from under it. It needs a directory of its own for its LOG; it writes nothing in
// the database directory. Caught up once: a reader keeps the state it opened on.
rocksdb::Status KvStore::openSecondary(rocksdb::DBOptions options,
                                       std::vector<rocksdb::ColumnFamilyHandle*>* handles,
                                       rocksdb::DB** db) {
  secondaryDir_.emplace("rollcall-reader-");
  options.max_open_files = -1;
  options.create_if_missing = false;
  options.create_missing_column_families = false;
  options.info_log = infoLogFor(secondaryDir_->path());
  auto s = rocksdb::DB::OpenAsSecondary(options, dir_, secondaryDir_->path(), cfDescriptors(),
                                        handles, db);
  if (s.ok()) s = (*db)->TryCatchUpWithPrimary();
  return s;
}

// Handles must go before the DB, or RocksDB asserts on outstanding column family references.
void KvStore::close() {
  if (!db_) return;
  flushLargeMemtables();
  for (auto* h : handles_) db_->DestroyColumnFamilyHandle(h);
  if (!readOnly_) removeHolderPid(dir_);  // before Close: the LOCK still keeps others out
  db_->Close();
  db_.reset();
}

// Committed data still in the memtables is only in the WAL, and the next open replays it: for a
// large load (a LOAD CSV of a million rows) that replay costs the next process seconds and as
// much memory as the load's batch. Writing the memtables out at close is cheaper than
// replaying them; small ones stay in the WAL, which keeps closing after small transactions fast.
void KvStore::flushLargeMemtables() {
  if (readOnly_) return;
  uint64_t bytes = 0;
  if (!db_->GetAggregatedIntProperty(rocksdb::DB::Properties::kCurSizeAllMemTables, &bytes) ||
      bytes < FLUSH_AT_CLOSE_BYTES) {
    return;
  }
  std::vector<rocksdb::ColumnFamilyHandle*> all(handles_.begin(), handles_.end());
  // Best effort: if the flush fails the WAL still holds the data.
  db_->Flush(rocksdb::FlushOptions(), all).PermitUncheckedError();
}

// A non-empty directory must be a RocksDB database holding our column families and no others;
// true when some of ours are missing.
bool KvStore::checkExistingDirectory() {
  if (!fs::is_directory(dir_) || !fs::exists(fs::path(dir_) / "CURRENT")) throw notADatabase(dir_);
  std::vector<std::string> families;
  auto s = rocksdb::DB::ListColumnFamilies(dbOptions(), dir_, &families);
  if (!s.ok() && hasManifest(dir_)) {
    // A RocksDB database whose CURRENT or MANIFEST is damaged: saying "not a database" would
    // send the user looking in the wrong place.
    throw statusError(s.IsCorruption() ? s : rocksdb::Status::Corruption(s.ToString()),
                      "cannot open database '" + dir_ + "'");
  }
  if (!s.ok()) throw notADatabase(dir_);
  size_t ours = 0;
  for (size_t i = 0; i < CF_COUNT; ++i) {
    ours += std::find(families.begin(), families.end(), cfName(Cf(i))) != families.end();
  }
  if (ours != families.size()) throw notADatabase(dir_);
  return ours < CF_COUNT;
}

bool KvStore::isEmpty() {
  for (auto* handle : handles_) {
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), handle));
    it->SeekToFirst();
    check(it->status(), "cannot read database '" + dir_ + "'");
    if (it->Valid()) return false;
  }
  return true;
}

void KvStore::putFormatVersion(rocksdb::WriteBatch& batch) {
  std::string value;
  codec::putU32(value, FORMAT_VERSION);
  batch.Put(cf(Cf::META), keys::META_FORMAT, value);
  formatVersion_ = FORMAT_VERSION;  // the caller writes the batch next
}

void KvStore::checkFormat(bool created) {
  std::string value;
  if (created) {
    rocksdb::WriteBatch batch;
    putFormatVersion(batch);
    write(batch);
    return;
  }
  if (!get(Cf::META, keys::META_FORMAT, &value) && !readOnly_ && isEmpty()) {
    return checkFormat(/*created=*/true);  // a crash cut the creation short: finish it
  }
  if (value.size() != 4) throw notADatabase(dir_);
  uint32_t version = formatVersion_ = codec::getU32(value, 0);
  if (version > FORMAT_VERSION) {
    throw StorageError(StorageErrorKind::FORMAT_VERSION,
                       "database '" + dir_ + "' has format version " + std::to_string(version) +
                           "; this build reads up to version " + std::to_string(FORMAT_VERSION));
  }
}

bool KvStore::get(Cf which, const rocksdb::Slice& key, std::string* value) {
  auto s = db_->Get(rocksdb::ReadOptions(), cf(which), key, value);
  if (s.IsNotFound()) return false;
  check(s, "read failed");
  return true;
}

void KvStore::write(rocksdb::WriteBatch& batch) {
  if (readOnly_) {
    throw StorageError(StorageErrorKind::INVALID_ARGUMENT,
                       "database '" + dir_ + "' is open read-only");
  }
  rocksdb::WriteOptions wo;
  wo.sync = true;
  check(db_->Write(wo, &batch), "commit failed");
}

}  // namespace rollcall::storage::kv
