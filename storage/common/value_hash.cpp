#include "storage/common/value_hash.h"

#include <bit>
#include <cmath>
#include <cstring>
#include <string_view>

namespace rollcall::storage {

namespace {

constexpr uint64_t MUL1 = 0xbf58476d1ce4e5b9ULL;
constexpr uint64_t MUL2 = 0x94d049bb133111ebULL;
constexpr uint64_t GOLDEN = 0x9e3779b97f4a7c15ULL;

// A bijective finaliser (xor-shift-multiply rounds): consecutive ids spread over all bits.
uint64_t mix(uint64_t x) {
  x ^= x >> 30;
  x *= MUL1;
  x ^= x >> 27;
  x *= MUL2;
  x ^= x >> 31;
  return x;
}

// Distinct seeds keep equal payloads of different types (an INT and a DATE) apart.
uint64_t tagged(PropertyValue::Type type, uint64_t payload) {
  return mix(payload ^ (uint64_t(type) * GOLDEN));
}

// Eight bytes at a time, each word folded in through a multiply; the tail is zero-padded and
// the length mixed in, so "a" and "a\0" differ.
uint64_t hashBytes(std::string_view bytes, uint64_t seed) {
  uint64_t h = seed ^ (bytes.size() * MUL2);
  size_t at = 0;
  for (; at + 8 <= bytes.size(); at += 8) {
    uint64_t word;
    std::memcpy(&word, bytes.data() + at, 8);
    h = std::rotl((h ^ mix(word)) * GOLDEN, 29);
  }
  if (at < bytes.size()) {
    uint64_t word = 0;
    std::memcpy(&word, bytes.data() + at, bytes.size() - at);
    h = std::rotl((h ^ mix(word)) * GOLDEN, 29);
  }
  return mix(h);
}

bool integral(double d) { return std::trunc(d) == d && std::fabs(d) < 9.2e18; }

}  // namespace

uint64_t hashValue(const PropertyValue& value) {
  using Type = PropertyValue::Type;
  switch (value.type()) {
    case Type::NUL:
      return tagged(Type::NUL, 0);
    case Type::BOOL:
      return tagged(Type::BOOL, value.asBool());
    case Type::INT:
      return tagged(Type::INT, uint64_t(value.asInt()));
    case Type::DOUBLE: {
      double d = value.asDouble();
      if (integral(d)) return tagged(Type::INT, uint64_t(int64_t(d)));
      return tagged(Type::DOUBLE, std::bit_cast<uint64_t>(d));
    }
    case Type::STRING:
      return hashBytes(value.asString(), uint64_t(Type::STRING));
    case Type::DATE:
      return tagged(Type::DATE, uint64_t(int64_t(value.asDate().days)));
    case Type::LIST: {
      uint64_t h = tagged(Type::LIST, value.asList().size());
      for (const auto& element : value.asList()) h = mix(std::rotl(h, 17) ^ hashValue(element));
      return h;
    }
    case Type::LOCAL_TIME:
      return tagged(Type::LOCAL_TIME, uint64_t(value.asLocalTime().nanos));
    case Type::TIME:
      return mix(tagged(Type::TIME, uint64_t(value.asTime().nanos)) ^
                 uint64_t(value.asTime().offset));
    case Type::LOCAL_DATETIME:
      return mix(tagged(Type::LOCAL_DATETIME, uint64_t(value.asLocalDateTime().seconds)) ^
                 uint64_t(value.asLocalDateTime().nanos));
    case Type::DATETIME: {
      DateTime t = value.asDateTime();
      uint64_t h = tagged(Type::DATETIME, uint64_t(t.seconds));
      return mix(h ^ (uint64_t(uint32_t(t.nanos)) << 32 | uint32_t(t.offset)) ^
                 (uint64_t(t.zone) * GOLDEN));
    }
    case Type::DURATION: {
      Duration d = value.asDuration();
      uint64_t h = tagged(Type::DURATION, uint64_t(d.months));
      h = mix(std::rotl(h, 17) ^ uint64_t(d.days));
      return mix(std::rotl(h, 17) ^ uint64_t(d.seconds) ^ (uint64_t(uint32_t(d.nanos)) << 32));
    }
  }
  return 0;
}

std::optional<double> numericValue(const PropertyValue& value) {
  switch (value.type()) {
    case PropertyValue::Type::INT:
      return double(value.asInt());
    case PropertyValue::Type::DOUBLE:
      if (std::isnan(value.asDouble())) return std::nullopt;
      return value.asDouble();
    case PropertyValue::Type::DATE:
      return double(value.asDate().days);
    default:
      return std::nullopt;
  }
}

}  // namespace rollcall::storage
