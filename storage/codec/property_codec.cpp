#include "storage/codec/property_codec.h"

#include <cstring>

#include "storage/codec/big_endian.h"
#include "storage/common/storage_error.h"

namespace rollcall::storage::codec {

using Type = PropertyValue::Type;

void putVarint(std::string& out, uint64_t v) {
  while (v >= 0x80) {
    out.push_back(char((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out.push_back(char(v));
}

// Zig-zag keeps small negative integers short.
static uint64_t zigzag(int64_t v) { return (uint64_t(v) << 1) ^ uint64_t(v >> 63); }
static int64_t unzigzag(uint64_t v) { return int64_t(v >> 1) ^ -int64_t(v & 1); }

// Stored temporal fields within the ranges the engine can make (years within +-999,999, offsets
// within +-18 hours, fractions below a second): a damaged record is reported, not computed with.
static constexpr int64_t MAX_TEMPORAL_SECONDS = int64_t{1'000'000} * 366 * 86'400;
static constexpr int64_t MAX_OFFSET_SECONDS = 18 * 3600;

static int64_t checked(int64_t v, int64_t lo, int64_t hi) {
  if (v < lo || v > hi) {
    throw StorageError(StorageErrorKind::IO, "corrupt temporal value in database");
  }
  return v;
}

// The varint fields of a temporal value's encoding (a date-time's zone name follows them).
static int fieldCount(Type type) {
  switch (type) {
    case Type::LOCAL_TIME: return 1;
    case Type::TIME: return 2;
    case Type::LOCAL_DATETIME: return 2;
    case Type::DATETIME: return 3;
    case Type::DURATION: return 4;
    default: return 0;
  }
}

void encodeValue(std::string& out, const PropertyValue& value) {
  out.push_back(char(value.type()));
  switch (value.type()) {
    case Type::NUL:
      return;
    case Type::BOOL:
      out.push_back(value.asBool() ? 1 : 0);
      return;
    case Type::INT:
      putVarint(out, zigzag(value.asInt()));
      return;
    case Type::DOUBLE: {
      double d = value.asDouble();
      char b[8];
      std::memcpy(b, &d, 8);
      out.append(b, 8);
      return;
    }
    case Type::STRING:
      putVarint(out, value.asString().size());
      out.append(value.asString());
      return;
    case Type::DATE:
      putVarint(out, zigzag(value.asDate().days));
      return;
    case Type::LIST:
      putVarint(out, value.asList().size());
      for (const auto& item : value.asList()) encodeValue(out, item);
      return;
    case Type::LOCAL_TIME:
      putVarint(out, uint64_t(value.asLocalTime().nanos));
      return;
    case Type::TIME:
      putVarint(out, uint64_t(value.asTime().nanos));
      putVarint(out, zigzag(value.asTime().offset));
      return;
    case Type::LOCAL_DATETIME:
      putVarint(out, zigzag(value.asLocalDateTime().seconds));
      putVarint(out, uint64_t(value.asLocalDateTime().nanos));
      return;
    case Type::DATETIME: {
      // The zone by name: ids are per process.
      DateTime t = value.asDateTime();
      putVarint(out, zigzag(t.seconds));
      putVarint(out, uint64_t(t.nanos));
      putVarint(out, zigzag(t.offset));
      std::string_view zone = t.zone != 0 ? std::string_view(zoneName(t.zone)) : "";
      putVarint(out, zone.size());
      out.append(zone);
      return;
    }
    case Type::DURATION: {
      Duration d = value.asDuration();
      putVarint(out, zigzag(d.months));
      putVarint(out, zigzag(d.days));
      putVarint(out, zigzag(d.seconds));
      putVarint(out, uint64_t(d.nanos));
      return;
    }
  }
}

void encodeProperties(std::string& out, const Properties& properties) {
  putVarint(out, properties.size());
  for (const auto& [key, value] : properties) {
    putVarint(out, key);
    encodeValue(out, value);
  }
}

void encodeLabels(std::string& out, const std::vector<LabelId>& labels) {
  putVarint(out, labels.size());
  for (LabelId label : labels) putVarint(out, label);
}

void encodeNodeRecord(std::string& out, const std::vector<LabelId>& labels,
                      const Properties& properties) {
  encodeLabels(out, labels);
  encodeProperties(out, properties);
}

void encodeRelRecord(std::string& out, RelTypeId type, NodeId start, NodeId end,
                     const Properties& properties) {
  putU32(out, type);
  putU64(out, start);
  putU64(out, end);
  encodeProperties(out, properties);
}

static void checkRelRecord(std::string_view record) {
  if (record.size() < REL_RECORD_HEADER) {
    throw StorageError(StorageErrorKind::IO, "corrupt relationship record in database");
  }
}

RelRecordHeader decodeRelHeader(std::string_view record) {
  checkRelRecord(record);
  return {getU32(record, 0), getU64(record, 4), getU64(record, 12)};
}

std::string_view relRecordProperties(std::string_view record) {
  checkRelRecord(record);
  return record.substr(REL_RECORD_HEADER);
}

void Reader::need(size_t n) const {
  if (size_t(end_ - p_) < n) throw StorageError(StorageErrorKind::IO, "corrupt record in database");
}

void Reader::skip(size_t n) {
  need(n);
  p_ += n;
}

uint64_t Reader::count(size_t minItemBytes) {
  uint64_t n = varint();
  if (n > size_t(end_ - p_) / minItemBytes) {
    throw StorageError(StorageErrorKind::IO, "corrupt count in database record");
  }
  return n;
}

static void checkListDepth(int depth) {
  if (depth >= Reader::MAX_LIST_DEPTH) {
    throw StorageError(StorageErrorKind::IO, "corrupt record in database: lists nested too deep");
  }
}

uint64_t Reader::varint() {
  uint64_t v = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    need(1);
    auto byte = uint8_t(*p_++);
    v |= uint64_t(byte & 0x7f) << shift;
    if (!(byte & 0x80)) return v;
  }
  throw StorageError(StorageErrorKind::IO, "corrupt varint in database");
}

PropertyValue Reader::value() { return value(0); }

PropertyValue Reader::value(int depth) {
  need(1);
  auto type = Type(uint8_t(*p_++));
  switch (type) {
    case Type::NUL:
      return {};
    case Type::BOOL:
      need(1);
      return PropertyValue(*p_++ != 0);
    case Type::INT:
      return PropertyValue(unzigzag(varint()));
    case Type::DOUBLE: {
      need(8);
      double d;
      std::memcpy(&d, p_, 8);
      p_ += 8;
      return PropertyValue(d);
    }
    case Type::STRING: {
      size_t n = varint();
      need(n);
      std::string s(p_, n);
      p_ += n;
      return PropertyValue(std::move(s));
    }
    case Type::DATE:
      return PropertyValue(Date{int32_t(unzigzag(varint()))});
    case Type::LIST: {
      checkListDepth(depth);
      PropertyList list(count(/*minItemBytes=*/1));  // a type tag each
      for (auto& item : list) item = value(depth + 1);
      return PropertyValue(std::move(list));
    }
    case Type::LOCAL_TIME:
      return PropertyValue(LocalTime{checked(int64_t(varint()), 0, NANOS_PER_DAY - 1)});
    case Type::TIME: {
      int64_t nanos = checked(int64_t(varint()), 0, NANOS_PER_DAY - 1);
      int64_t offset = checked(unzigzag(varint()), -MAX_OFFSET_SECONDS, MAX_OFFSET_SECONDS);
      return PropertyValue(Time{nanos, int32_t(offset)});
    }
    case Type::LOCAL_DATETIME: {
      int64_t seconds = checked(unzigzag(varint()), -MAX_TEMPORAL_SECONDS, MAX_TEMPORAL_SECONDS);
      return PropertyValue(
          LocalDateTime{seconds, int32_t(checked(int64_t(varint()), 0, NANOS_PER_SECOND - 1))});
    }
    case Type::DATETIME: {
      DateTime t;
      t.seconds = checked(unzigzag(varint()), -MAX_TEMPORAL_SECONDS, MAX_TEMPORAL_SECONDS);
      t.nanos = int32_t(checked(int64_t(varint()), 0, NANOS_PER_SECOND - 1));
      t.offset = int32_t(checked(unzigzag(varint()), -MAX_OFFSET_SECONDS, MAX_OFFSET_SECONDS));
      size_t n = varint();
      need(n);
      if (n > 0) t.zone = internZone(std::string_view(p_, n));
      p_ += n;
      return PropertyValue(t);
    }
    case Type::DURATION: {
      Duration d;
      d.months = unzigzag(varint());
      d.days = unzigzag(varint());
      d.seconds = unzigzag(varint());
      d.nanos = int32_t(checked(int64_t(varint()), 0, NANOS_PER_SECOND - 1));
      return PropertyValue(d);
    }
  }
  throw StorageError(StorageErrorKind::IO, "unknown value type in database");
}

void Reader::skipValue() { skipValue(0); }

void Reader::skipValue(int depth) {
  need(1);
  auto type = Type(uint8_t(*p_++));
  switch (type) {
    case Type::NUL:
      return;
    case Type::BOOL:
      return skip(1);
    case Type::INT:
    case Type::DATE:
      varint();
      return;
    case Type::DOUBLE:
      return skip(8);
    case Type::STRING:
      return skip(varint());
    case Type::LIST:
      checkListDepth(depth);
      for (uint64_t n = varint(); n > 0; --n) skipValue(depth + 1);
      return;
    case Type::LOCAL_TIME:
    case Type::TIME:
    case Type::LOCAL_DATETIME:
    case Type::DURATION:
    case Type::DATETIME:
      // Every field is a varint, except a date-time's zone name which ends it.
      for (int n = fieldCount(type); n > 0; --n) varint();
      if (type == Type::DATETIME) skip(varint());
      return;
  }
  throw StorageError(StorageErrorKind::IO, "unknown value type in database");
}

bool Reader::labelsContain(LabelId label) {
  bool found = false;
  for (uint64_t n = varint(); n > 0; --n) found |= varint() == label;
  return found;
}

void Reader::skipLabels() {
  for (uint64_t n = varint(); n > 0; --n) varint();
}

PropertyValue Reader::findProperty(PropKeyId key) {
  for (uint64_t n = varint(); n > 0; --n) {
    auto k = PropKeyId(varint());
    if (k == key) return value();
    if (k > key) break;
    skipValue();
  }
  return {};
}

Properties Reader::properties() {
  Properties props(count(/*minItemBytes=*/2));  // a key and a type tag each
  for (auto& [key, value] : props) {
    key = PropKeyId(varint());
    value = this->value();
  }
  return props;
}

std::vector<LabelId> Reader::labels() {
  std::vector<LabelId> labels(count(/*minItemBytes=*/1));
  for (auto& label : labels) label = LabelId(varint());
  return labels;
}

}  // namespace rollcall::storage::codec
