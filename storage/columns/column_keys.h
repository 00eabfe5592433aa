#pragma once
// Keys of the persisted column chunks and of their validity stamps, in the default (meta)
// family (see column_store.h for why there and not in a family of their own):
//
//   "col:E"                       epoch(8)       changed by every bulk load
//   "col:G" chunk(8)              generation(8)  changed by every commit writing the chunk
//   "col:L" label(4) chunk(8)     stamp(16) + label bitmap         (column_codec.h)
//   "col:D" chunk(8)              stamp(16) + every (type, dir)'s degrees
//   "col:P" key(4) chunk(8)       stamp(16) + property column
#include <string>

#include "storage/codec/big_endian.h"
#include "storage/common/types.h"

namespace rollcall::storage::keys {

inline const std::string COLUMN_PREFIX = "col:";
inline const std::string COLUMN_EPOCH = "col:E";

inline std::string columnGenerationKey(uint64_t chunk) {
  std::string k = COLUMN_PREFIX + 'G';
  codec::putU64(k, chunk);
  return k;
}

inline std::string labelColumnKey(LabelId label, uint64_t chunk) {
  std::string k = COLUMN_PREFIX + 'L';
  codec::putU32(k, label);
  codec::putU64(k, chunk);
  return k;
}

inline std::string degreeColumnKey(uint64_t chunk) {
  std::string k = COLUMN_PREFIX + 'D';
  codec::putU64(k, chunk);
  return k;
}

inline std::string propertyColumnKey(PropKeyId key, uint64_t chunk) {
  std::string k = COLUMN_PREFIX + 'P';
  codec::putU32(k, key);
  codec::putU64(k, chunk);
  return k;
}

}  // namespace rollcall::storage::keys
