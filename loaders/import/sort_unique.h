#pragma once
// Sorting and deduplicating many 64-bit keys (packed relationship pairs) with an LSD radix sort:
// a few sequential passes over memory instead of one cache miss per key in a hash set.
#include <cstdint>
#include <vector>

#include "storage/graph/bulk_memory.h"

namespace rollcall::loaders {

/// Sorts `keys` ascending and removes repeats.
void sortUnique(std::vector<uint64_t>& keys);
void sortUnique(storage::BigVector<uint64_t>& keys);

}  // namespace rollcall::loaders
