#pragma once
// A set of 64-bit ids in one flat array (open addressing, linear probing). count(DISTINCT n)
// inserts one node id per row, and a write transaction remembers every node it has seen exist;
// a node-based std::unordered_set allocates for every insert, walks a chain of scattered nodes
// per lookup and frees every node again at the end, which cost more than the work itself.
#include <cstdint>
#include <vector>

#include "storage/common/linear_probing.h"

namespace rollcall::storage {

class IdSet {
 public:
  // True if `id` was not in the set yet.
  bool insert(uint64_t id) {
    if ((size_ + 1) * 4 > slots_.size() * 3) grow();
    return place(slots_, id);
  }
  bool contains(uint64_t id) const {
    if (id == EMPTY) return hasEmptyId_;
    if (slots_.empty()) return false;
    size_t mask = slots_.size() - 1;
    for (size_t i = slotOf(id, mask); slots_[i] != EMPTY; i = (i + 1) & mask) {
      if (slots_[i] == id) return true;
    }
    return false;
  }

  // Backward-shift deletion (linear_probing.h).
  void erase(uint64_t id) {
    if (id == EMPTY) {
      size_ -= hasEmptyId_;
      hasEmptyId_ = false;
      return;
    }
    if (slots_.empty()) return;
    size_t mask = slots_.size() - 1;
    size_t i = slotOf(id, mask);
    while (slots_[i] != EMPTY && slots_[i] != id) i = (i + 1) & mask;
    if (slots_[i] == EMPTY) return;
    for (size_t j = (i + 1) & mask; slots_[j] != EMPTY; j = (j + 1) & mask) {
      size_t home = slotOf(slots_[j], mask);
      if (staysBehindHole(home, i, j)) continue;
      slots_[i] = slots_[j];
      i = j;
    }
    slots_[i] = EMPTY;
    --size_;
  }

  size_t size() const { return size_; }
  // Calls visit(id) for every id, in no particular order.
  template <typename Visit>
  void forEach(Visit&& visit) const {
    if (hasEmptyId_) visit(EMPTY);
    for (uint64_t id : slots_) {
      if (id != EMPTY) visit(id);
    }
  }
  void clear() {
    std::vector<uint64_t>().swap(slots_);
    size_ = 0;
    hasEmptyId_ = false;
  }

 private:
  // UINT64_MAX marks an empty slot; it is stored on the side, never in the table.
  static constexpr uint64_t EMPTY = UINT64_MAX;

  static size_t slotOf(uint64_t id, size_t mask) {
    return size_t((id * 0x9e3779b97f4a7c15ULL) >> 32) & mask;
  }

  bool place(std::vector<uint64_t>& table, uint64_t id) {
    if (id == EMPTY) {
      bool fresh = !hasEmptyId_;
      hasEmptyId_ = true;
      size_ += fresh;
      return fresh;
    }
    size_t mask = table.size() - 1;
    for (size_t i = slotOf(id, mask);; i = (i + 1) & mask) {
      if (table[i] == id) return false;
      if (table[i] == EMPTY) {
        table[i] = id;
        ++size_;
        return true;
      }
    }
  }

  void grow() {
    std::vector<uint64_t> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, EMPTY);
    size_ = hasEmptyId_ ? 1 : 0;
    for (uint64_t id : old) {
      if (id != EMPTY) place(slots_, id);
    }
  }

  std::vector<uint64_t> slots_;
  size_t size_ = 0;
  bool hasEmptyId_ = false;
};

}  // namespace rollcall::storage
