#pragma once
// The groups of a hash aggregation: keys and their aggregate states, in first-seen order, found
// through an open-addressing index of (hash, group number). A node-based hash map costs an
// allocation and a pointer chase per group; here a lookup touches one index slot and the group
// it names, and the groups themselves sit in a deque (stable addresses, few allocations).
#include <bit>
#include <deque>
#include <memory>
#include <vector>

#include "engine/exec/function/function_registry.h"
#include "engine/exec/operators/row_key.h"

namespace rollcall {

struct AggregateGroup {
  std::vector<Value> key;
  std::vector<std::unique_ptr<AggregateState>> states;
  uint32_t number = 0;  // in first-seen order
};

class GroupTable {
 public:
  // The group of `key`, or null when there is none yet.
  AggregateGroup* find(const std::vector<Value>& key, size_t hash) {
    if (index_.empty()) return nullptr;
    size_t mask = index_.size() - 1;
    for (size_t i = home(hash);; i = (i + 1) & mask) {
      const Slot& s = index_[i];
      if (s.group == EMPTY) return nullptr;
      if (s.hash == hash && RowKeyEqual()(groups_[s.group].key, key)) return &groups_[s.group];
    }
  }

  AggregateGroup& add(std::vector<Value> key, size_t hash) {
    if ((groups_.size() + 1) * 4 > index_.size() * 3) grow();
    groups_.push_back({std::move(key), {}, uint32_t(groups_.size())});
    place(hash, uint32_t(groups_.size() - 1));
    return groups_.back();
  }

  // Starts loading the index slot where a lookup of `hash` begins.
  void prefetch(size_t hash) const {
    if (!index_.empty()) __builtin_prefetch(&index_[home(hash)]);
  }

  size_t size() const { return groups_.size(); }
  AggregateGroup& operator[](size_t i) { return groups_[i]; }
  void clear() {
    groups_.clear();
    index_.clear();
    shift_ = 64;
  }

 private:
  static constexpr uint32_t EMPTY = UINT32_MAX;
  struct Slot {
    size_t hash = 0;
    uint32_t group = EMPTY;
  };

  // Value hashes of small integers differ only in their low bits after the engine's mixing;
  // Fibonacci hashing takes the slot from the high bits of a multiplication instead.
  size_t home(size_t hash) const {
    return size_t((uint64_t(hash) * 0x9e3779b97f4a7c15ULL) >> shift_);
  }

  void place(size_t hash, uint32_t group) {
    size_t mask = index_.size() - 1;
    size_t i = home(hash);
    while (index_[i].group != EMPTY) i = (i + 1) & mask;
    index_[i] = {hash, group};
  }

  void grow() {
    std::vector<Slot> old = std::move(index_);
    index_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    shift_ = 64 - std::countr_zero(index_.size());
    for (const Slot& s : old) {
      if (s.group != EMPTY) place(s.hash, s.group);
    }
  }

  std::deque<AggregateGroup> groups_;
  std::vector<Slot> index_;  // size: a power of two
  int shift_ = 64;
};

}  // namespace rollcall
