#pragma once
// The stored form of column chunks (column_store.h keeps them). Every value starts with the
// stamp it was built at; the payloads are compact because most chunks are sparse or small:
//
//   label     nothing (no member) or the 64 bitmap words, big-endian
//   degrees   varint pair count, then per pair: type(4) dir(1) and 4,096 varint degrees
//   property  layout(1); unless EMPTY the presence bitmap (as a label's), then one entry per
//             present slot: zigzag varint (BOOL, INT, DATE), 8 bytes (DOUBLE), varint length and
//             bytes (STRING), or the record codec's value (MIXED, property_codec.h)
//
// Decoders check every length and value range and throw StorageError(CORRUPTION) on a value the
// encoders cannot have written; they never read past the value.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "storage/columns/column_chunk.h"

namespace rollcall::storage {

// What a persisted chunk was built from: the store's column epoch (moved by bulk loads) and the
// generation of its node chunk (moved by commits writing it). Zero stands for "never set".
struct ColumnStamp {
  uint64_t epoch = 0;
  uint64_t generation = 0;
  bool operator==(const ColumnStamp&) const = default;
};
inline constexpr size_t COLUMN_STAMP_BYTES = 16;

// The degrees of one (type, direction) over one chunk.
struct DegreeColumn {
  RelTypeId type = 0;
  Direction dir = Direction::OUT;
  DegreeChunk degrees;
};

void encodeColumnStamp(std::string& out, const ColumnStamp& stamp);
// The stamp at the start of a stored value; the payload follows it.
ColumnStamp decodeColumnStamp(std::string_view value);

void encodeLabelChunk(std::string& out, const LabelChunk& chunk);
LabelChunk decodeLabelChunk(std::string_view payload);
void encodeDegreeColumns(std::string& out, const std::vector<DegreeColumn>& columns);
std::vector<DegreeColumn> decodeDegreeColumns(std::string_view payload);
void encodePropertyChunk(std::string& out, const PropertyChunk& chunk);
PropertyChunk decodePropertyChunk(std::string_view payload);

}  // namespace rollcall::storage
