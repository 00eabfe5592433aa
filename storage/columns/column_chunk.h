#pragma once
// Columnar views of the node store, one chunk of consecutive node ids at a time: which nodes of
// a chunk carry a label (a bitmap), how many relationships of a type each has in one direction
// (an array), and the value of one property key for each (a typed array with a presence mask).
// Node ids are dense (they only grow, from a counter), so a chunk of 4,096 ids is a few KiB of
// contiguous values that a scan reads with loads and compares instead of a RocksDB read per node.
#include <array>
#include <bit>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "storage/common/property_value.h"
#include "storage/common/types.h"

namespace rollcall::storage {

inline constexpr unsigned COLUMN_CHUNK_SHIFT = 12;
inline constexpr size_t COLUMN_CHUNK_SIZE = size_t{1} << COLUMN_CHUNK_SHIFT;
inline constexpr size_t COLUMN_CHUNK_WORDS = COLUMN_CHUNK_SIZE / 64;

inline uint64_t columnChunkOf(NodeId id) { return id >> COLUMN_CHUNK_SHIFT; }
inline size_t columnSlotOf(NodeId id) { return size_t(id & (COLUMN_CHUNK_SIZE - 1)); }
inline NodeId columnChunkStart(uint64_t chunk) { return chunk << COLUMN_CHUNK_SHIFT; }

// One bit per node id of the chunk.
struct ChunkBitmap {
  std::array<uint64_t, COLUMN_CHUNK_WORDS> words{};

  bool test(size_t slot) const { return (words[slot >> 6] >> (slot & 63)) & 1; }
  void set(size_t slot) { words[slot >> 6] |= uint64_t{1} << (slot & 63); }
  size_t count() const;
  bool empty() const;
  // Calls visit(slot) for every set bit, ascending.
  template <typename Visit>
  void forEach(Visit&& visit) const {
    for (size_t w = 0; w < COLUMN_CHUNK_WORDS; ++w) {
      for (uint64_t bits = words[w]; bits != 0; bits &= bits - 1) {
        visit(w * 64 + size_t(std::countr_zero(bits)));
      }
    }
  }
};

// The nodes of one chunk that carry one label.
struct LabelChunk {
  ChunkBitmap members;
  size_t memoryBytes() const { return sizeof(*this); }
};

// The degree of every node of one chunk for one relationship type and direction. A degree at or
// above UINT32_MAX is stored as DEGREE_OVERFLOW and read from the degree key instead.
struct DegreeChunk {
  static constexpr uint32_t DEGREE_OVERFLOW = UINT32_MAX;
  std::vector<uint32_t> degrees = std::vector<uint32_t>(COLUMN_CHUNK_SIZE, 0);
  size_t memoryBytes() const { return sizeof(*this) + degrees.size() * sizeof(uint32_t); }
};

// The values of one property key over one chunk. `present` marks the nodes holding the key; the
// layout is the narrowest that holds every present value: a chunk whose values are all integers
// is an int64 array, all strings one character buffer with offsets, and a chunk mixing types (or
// holding lists) keeps PropertyValues.
struct PropertyChunk {
  enum class Layout : uint8_t { EMPTY, BOOL, INT, DOUBLE, DATE, STRING, MIXED };

  Layout layout = Layout::EMPTY;
  ChunkBitmap present;
  std::vector<int64_t> ints;      // BOOL (0/1), INT, DATE (days): one per slot
  std::vector<double> doubles;    // DOUBLE: one per slot
  std::string chars;              // STRING: the values, back to back
  std::vector<uint32_t> offsets;  // STRING: value of slot s is chars[offsets[s], offsets[s+1])
  std::vector<PropertyValue> mixed;  // MIXED: one per slot

  // Packs one value per slot (null: absent) into the narrowest layout.
  static PropertyChunk fromValues(std::vector<PropertyValue> values);

  bool has(size_t slot) const { return present.test(slot); }
  // Valid when has(slot) and layout == STRING.
  std::string_view stringAt(size_t slot) const {
    return std::string_view(chars).substr(offsets[slot], offsets[slot + 1] - offsets[slot]);
  }
  PropertyValue get(size_t slot) const;
  size_t memoryBytes() const;
};

}  // namespace rollcall::storage
