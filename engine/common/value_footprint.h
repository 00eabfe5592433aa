#pragma once
// What a Value or a row costs in memory, approximately: the bytes the statement memory limit
// (--memory-limit) counts for the rows, groups and lists an operator holds. Exact figures would
// need the allocator's bookkeeping; these count the payload and the container overheads that
// dominate (the Value slots, string buffers, list arrays, shared-pointer control blocks).
// A list shared by several rows is counted once per row: an overestimate, on the safe side.
#include <cstddef>
#include <vector>

#include "engine/common/value.h"

namespace rollcall {

// Bytes held outside the Value itself (0 for null, booleans, numbers, dates, short strings).
size_t heapFootprint(const Value& value);

// sizeof(Value) plus heapFootprint.
inline size_t footprint(const Value& value) { return sizeof(Value) + heapFootprint(value); }

// A row or key: its array of Values and what they hold.
size_t footprint(const std::vector<Value>& values);

// A node-based hash container's node and bucket pointer, beside the value it holds.
inline constexpr size_t HASH_NODE = 40;

}  // namespace rollcall
