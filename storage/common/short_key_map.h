#pragma once
// ShortKeyMap: a hash map from short byte strings (at most 31 bytes: the key prefixes of the
// storage layout) to values, open addressing with linear probing, keys and values stored in the
// slot. A write transaction keeps one entry per list, degree and index value it touched — a
// million-row LOAD CSV touches hundreds of thousands — and std::unordered_map<std::string, V>
// costs a node allocation per entry, a heap key past 15 bytes, and three or four cache misses
// per lookup (bucket, node, key); here a lookup reads one slot.
//
// Pointers to values stay valid until the next insertion or erasure.
#include <cstdint>
#include <cstring>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "storage/common/linear_probing.h"

namespace rollcall::storage {

template <typename V>
class ShortKeyMap {
 public:
  static constexpr size_t MAX_KEY = 31;
  static bool fits(std::string_view key) { return key.size() <= MAX_KEY; }

  V* find(std::string_view key) {
    if (slots_.empty()) return nullptr;
    size_t hash = hashOf(key);
    for (size_t i = hash & mask(); slots_[i].used; i = (i + 1) & mask()) {
      if (slots_[i].hash == hash && slots_[i].keyView() == key) return &slots_[i].value;
    }
    return nullptr;
  }

  // The value under `key`, default-constructed when absent; true when it was inserted.
  // A key that does not fit (see fits()) is a caller's bug: std::length_error.
  std::pair<V*, bool> tryEmplace(std::string_view key) {
    if (!fits(key)) throw std::length_error("ShortKeyMap key of " + std::to_string(key.size()));
    if (V* found = find(key)) return {found, false};
    if ((size_ + 1) * 4 > slots_.size() * 3) grow();
    size_t hash = hashOf(key);
    size_t i = hash & mask();
    while (slots_[i].used) i = (i + 1) & mask();
    Slot& s = slots_[i];
    s.used = true;
    s.hash = hash;
    s.len = uint8_t(key.size());
    std::memcpy(s.key, key.data(), key.size());
    s.value = V{};
    ++size_;
    return {&s.value, true};
  }

  // Backward-shift deletion (linear_probing.h).
  void erase(std::string_view key) {
    if (slots_.empty()) return;
    size_t hash = hashOf(key);
    size_t i = hash & mask();
    while (slots_[i].used && !(slots_[i].hash == hash && slots_[i].keyView() == key)) {
      i = (i + 1) & mask();
    }
    if (!slots_[i].used) return;
    for (size_t j = (i + 1) & mask(); slots_[j].used; j = (j + 1) & mask()) {
      size_t home = slots_[j].hash & mask();
      if (staysBehindHole(home, i, j)) continue;
      slots_[i] = std::move(slots_[j]);
      i = j;
    }
    slots_[i] = Slot{};
    --size_;
  }

  // Calls visit(key, value) for every entry, in no particular order.
  template <typename Visit>
  void forEach(Visit&& visit) const {
    for (const Slot& s : slots_) {
      if (s.used) visit(s.keyView(), s.value);
    }
  }
  template <typename Visit>
  void forEach(Visit&& visit) {
    for (Slot& s : slots_) {
      if (s.used) visit(s.keyView(), s.value);
    }
  }

  size_t size() const { return size_; }
  // The table's own bytes (not what values hold outside it).
  size_t memoryBytes() const { return slots_.capacity() * sizeof(Slot); }
  void clear() {
    std::vector<Slot>().swap(slots_);  // gives the memory back, not just the entries
    size_ = 0;
  }

 private:
  struct Slot {
    size_t hash = 0;
    bool used = false;
    uint8_t len = 0;
    char key[MAX_KEY];
    V value{};
    std::string_view keyView() const { return {key, len}; }
  };

  // std::hash of a string view mixes every byte into every bit, low bits included.
  static size_t hashOf(std::string_view key) { return std::hash<std::string_view>{}(key); }
  size_t mask() const { return slots_.size() - 1; }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.clear();
    slots_.resize(old.empty() ? 64 : old.size() * 2);
    for (Slot& s : old) {
      if (!s.used) continue;
      size_t i = s.hash & mask();
      while (slots_[i].used) i = (i + 1) & mask();
      slots_[i] = std::move(s);
    }
  }

  std::vector<Slot> slots_;  // size: zero or a power of two, at most 3/4 full
  size_t size_ = 0;
};

}  // namespace rollcall::storage
