#include "storage/columns/column_codec.h"

#include <cstring>

#include "storage/codec/big_endian.h"
#include "storage/codec/property_codec.h"
#include "storage/common/storage_error.h"

namespace rollcall::storage {

namespace {

using Layout = PropertyChunk::Layout;

uint64_t zigzag(int64_t v) { return (uint64_t(v) << 1) ^ uint64_t(v >> 63); }
int64_t unzigzag(uint64_t v) { return int64_t(v >> 1) ^ -int64_t(v & 1); }

[[noreturn]] void corrupt(const char* what) {
  throw StorageError(StorageErrorKind::CORRUPTION,
                     std::string("the database is corrupt: bad column chunk (") + what + ")");
}

// Reads a stored payload front to back; every read checks what is left.
class PayloadReader {
 public:
  explicit PayloadReader(std::string_view data) : data_(data) {}
  bool done() const { return pos_ == data_.size(); }
  size_t left() const { return data_.size() - pos_; }
  std::string_view take(size_t n) {
    if (left() < n) corrupt("truncated");
    auto out = data_.substr(pos_, n);
    pos_ += n;
    return out;
  }
  uint8_t byte() { return uint8_t(take(1)[0]); }
  uint32_t u32() { return codec::getU32(take(4).data()); }
  uint64_t u64() { return codec::getU64(take(8).data()); }
  uint64_t varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      uint8_t b = byte();
      v |= uint64_t(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    corrupt("varint too long");
  }
  // The rest, for the record codec's reader.
  std::string_view rest() { return take(left()); }
  void expectDone() {
    if (!done()) corrupt("trailing bytes");
  }

