#pragma once
// Reads of committed data that mostly arrive in key order: the properties, degrees or neighbour
// lists of the nodes a label scan yields, in id order. A RocksDB lookup costs a descent through
// every level (index blocks, bloom filters, a binary search); stepping an iterator that is
// already next to the wanted key costs a Next(). ForwardReader keeps one iterator per column
// family and serves ascending reads by stepping it, and falls back to ordinary lookups when the
// keys jump back or far. Internal to storage/graph (includes RocksDB).
#include <rocksdb/db.h>

#include <memory>
#include <string>
#include <string_view>

#include "storage/kv/kv_store.h"

namespace rollcall::storage {

class ForwardReader {
 public:
  ForwardReader(kv::KvStore& kv, kv::Cf cf) : kv_(kv), cf_(cf) {}

  // Point read; false if absent. Only for committed data that does not change while the reader
  // lives (the transaction resets it when it starts writing).
  bool get(std::string_view key, std::string* value);
  // Calls visit(key, value) for every entry whose key starts with `prefix`, in key order.
  template <typename Visit>
  void scanPrefix(std::string_view prefix, Visit&& visit) {
    rocksdb::Iterator& it = seekAtLeast(prefix);
    for (; it.Valid() && it.key().starts_with(prefix); it.Next()) visit(it.key(), it.value());
    kv::check(it.status(), "read failed");
    consumedPrefix(prefix);
  }
  // Drops the iterator (it pins the committed state it was created on).
  void reset();

 private:
  rocksdb::Iterator& seekAtLeast(std::string_view key);
  bool stepTo(std::string_view key);
  bool lookup(std::string_view key, std::string* value);
  void consumedPrefix(std::string_view prefix);

  kv::KvStore& kv_;
  kv::Cf cf_;
  std::unique_ptr<rocksdb::Iterator> it_;
  // The iterator stands at the first key >= pos_ (when positioned_).
  std::string pos_;
  bool positioned_ = false;
  // The previous point read's key, and how many point reads in a row have ascended: once the
  // run is long enough they go through the iterator.
  std::string last_;
  bool haveLast_ = false;
  bool lastFound_ = false;
  std::string lastValue_;
  int ascending_ = 0;
};

}  // namespace rollcall::storage
