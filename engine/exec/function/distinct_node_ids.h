#pragma once
// The node ids count(DISTINCT n) has seen. Small sets are a flat hash set; once a set is large
// next to the ids it holds (a module's 27,000 students among 1 M ids), a bitmap over the ids
// takes no more memory and an insert is one bit instead of a probe into a table that keeps
// growing: node ids are dense, from a counter. A bitmap that would outgrow twice the hash set's
// memory (a far outlier id) goes back to the hash set.
#include <algorithm>
#include <bit>
#include <cstdint>
#include <vector>

#include "storage/common/id_set.h"

namespace rollcall {

class DistinctNodeIds {
 public:
  // True if `id` is new. `grownBytes` receives the memory the call added, for the statement's
  // memory budget (an estimate for the hash set, exact for the bitmap).
  bool insert(uint64_t id, size_t& grownBytes) {
    grownBytes = 0;
    if (bits_.empty()) return insertHashed(id, grownBytes);
    size_t word = size_t(id / 64);
    if (word >= bits_.size()) {
      size_t words = std::max(word + 1, bits_.size() * 3 / 2);
      if (words * 8 > 2 * (count_ + 1) * HASHED_BYTES) {
        toHashSet();
        return insertHashed(id, grownBytes);
      }
      grownBytes = (words - bits_.size()) * 8;
      bits_.resize(words, 0);
    }
    uint64_t mask = uint64_t{1} << (id % 64);
    if (bits_[word] & mask) return false;
    bits_[word] |= mask;
    ++count_;
    return true;
  }

 private:
  static constexpr size_t HASHED_BYTES = 16;  // an id in the hash set, at its load factor
  static constexpr size_t MIN_FOR_BITMAP = 1024;

  bool insertHashed(uint64_t id, size_t& grownBytes) {
    if (!hashed_.insert(id)) return false;
    grownBytes = HASHED_BYTES;
    count_ = hashed_.size();
    maxId_ = std::max(maxId_, id);
    if (count_ >= MIN_FOR_BITMAP && maxId_ < UINT64_MAX &&
        (maxId_ / 64 + 1) * 8 <= count_ * HASHED_BYTES) {
      toBitmap();
    }
    return true;
  }

  void toBitmap() {
    bits_.assign(size_t(maxId_ / 64 + 1), 0);
    hashed_.forEach([&](uint64_t id) { bits_[id / 64] |= uint64_t{1} << (id % 64); });
    hashed_.clear();
  }

  void toHashSet() {
    for (size_t w = 0; w < bits_.size(); ++w) {
      for (uint64_t b = bits_[w]; b != 0; b &= b - 1) {
        hashed_.insert(w * 64 + uint64_t(std::countr_zero(b)));
      }
    }
    std::vector<uint64_t>().swap(bits_);
    maxId_ = UINT64_MAX;  // stays a hash set from now on
  }

  storage::IdSet hashed_;
  std::vector<uint64_t> bits_;  // in use when not empty
  uint64_t maxId_ = 0;
  size_t count_ = 0;
};

}  // namespace rollcall
