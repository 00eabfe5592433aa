#pragma once
// A map from 64-bit ids to small values in one flat array (open addressing, linear probing), for
// the same reasons as IdSet: a write transaction keeps an entry per node it has seen, and a
// lookup here is a multiply and usually one cache line. UINT64_MAX cannot be a key.
#include <cstdint>
#include <utility>
#include <vector>

#include "storage/common/linear_probing.h"

namespace rollcall::storage {

template <typename V>
class IdMap {
 public:
  static constexpr uint64_t EMPTY = UINT64_MAX;

  const V* find(uint64_t id) const {
    if (slots_.empty()) return nullptr;
    size_t mask = slots_.size() - 1;
    for (size_t i = slotOf(id, mask); slots_[i].first != EMPTY; i = (i + 1) & mask) {
      if (slots_[i].first == id) return &slots_[i].second;
    }
    return nullptr;
  }

  void set(uint64_t id, V value) {
    if ((size_ + 1) * 4 > slots_.size() * 3) grow();
    place(slots_, id, std::move(value));
  }

  // Backward-shift deletion (linear_probing.h).
  void erase(uint64_t id) {
    if (slots_.empty()) return;
    size_t mask = slots_.size() - 1;
    size_t i = slotOf(id, mask);
    while (slots_[i].first != EMPTY && slots_[i].first != id) i = (i + 1) & mask;
    if (slots_[i].first == EMPTY) return;
    for (size_t j = (i + 1) & mask; slots_[j].first != EMPTY; j = (j + 1) & mask) {
      if (staysBehindHole(slotOf(slots_[j].first, mask), i, j)) continue;
      slots_[i] = std::move(slots_[j]);
      i = j;
    }
    slots_[i].first = EMPTY;
    --size_;
  }

  size_t size() const { return size_; }
  // The table's own bytes (not what values hold outside it).
  size_t memoryBytes() const { return slots_.capacity() * sizeof(slots_[0]); }
  void clear() {
    std::vector<std::pair<uint64_t, V>>().swap(slots_);
    size_ = 0;
  }

 private:
  static size_t slotOf(uint64_t id, size_t mask) {
    return size_t((id * 0x9e3779b97f4a7c15ULL) >> 32) & mask;
  }

  void place(std::vector<std::pair<uint64_t, V>>& table, uint64_t id, V value) {
    size_t mask = table.size() - 1;
    for (size_t i = slotOf(id, mask);; i = (i + 1) & mask) {
      if (table[i].first == id) {
        table[i].second = std::move(value);
        return;
      }
      if (table[i].first == EMPTY) {
        table[i] = {id, std::move(value)};
        ++size_;
        return;
      }
    }
  }

  void grow() {
    auto old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, {EMPTY, V{}});
    size_ = 0;
    for (auto& [id, value] : old) {
      if (id != EMPTY) place(slots_, id, std::move(value));
    }
  }

  std::vector<std::pair<uint64_t, V>> slots_;
  size_t size_ = 0;
};

}  // namespace rollcall::storage
