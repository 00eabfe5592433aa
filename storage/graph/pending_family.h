#pragma once
// What a write transaction holds back from its indexed batch, one object per key family (node
// records, label entries, relationship records, the last chunk of each packed list, degrees).
// Every family follows the same rules:
//   * a write of the family lands here, not in the batch; a point read asks here first (read());
//   * flush() writes what it holds to the batch (a key of a PendingMap once, with its latest
//     value or a delete) before anything reads the family through an iterator, and at commit;
//   * committed() runs after a commit that kept the transaction open, clear() after a rollback.
// Writing a value into the indexed batch costs a skip-list insertion and re-reading it a batch
// lookup; here both are one probe, and a key rewritten many times reaches the batch once.
//
// Two stores implement it: PendingMap (hashed, values kept decoded, optionally remembered after
// their flush) and PendingLog (writes kept packed in the order made: a million new
// relationships in one transaction).
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "storage/common/short_key_map.h"

namespace rollcall::storage {

// Where flushed writes go: the transaction's batch, for the family being flushed.
class PendingSink {
 public:
  virtual void put(std::string_view key, std::string_view value) = 0;
  virtual void del(std::string_view key) = 0;

 protected:
  ~PendingSink() = default;
};

// What a family holds for a key: nothing (read the batch and the store), a value, or a delete.
enum class PendingRead : uint8_t { ABSENT, VALUE, TOMBSTONE };

// The family-independent face: the transaction flushes, reads, clears and sizes every family
// through it, in one loop.
class PendingWrites {
 public:
  virtual ~PendingWrites() = default;
  // Writes every held change to `sink`, each key once. Entries the family remembers stay,
  // clean; the others are dropped.
  virtual void flush(PendingSink& sink) = 0;
  // The value the batch would hold for `key`; ABSENT when this family says nothing about it.
  virtual PendingRead read(std::string_view key, std::string* value) = 0;
  // After everything was flushed and committed and the transaction goes on (commitAndContinue).
  virtual void committed() = 0;
  // Forgets everything, held changes included (rollback).
  virtual void clear() = 0;
  // Approximate heap bytes, for the memory budget.
  virtual uint64_t memoryBytes() const = 0;
};

// Traits of a record family: the value is the record's bytes.
struct RecordTraits {
  using Value = std::string;
  static constexpr bool REMEMBERS = false;
  static constexpr size_t MAX_REMEMBERED = 0;
  static constexpr uint64_t VALUE_BYTES = 64;  // a typical record's heap buffer
  static void write(std::string_view key, const std::string& value, PendingSink& sink) {
    sink.put(key, value);
  }
  static PendingRead read(const std::string& value, std::string* out) {
    *out = value;
    return PendingRead::VALUE;
  }
  static void committed(std::string&) {}
};

// A family held in a hash map by key (at most ShortKeyMap::MAX_KEY bytes). Traits give:
//   Value                 the decoded value (a record, a degree, a list's last chunk)
//   write(key, v, sink)   its batch write (a put, or a delete: a degree of 0)
//   read(v, out)          its batch value for point reads (ABSENT: keyed otherwise)
//   REMEMBERS             whether flushed entries stay, clean, as what the transaction knows
//   MAX_REMEMBERED        past this many entries committed() forgets them all
//   committed(v)          the change a commit makes to a remembered value
//   VALUE_BYTES           heap bytes a value holds outside the map, typically
// A key can also hold a delete (remove()). Changes reach the batch in the order their keys were
// first changed (REMEMBERS families; the others in map order).
template <typename Traits>
class PendingMap final : public PendingWrites {
 public:
  using Value = typename Traits::Value;

  // The value under `key`, held or remembered; null when absent or deleted.
  Value* find(std::string_view key) {
    Entry* entry = entries_.find(key);
    return entry && !entry->deleted ? &entry->value : nullptr;
  }
  // The value under `key` for changing, loaded by load() first when absent (load() must not use
  // this map); it reaches the batch at the next flush. `wasHeld`: the entry already held a change
  // not yet flushed.
  template <typename Load>
  Value& write(std::string_view key, Load&& load, bool* wasHeld = nullptr) {
    auto [entry, added] = entries_.tryEmplace(key);
    if (added) {
      try {
        entry->value = load();
      } catch (...) {
        entries_.erase(key);  // a failed read leaves nothing behind
        throw;
      }
    }
    if (wasHeld) *wasHeld = entry->held;
    entry->deleted = false;
    hold(*entry, key);
    return entry->value;
  }
  Value& write(std::string_view key) {
    return write(key, [] { return Value{}; });
  }
  // A delete of `key`: reads find nothing, the flush deletes it from the batch.
  void remove(std::string_view key) {
    Entry& entry = *entries_.tryEmplace(key).first;
    entry.value = Value{};
    entry.deleted = true;
    hold(entry, key);
  }
  // Forgets `key`; a change it held is dropped too (flush the family first to keep it).
  void forget(std::string_view key) {
    Entry* entry = entries_.find(key);
    if (!entry) return;
    if (entry->held) --heldCount_;
    entries_.erase(key);
  }
  size_t size() const { return entries_.size(); }
  bool holdsChanges() const { return heldCount_ > 0; }

