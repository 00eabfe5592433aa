#include "engine/parser/literal_decoder.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>

#include "engine/common/error.h"

namespace rollcall::parser {
namespace {

int digitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}

void appendUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

// Reads the hex digits of a \u or \U escape starting at raw[pos]; returns the code point.
uint32_t readUnicodeEscape(std::string_view raw, size_t pos, size_t digits, uint32_t offset) {
  auto fail = [&](const std::string& why) {
    return syntaxError(
        "InvalidUnicodeLiteral",
        "Invalid unicode escape '" +
            std::string(raw.substr(pos - 2, std::min(2 + digits, raw.size() - pos + 1))) +
            "': " + why,
        offset);
  };
  // The closing quote is not a hex digit, so a short escape stops inside raw.
  if (pos + digits > raw.size() - 1)
    throw fail("expected " + std::to_string(digits) + " hex digits");
  uint32_t cp = 0;
  for (size_t i = 0; i < digits; ++i) {
    int d = digitValue(raw[pos + i]);
    if (d > 15) throw fail("expected " + std::to_string(digits) + " hex digits");
    cp = cp * 16 + uint32_t(d);
  }
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) throw fail("not a Unicode code point");
  return cp;
}

char simpleEscape(char c) {
  switch (c) {
    case '\\':
      return '\\';
    case '\'':
      return '\'';
    case '"':
      return '"';
    case 'b':
    case 'B':
      return '\b';
    case 'f':
    case 'F':
      return '\f';
    case 'n':
    case 'N':
      return '\n';
    case 'r':
    case 'R':
      return '\r';
    case 't':
    case 'T':
      return '\t';
    default:
      return 0;
  }
}

}  // namespace

int64_t decodeInteger(std::string_view text, bool negated, uint32_t offset) {
  uint64_t base = 10;
  std::string_view digits = text;
  if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
    base = 16;
    digits = text.substr(2);
  } else if (text.size() > 2 && text[0] == '0' && (text[1] == 'o' || text[1] == 'O')) {
    base = 8;
    digits = text.substr(2);
  }
  // The magnitude may reach 2^63 only when a minus sign makes it INT64_MIN.
  const uint64_t limit = uint64_t(std::numeric_limits<int64_t>::max()) + (negated ? 1 : 0);
  uint64_t value = 0;
  for (char c : digits) {
    uint64_t d = uint64_t(digitValue(c));
    if (value > (limit - d) / base) {
      throw syntaxError("IntegerOverflow",
                        "Integer literal '" + std::string(negated ? "-" : "") + std::string(text) +
                            "' is too large for a 64-bit integer",
                        offset);
    }
    value = value * base + d;
  }
  if (!negated) return int64_t(value);
  return value == (uint64_t(1) << 63) ? std::numeric_limits<int64_t>::min() : -int64_t(value);
}

double decodeFloat(std::string_view text, uint32_t offset) {
  std::string copy(text);
  errno = 0;
  double value = std::strtod(copy.c_str(), nullptr);
  if (errno == ERANGE && std::isinf(value)) {
    throw syntaxError("FloatingPointOverflow",
                      "Float literal '" + copy + "' is too large for a 64-bit float", offset);
  }
  return value;
}

std::string decodeString(std::string_view raw, uint32_t offset) {
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 1; i + 1 < raw.size(); ++i) {
    if (raw[i] != '\\') {
      out += raw[i];
      continue;
    }
    char c = raw[i + 1];
    uint32_t at = offset + uint32_t(i);
    if (c == 'u' || c == 'U') {
      size_t digits = c == 'u' ? 4 : 8;
      appendUtf8(out, readUnicodeEscape(raw, i + 2, digits, at));
      i += 1 + digits;
    } else if (char e = simpleEscape(c)) {
      out += e;
      ++i;
    } else {
      throw syntaxError("UnexpectedSyntax",
                        "Invalid escape sequence '\\" + std::string(1, c) + "' in string literal",
                        at);
    }
  }
  return out;
}

std::string decodeName(std::string_view raw) {
  if (raw.size() < 2 || raw.front() != '`') return std::string(raw);
  std::string out;
  for (size_t i = 1; i + 1 < raw.size(); ++i) {
    out += raw[i];
    if (raw[i] == '`') ++i;  // `` stands for one backtick
  }
  return out;
}

}  // namespace rollcall::parser
