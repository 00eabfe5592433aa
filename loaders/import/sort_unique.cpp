#include "loaders/import/sort_unique.h"

#include <algorithm>
#include <array>
#include <utility>

namespace rollcall::loaders {
namespace {

constexpr int DIGIT_BITS = 16;
constexpr int DIGITS = 64 / DIGIT_BITS;
constexpr size_t BUCKETS = size_t{1} << DIGIT_BITS;
using Histograms = std::vector<std::array<uint64_t, BUCKETS>>;

uint64_t digit(uint64_t key, int d) { return (key >> (d * DIGIT_BITS)) & (BUCKETS - 1); }

// All digits' histograms in one pass over the keys.
Histograms countDigits(const std::vector<uint64_t>& keys) {
  Histograms counts(DIGITS);
  for (auto& c : counts) c.fill(0);
  for (uint64_t key : keys) {
    for (int d = 0; d < DIGITS; ++d) ++counts[d][digit(key, d)];
  }
  return counts;
}

// Stable scatter of `from` into `to` by digit `d`.
void scatter(const std::vector<uint64_t>& from, std::vector<uint64_t>& to,
             std::array<uint64_t, BUCKETS>& count, int d) {
  uint64_t offset = 0;
  for (uint64_t& c : count) offset += std::exchange(c, offset);
  for (uint64_t key : from) to[count[digit(key, d)]++] = key;
}

}  // namespace

void sortUnique(std::vector<uint64_t>& keys) {
  if (keys.size() < 4096) {
    std::sort(keys.begin(), keys.end());
  } else {
    Histograms counts = countDigits(keys);
    std::vector<uint64_t> buffer(keys.size());
    for (int d = 0; d < DIGITS; ++d) {
      // Ids are small: the high digits of most keys are all equal, and such a pass is a no-op.
      if (*std::max_element(counts[d].begin(), counts[d].end()) == keys.size()) continue;
      scatter(keys, buffer, counts[d], d);
      keys.swap(buffer);
    }
  }
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
}

}  // namespace rollcall::loaders