  // A family that forgets its entries at a flush holds a change in every one of them: it is
  // written in map order, without a list of keys.
  void flush(PendingSink& sink) override {
    if (heldCount_ == 0) return;
    heldCount_ = 0;
    if (!Traits::REMEMBERS) {
      entries_.forEach(
          [&](std::string_view key, const Entry& entry) { writeTo(key, entry, sink); });
      entries_.clear();
      return;
    }
    for (const std::string& key : held_) {
      Entry* entry = entries_.find(key);
      if (!entry || !entry->held) continue;  // forgotten since
      entry->held = false;
      writeTo(key, *entry, sink);
    }
    held_.clear();
  }
  PendingRead read(std::string_view key, std::string* value) override {
    if (entries_.size() == 0) return PendingRead::ABSENT;
    Entry* entry = entries_.find(key);
    if (!entry) return PendingRead::ABSENT;
    return entry->deleted ? PendingRead::TOMBSTONE : Traits::read(entry->value, value);
  }
  void committed() override {
    if (entries_.size() > Traits::MAX_REMEMBERED) {
      entries_.clear();
      return;
    }
    entries_.forEach([](std::string_view, Entry& entry) { Traits::committed(entry.value); });
  }
  void clear() override {
    entries_.clear();
    std::vector<std::string>().swap(held_);
    heldCount_ = 0;
  }
  uint64_t memoryBytes() const override {
    return entries_.memoryBytes() + held_.capacity() * sizeof(std::string) +
           entries_.size() * Traits::VALUE_BYTES;
  }

 private:
  struct Entry {
    Value value{};
    bool held = false;     // changed since the last flush (REMEMBERS: its key is in held_)
    bool deleted = false;  // a delete; `value` is empty
  };
  void hold(Entry& entry, std::string_view key) {
    if (entry.held) return;
    entry.held = true;
    ++heldCount_;
    if (Traits::REMEMBERS) held_.emplace_back(key);
  }
  static void writeTo(std::string_view key, const Entry& entry, PendingSink& sink) {
    entry.deleted ? sink.del(key) : Traits::write(key, entry.value, sink);
  }
  ShortKeyMap<Entry> entries_;
  std::vector<std::string> held_;  // REMEMBERS: keys in the order they were first changed
  size_t heldCount_ = 0;
};

// A record family kept as a log of writes packed in one buffer: 16 bytes per entry besides its
// key and value, where a map would cost a slot and a heap string each. Flushed in log order, so
// the last write of a key wins.
//   ASCENDING (new relationships: ids only grow): append() of a key at or below the last one
//   fails; the caller flushes the log, which empties it, and appends again (a rewrite of a
//   record held here is rare). Reads are binary searches.
//   ANY (label entries: nothing reads them by key, a label scan flushes them): every append is
//   taken; reads search backwards once the keys stop ascending.
class PendingLog final : public PendingWrites {
 public:
  enum class Order : uint8_t { ASCENDING, ANY };
  explicit PendingLog(Order order) : order_(order) {}

  // `value` null: a delete.
  bool append(std::string_view key, const std::string* value);
  bool empty() const { return entries_.empty(); }

  void flush(PendingSink& sink) override;
  PendingRead read(std::string_view key, std::string* value) override;
  void committed() override {}
  void clear() override;
  uint64_t memoryBytes() const override {
    return bytes_.capacity() + entries_.capacity() * sizeof(Entry);
  }

 private:
  struct Entry {
    uint64_t offset;  // of the key in bytes_; the value follows it, up to the next entry
    uint32_t keySize;
    bool deleted;
  };
  std::string_view keyOf(size_t i) const {
    return {bytes_.data() + entries_[i].offset, entries_[i].keySize};
  }
  std::string_view valueOf(size_t i) const;
  PendingRead readAt(size_t i, std::string* value) const;

  Order order_;
  bool ascending_ = true;  // every key above the one before
  std::vector<Entry> entries_;
  std::string bytes_;
};

}  // namespace rollcall::storage
