#pragma once
// Open-addressing hash tables keyed by 64-bit integers, for the loader's hot lookups (id to
// node, seen relationship pairs). std::unordered_map costs a heap node per entry: at 10 million
// pairs that is ~5x the memory and far more cache misses than one flat array.
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace rollcall::loaders {

/// uint64 -> uint64 with linear probing; grows at half full. Any key is allowed: the key used
/// to mark empty slots is kept aside.
class FlatIdMap {
 public:
  /// The value under `key`, or nullopt.
  std::optional<uint64_t> find(uint64_t key) const {
    if (key == EMPTY) return hasEmptyKey_ ? std::optional(emptyKeyValue_) : std::nullopt;
    if (slots_.empty()) return std::nullopt;
    for (size_t i = hash(key) & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].key == key) return slots_[i].value;
      if (slots_[i].key == EMPTY) return std::nullopt;
    }
  }

  /// Inserts (key, value) unless `key` is present; returns the value now under `key` and
  /// whether it was inserted.
  std::pair<uint64_t, bool> insert(uint64_t key, uint64_t value) {
    if (key == EMPTY) {
      if (hasEmptyKey_) return {emptyKeyValue_, false};
      hasEmptyKey_ = true;
      emptyKeyValue_ = value;
      ++size_;
      return {value, true};
    }
    if ((size_ + 1) * 2 > slots_.size()) grow();
    for (size_t i = hash(key) & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].key == key) return {slots_[i].value, false};
      if (slots_[i].key == EMPTY) {
        slots_[i] = {key, value};
        ++size_;
        return {value, true};
      }
    }
  }

  size_t size() const { return size_; }

  // The splitmix64 finaliser: sequential ids must not cluster in neighbouring slots.
  static uint64_t hash(uint64_t x) {
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
  }

 private:
  static constexpr uint64_t EMPTY = ~uint64_t{0};
  struct Slot {
    uint64_t key = EMPTY;
    uint64_t value = 0;
  };

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.key == EMPTY) continue;
      size_t i = hash(s.key) & mask_;
      while (slots_[i].key != EMPTY) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
  bool hasEmptyKey_ = false;
  uint64_t emptyKeyValue_ = 0;
};

/// A set of pairs of 32-bit indexes (e.g. student and session), each packed into one uint64.
/// Slots are 8 bytes and the table fills to 3/4: 10 million pairs take 128 MiB.
class FlatPairSet {
 public:
  /// True when the pair was not in the set yet.
  bool insert(uint32_t a, uint32_t b) {
    uint64_t key = (uint64_t{a} << 32) | b;
    if (key == EMPTY) return !std::exchange(hasEmptyKey_, true);
    if ((size_ + 1) * 4 > slots_.size() * 3) grow();
    for (size_t i = FlatIdMap::hash(key) & mask_;; i = (i + 1) & mask_) {
      if (slots_[i] == key) return false;
      if (slots_[i] == EMPTY) {
        slots_[i] = key;
        ++size_;
        return true;
      }
    }
  }
  size_t size() const { return size_ + (hasEmptyKey_ ? 1 : 0); }

 private:
  static constexpr uint64_t EMPTY = ~uint64_t{0};

  void grow() {
    std::vector<uint64_t> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, EMPTY);
    mask_ = slots_.size() - 1;
    for (uint64_t key : old) {
      if (key == EMPTY) continue;
      size_t i = FlatIdMap::hash(key) & mask_;
      while (slots_[i] != EMPTY) i = (i + 1) & mask_;
      slots_[i] = key;
    }
  }

  std::vector<uint64_t> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
  bool hasEmptyKey_ = false;
};

}  // namespace rollcall::loaders