 private:
  std::string_view data_;
  size_t pos_ = 0;
};

void encodeBitmap(std::string& out, const ChunkBitmap& bitmap) {
  for (uint64_t word : bitmap.words) codec::putU64(out, word);
}

ChunkBitmap decodeBitmap(PayloadReader& in) {
  ChunkBitmap bitmap;
  for (auto& word : bitmap.words) word = in.u64();
  return bitmap;
}

void encodeValues(std::string& out, const PropertyChunk& chunk) {
  chunk.present.forEach([&](size_t s) {
    switch (chunk.layout) {
      case Layout::BOOL:
      case Layout::INT:
      case Layout::DATE:
        codec::putVarint(out, zigzag(chunk.ints[s]));
        break;
      case Layout::DOUBLE: {
        uint64_t bits;
        std::memcpy(&bits, &chunk.doubles[s], 8);
        codec::putU64(out, bits);
        break;
      }
      case Layout::STRING: {
        auto text = chunk.stringAt(s);
        codec::putVarint(out, text.size());
        out.append(text);
        break;
      }
      case Layout::MIXED:
        codec::encodeValue(out, chunk.mixed[s]);
        break;
      case Layout::EMPTY:
        break;
    }
  });
}

int64_t decodeInt(PayloadReader& in, Layout layout) {
  int64_t v = unzigzag(in.varint());
  if (layout == Layout::BOOL && v != 0 && v != 1) corrupt("boolean out of range");
  if (layout == Layout::DATE && (v < INT32_MIN || v > INT32_MAX)) corrupt("date out of range");
  return v;
}

// MIXED values go through the record codec, whose errors say IO: here they are corruption.
std::vector<PropertyValue> decodeMixed(PayloadReader& in, const ChunkBitmap& present) {
  std::vector<PropertyValue> values(COLUMN_CHUNK_SIZE);
  codec::Reader reader(in.rest());
  try {
    present.forEach([&](size_t s) {
      values[s] = reader.value();
      if (values[s].isNull()) corrupt("null value of a present slot");
    });
  } catch (const StorageError& e) {
    if (e.kind() == StorageErrorKind::CORRUPTION) throw;
    corrupt("mixed value");
  }
  if (!reader.done()) corrupt("trailing bytes");
  return values;
}

void decodeValues(PayloadReader& in, PropertyChunk& chunk) {
  Layout layout = chunk.layout;
  if (layout == Layout::MIXED) {
    chunk.mixed = decodeMixed(in, chunk.present);
    return;
  }
  if (layout == Layout::STRING) chunk.offsets.reserve(COLUMN_CHUNK_SIZE + 1);
  if (layout == Layout::DOUBLE) chunk.doubles.assign(COLUMN_CHUNK_SIZE, 0);
  if (layout == Layout::BOOL || layout == Layout::INT || layout == Layout::DATE) {
    chunk.ints.assign(COLUMN_CHUNK_SIZE, 0);
  }
  for (size_t s = 0; s < COLUMN_CHUNK_SIZE; ++s) {
    if (layout == Layout::STRING) chunk.offsets.push_back(uint32_t(chunk.chars.size()));
    if (!chunk.has(s)) continue;
    if (layout == Layout::DOUBLE) {
      uint64_t bits = in.u64();
      std::memcpy(&chunk.doubles[s], &bits, 8);
    } else if (layout == Layout::STRING) {
      uint64_t n = in.varint();
      if (n > in.left() || chunk.chars.size() + n > UINT32_MAX) corrupt("string length");
      chunk.chars.append(in.take(n));
    } else {
      chunk.ints[s] = decodeInt(in, layout);
    }
  }
  if (layout == Layout::STRING) chunk.offsets.push_back(uint32_t(chunk.chars.size()));
  in.expectDone();
}

}  // namespace

void encodeColumnStamp(std::string& out, const ColumnStamp& stamp) {
  codec::putU64(out, stamp.epoch);
  codec::putU64(out, stamp.generation);
}

ColumnStamp decodeColumnStamp(std::string_view value) {
  if (value.size() < COLUMN_STAMP_BYTES) corrupt("no stamp");
  return {codec::getU64(value, 0), codec::getU64(value, 8)};
}

void encodeLabelChunk(std::string& out, const LabelChunk& chunk) {
  if (!chunk.members.empty()) encodeBitmap(out, chunk.members);
}

LabelChunk decodeLabelChunk(std::string_view payload) {
  LabelChunk chunk;
  if (payload.empty()) return chunk;
  PayloadReader in(payload);
  chunk.members = decodeBitmap(in);
  in.expectDone();
  return chunk;
}

void encodeDegreeColumns(std::string& out, const std::vector<DegreeColumn>& columns) {
  codec::putVarint(out, columns.size());
  for (const auto& column : columns) {
    codec::putU32(out, column.type);
    out.push_back(char(column.dir));
    for (uint32_t d : column.degrees.degrees) codec::putVarint(out, d);
  }
}

std::vector<DegreeColumn> decodeDegreeColumns(std::string_view payload) {
  PayloadReader in(payload);
  uint64_t count = in.varint();
  // Each column takes at least 5 + 4,096 bytes: a count beyond that is corrupt, not allocated.
  if (count > in.left() / (5 + COLUMN_CHUNK_SIZE)) corrupt("degree column count");
  std::vector<DegreeColumn> columns(count);
  for (auto& column : columns) {
    column.type = in.u32();
    uint8_t dir = in.byte();
    if (dir > uint8_t(Direction::IN)) corrupt("direction");
    column.dir = Direction(dir);
    for (auto& d : column.degrees.degrees) {
      uint64_t v = in.varint();
      if (v > UINT32_MAX) corrupt("degree out of range");
      d = uint32_t(v);
    }
  }
  in.expectDone();
  return columns;
}

void encodePropertyChunk(std::string& out, const PropertyChunk& chunk) {
  out.push_back(char(chunk.layout));
  if (chunk.layout == Layout::EMPTY) return;
  encodeBitmap(out, chunk.present);
  encodeValues(out, chunk);
}

PropertyChunk decodePropertyChunk(std::string_view payload) {
  PayloadReader in(payload);
  PropertyChunk chunk;
  uint8_t layout = in.byte();
  if (layout > uint8_t(Layout::MIXED)) corrupt("layout");
  chunk.layout = Layout(layout);
  if (chunk.layout == Layout::EMPTY) {
    in.expectDone();
    return chunk;
  }
  chunk.present = decodeBitmap(in);
  if (chunk.present.empty()) corrupt("no value in a non-empty layout");
  decodeValues(in, chunk);
  return chunk;
}

}  // namespace rollcall::storage
