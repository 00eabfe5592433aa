#include "storage/codec/index_key_codec.h"

#include <cmath>
#include <cstring>

#include "storage/codec/big_endian.h"

namespace rollcall::storage::codec {

namespace {

constexpr uint64_t SIGN_BIT = uint64_t{1} << 63;
constexpr char LIST_END = char(0xff);  // above every type tag
constexpr double TWO_63 = 9223372036854775808.0;

// The class byte of a number, so the classes sort in numeric order (see the header).
enum NumberClass : char { BELOW_INT64 = 0, IN_INT64 = 1, ABOVE_INT64 = 2, NOT_A_NUMBER = 3 };
constexpr char INTEGRAL = 0, FRACTIONAL = 1;

// Flip the bits so negative doubles sort below positive ones, byte-wise.
uint64_t orderedDoubleBits(double d) {
  uint64_t bits;
  std::memcpy(&bits, &d, 8);
  return (bits & SIGN_BIT) ? ~bits : bits | SIGN_BIT;
}

void encodeInt(std::string& out, int64_t i) {
  out.push_back(IN_INT64);
  putU64(out, uint64_t(i) ^ SIGN_BIT);
  out.push_back(INTEGRAL);
}

// An integral double in int64 range takes the int's bytes. A fractional one follows its floor
// with the double itself: values of one floor sort by their own bits. (d - floor(d) would not
// do: it rounds, -1e-300 and -1e-301 would both give 1.0.)
void encodeDouble(std::string& out, double d) {
  if (std::isnan(d)) {
    out.push_back(NOT_A_NUMBER);
    return;
  }
  if (d < -TWO_63 || d >= TWO_63) {
    out.push_back(d < 0 ? BELOW_INT64 : ABOVE_INT64);
    putU64(out, orderedDoubleBits(d));
    return;
  }
  double whole = std::floor(d);
  encodeInt(out, int64_t(whole));
  if (d == whole) return;  // also -0.0, which equals 0
  out.back() = FRACTIONAL;
  putU64(out, orderedDoubleBits(d));
}

// 0x00 is escaped as 0x00 0xff and the string ends with 0x00 0x01: prefix-free and ordered.
void encodeString(std::string& out, const std::string& s) {
  for (char c : s) {
    out.push_back(c);
    if (c == 0) out.push_back(char(0xff));
  }
  out.push_back(0);
  out.push_back(1);
}

void putSigned(std::string& out, int64_t v) { putU64(out, uint64_t(v) ^ SIGN_BIT); }

// Times and date-times sort by their instant (a time's clock read in UTC), then by offset, then
// (date-times) zone name; equal keys are structurally equal values, as the index needs.
void encodeTemporal(std::string& out, const PropertyValue& value) {
  using Type = PropertyValue::Type;
  switch (value.type()) {
    case Type::LOCAL_TIME:
      putSigned(out, value.asLocalTime().nanos);
      return;
    case Type::TIME: {
      Time t = value.asTime();
      putSigned(out, t.nanos - int64_t(t.offset) * NANOS_PER_SECOND);
      putSigned(out, t.offset);
      return;
    }
    case Type::LOCAL_DATETIME:
      putSigned(out, value.asLocalDateTime().seconds);
      putU32(out, uint32_t(value.asLocalDateTime().nanos));
      return;
    case Type::DATETIME: {
      DateTime t = value.asDateTime();
      putSigned(out, t.seconds);
      putU32(out, uint32_t(t.nanos));
      putSigned(out, t.offset);
      encodeString(out, t.zone != 0 ? zoneName(t.zone) : std::string());
      return;
    }
    case Type::DURATION: {
      Duration d = value.asDuration();
      putSigned(out, d.months);
      putSigned(out, d.days);
      putSigned(out, d.seconds);
      putU32(out, uint32_t(d.nanos));
      return;
    }
    default:
      return;
  }
}

}  // namespace

void encodeIndexValue(std::string& out, const PropertyValue& value) {
  using Type = PropertyValue::Type;
  // Numbers of both types share the INT tag: they compare by value.
  out.push_back(char(value.type() == Type::DOUBLE ? Type::INT : value.type()));
  switch (value.type()) {
    case Type::NUL:
      return;
    case Type::BOOL:
      out.push_back(value.asBool() ? 1 : 0);
      return;
    case Type::INT:
      encodeInt(out, value.asInt());
      return;
    case Type::DOUBLE:
      encodeDouble(out, value.asDouble());
      return;
    case Type::STRING:
      encodeString(out, value.asString());
      return;
    case Type::DATE:
      putU32(out, uint32_t(value.asDate().days) ^ 0x80000000u);
      return;
    case Type::LIST:
      for (const auto& item : value.asList()) encodeIndexValue(out, item);
      out.push_back(LIST_END);
      return;
    default:
      encodeTemporal(out, value);
      return;
  }
}

}  // namespace rollcall::storage::codec
