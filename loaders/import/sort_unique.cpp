#include "loaders/import/sort_unique.h"

#include <algorithm>
#include <bit>
#include <utility>

namespace rollcall::loaders {
namespace {

// At most 2^13 buckets a pass: the counters and the write positions of one pass stay in cache.
constexpr int MAX_DIGIT_BITS = 13;

// The keys are pairs of 32-bit indexes, each much smaller than 2^32. Squeezing out the unused
// bits between the halves (order-preserving and reversible) leaves ~37 bits for 10 million
// pairs: three passes of 13 bits instead of four of 16.
struct Squeeze {
  int lowBits = 0;
  uint64_t lowMask = 0;
  int bits = 0;  // of a squeezed key

  template <typename Keys>
  explicit Squeeze(const Keys& keys) {
    uint64_t high = 0, low = 0;
    for (uint64_t key : keys) {
      high |= key >> 32;
      low |= key & 0xffffffffu;
    }
    lowBits = std::bit_width(low);
    lowMask = (uint64_t{1} << lowBits) - 1;
    bits = lowBits + std::bit_width(high);
  }
  uint64_t in(uint64_t key) const { return (key >> 32) << lowBits | (key & lowMask); }
  uint64_t out(uint64_t key) const { return (key >> lowBits) << 32 | (key & lowMask); }
};

template <typename Keys>
void radixSort(Keys& keys, int bits) {
  int passes = std::max(1, (bits + MAX_DIGIT_BITS - 1) / MAX_DIGIT_BITS);
  int digitBits = (bits + passes - 1) / passes;
  size_t buckets = size_t{1} << digitBits;
  uint64_t mask = buckets - 1;
  // All passes' histograms in one read of the keys.
  std::vector<uint64_t> counts(passes * buckets, 0);
  for (uint64_t key : keys) {
    for (int d = 0; d < passes; ++d) ++counts[d * buckets + ((key >> (d * digitBits)) & mask)];
  }
  Keys buffer(keys.size());
  for (int d = 0; d < passes; ++d) {
    uint64_t* count = counts.data() + d * buckets;
    if (*std::max_element(count, count + buckets) == keys.size()) continue;  // one bucket
    uint64_t offset = 0;
    for (size_t b = 0; b < buckets; ++b) offset += std::exchange(count[b], offset);
    int shift = d * digitBits;
    for (uint64_t key : keys) buffer[count[(key >> shift) & mask]++] = key;
    keys.swap(buffer);
  }
}

template <typename Keys>
void sortUniqueKeys(Keys& keys) {
  if (keys.size() < 4096) {
    std::sort(keys.begin(), keys.end());
  } else {
    Squeeze squeeze(keys);
    for (uint64_t& key : keys) key = squeeze.in(key);
    radixSort(keys, squeeze.bits);
    for (uint64_t& key : keys) key = squeeze.out(key);
  }
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
}

}  // namespace

void sortUnique(std::vector<uint64_t>& keys) { sortUniqueKeys(keys); }
void sortUnique(storage::BigVector<uint64_t>& keys) { sortUniqueKeys(keys); }

}  // namespace rollcall::loaders
