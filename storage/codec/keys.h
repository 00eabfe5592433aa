#pragma once
// Key builders for every column family (see docs/storage.md for the diagram). All ids are
// fixed-width big-endian so that byte order is id order.
#include <string>
#include <string_view>

#include "storage/codec/big_endian.h"
#include "storage/common/types.h"

namespace rollcall::storage::keys {

// Adjacency chunks hold (rel, other) pairs, 16 bytes each, sorted by rel id.
inline constexpr size_t ADJ_ENTRY_SIZE = 16;
// Relationship-type chunks hold (rel, start, end) triples, 24 bytes each, sorted by rel id.
inline constexpr size_t REL_TYPE_ENTRY_SIZE = 24;
// A chunk is started past this many entries, bounding the cost of the read-modify-write of one
// chunk (hub nodes, big types) while keeping scans to one key per few hundred relationships.
inline constexpr size_t CHUNK_ENTRIES = 512;
inline constexpr size_t ADJ_PREFIX_SIZE = 13;  // node | dir | type

// Default column family: metadata, catalog tokens, index definitions, counts.
inline const std::string META_FORMAT = "meta:format";
inline const std::string META_NEXT_NODE = "meta:next_node";
inline const std::string META_NEXT_REL = "meta:next_rel";
inline const std::string TOKEN_PREFIX = "tok:";
inline const std::string INDEX_DEF_PREFIX = "idx:";
inline const std::string COUNT_PREFIX = "cnt:";

enum class CountKind : char {
  NODES = 'N',
  RELS = 'R',
  LABEL = 'L',
  REL_TYPE = 'T',
  REL_PROPERTY = 'Q',  // relationships of a type holding a property key: type(4) key(4)
};

inline std::string countKey(CountKind kind, uint32_t id = 0) {
  std::string k = COUNT_PREFIX;
  k.push_back(char(kind));
  codec::putU32(k, id);
  return k;
}

// Planner statistics: "sta:P" label(4) key(4) -> count(8) hasRange(1) min(8) max(8) sketch(4096);
// "sta:D" label(4) type(4) dir(1) -> rels(8) maxDegree(8). Doubles as their IEEE bits.
inline const std::string STATS_PREFIX = "sta:";

inline std::string propertyStatsKey(LabelId label, PropKeyId key) {
  std::string k = STATS_PREFIX + 'P';
  codec::putU32(k, label);
  codec::putU32(k, key);
  return k;
}

inline std::string degreeStatsKey(LabelId label, RelTypeId type, Direction dir) {
  std::string k = STATS_PREFIX + 'D';
  codec::putU32(k, label);
  codec::putU32(k, type);
  k.push_back(char(dir));
  return k;
}

inline std::string relPropertyCountKey(RelTypeId type, PropKeyId key) {
  std::string k = countKey(CountKind::REL_PROPERTY, type);
  codec::putU32(k, key);
  return k;
}

inline std::string u64Key(uint64_t id) {
  std::string k;
  codec::putU64(k, id);
  return k;
}

inline std::string labelKey(LabelId label, NodeId node) {
  std::string k;
  codec::putU32(k, label);
  codec::putU64(k, node);
  return k;
}

inline std::string relTypePrefix(RelTypeId type) {
  std::string k;
  codec::putU32(k, type);
  return k;
}

// Chunk of a type: type(4) | first rel(8).
inline std::string relTypeKey(RelTypeId type, RelId rel) {
  std::string k;
  codec::putU32(k, type);
  codec::putU64(k, rel);
  return k;
}

inline std::string adjPrefix(NodeId node, Direction dir) {
  std::string k;
  codec::putU64(k, node);
  k.push_back(char(dir));
  return k;
}

inline std::string adjPrefix(NodeId node, Direction dir, RelTypeId type) {
  std::string k = adjPrefix(node, dir);
  codec::putU32(k, type);
  return k;
}

inline std::string adjChunkKey(NodeId node, Direction dir, RelTypeId type, RelId firstRel) {
  std::string k = adjPrefix(node, dir, type);
  codec::putU64(k, firstRel);
  return k;
}

inline std::string indexPrefix(LabelId label, PropKeyId key) {
  std::string k;
  codec::putU32(k, label);
  codec::putU32(k, key);
  return k;
}

// The smallest key greater than every key starting with `prefix`.
inline std::string prefixEnd(std::string prefix) {
  while (!prefix.empty() && uint8_t(prefix.back()) == 0xff) prefix.pop_back();
  if (!prefix.empty()) prefix.back() = char(uint8_t(prefix.back()) + 1);
  return prefix;
}

}  // namespace rollcall::storage::keys
