#include "storage/columns/column_store.h"

#include <atomic>
#include <random>

#include "storage/codec/big_endian.h"
#include "storage/columns/column_keys.h"
#include "storage/kv/kv_store.h"

namespace rollcall::storage {

namespace {

// Databases of this format or later keep column chunks and their stamps.
constexpr uint32_t PERSISTED_COLUMNS_FORMAT = 5;

uint64_t mix(uint64_t x) {  // splitmix64's finaliser
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

uint64_t randomSeed() {
  std::random_device device;
  return (uint64_t(device()) << 32) ^ device();
}

}  // namespace

uint64_t newColumnStamp() {
  static std::atomic<uint64_t> state{randomSeed()};
  uint64_t value = mix(state.fetch_add(0x9E3779B97F4A7C15ULL, std::memory_order_relaxed));
  return value == 0 ? 1 : value;
}

ColumnReadView::ColumnReadView(kv::KvStore& kv, uint64_t chunk)
    : kv_(kv),
      snapshot_(kv.takeSnapshot()),
      persisted_(kv.formatVersion() >= PERSISTED_COLUMNS_FORMAT) {
  if (!persisted_) return;
  try {
    stamp_ = {readStamp(keys::COLUMN_EPOCH), readStamp(keys::columnGenerationKey(chunk))};
  } catch (...) {
    kv_.releaseSnapshot(snapshot_);
    throw;
  }
}

ColumnReadView::~ColumnReadView() { kv_.releaseSnapshot(snapshot_); }

uint64_t ColumnReadView::readStamp(const std::string& key) {
  rocksdb::ReadOptions options;
  options.snapshot = snapshot_;
  std::string value;
  auto s = kv_.db().Get(options, kv_.cf(kv::Cf::META), key, &value);
  if (s.IsNotFound()) return 0;
  kv::check(s, "column stamp read failed");
  if (value.size() != 8) {
    throw StorageError(
        StorageErrorKind::CORRUPTION,
        "the database is corrupt: bad column stamp of " + std::to_string(value.size()) + " bytes");
  }
  return codec::getU64(value, 0);
}

bool ColumnReadView::load(const std::string& key, std::string* payload) {
  if (!persisted_) return false;
  rocksdb::ReadOptions options;
  options.snapshot = snapshot_;
  auto s = kv_.db().Get(options, kv_.cf(kv::Cf::META), key, payload);
  if (s.IsNotFound()) return false;
  kv::check(s, "column chunk read failed");
  if (decodeColumnStamp(*payload) != stamp_) {
    payload->clear();
    return false;
  }
  payload->erase(0, COLUMN_STAMP_BYTES);
  return true;
}

void ColumnReadView::store(const std::string& key, const std::string& payload) {
  if (!persisted_ || kv_.readOnly()) return;
  std::string value;
  value.reserve(COLUMN_STAMP_BYTES + payload.size());
  encodeColumnStamp(value, stamp_);
  value += payload;
  rocksdb::WriteOptions options;
  options.sync = false;  // a cache: a chunk lost in a crash is built again
  // A failed write (a full disk) must not fail the read that built the chunk; the next
  // commit reports the disk's state.
  kv_.db().Put(options, kv_.cf(kv::Cf::META), key, value).PermitUncheckedError();
}

}  // namespace rollcall::storage
