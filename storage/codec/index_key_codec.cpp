#include "storage/codec/index_key_codec.h"

#include <cstring>

#include "storage/codec/big_endian.h"

namespace rollcall::storage::codec {

namespace {

constexpr uint64_t SIGN_BIT = uint64_t{1} << 63;
constexpr char LIST_END = char(0xff);  // above every type tag

// Flip the bits so negative doubles sort below positive ones, byte-wise.
uint64_t orderedDoubleBits(double d) {
  uint64_t bits;
  std::memcpy(&bits, &d, 8);
  return (bits & SIGN_BIT) ? ~bits : bits | SIGN_BIT;
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

}  // namespace

void encodeIndexValue(std::string& out, const PropertyValue& value) {
  using Type = PropertyValue::Type;
  out.push_back(char(value.type()));
  switch (value.type()) {
    case Type::NUL:
      return;
    case Type::BOOL:
      out.push_back(value.asBool() ? 1 : 0);
      return;
    case Type::INT:
      putU64(out, uint64_t(value.asInt()) ^ SIGN_BIT);
      return;
    case Type::DOUBLE:
      putU64(out, orderedDoubleBits(value.asDouble()));
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
  }
}

}  // namespace rollcall::storage::codec
