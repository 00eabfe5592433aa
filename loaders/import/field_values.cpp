#include "loaders/import/field_values.h"

#include <cctype>
#include <charconv>
#include <cmath>

namespace rollcall::loaders {
namespace {

// Number parsing in Neo4j (Java) ignores every character up to and including the space.
std::string_view trimControl(std::string_view s) {
  while (!s.empty() && static_cast<unsigned char>(s.front()) <= ' ') s.remove_prefix(1);
  while (!s.empty() && static_cast<unsigned char>(s.back()) <= ' ') s.remove_suffix(1);
  return s;
}

bool isFloatChar(char c) {
  return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+';
}

// Java's Double.parseDouble without its f/d suffixes: an optional sign, then NaN, Infinity or
// decimal text.
std::optional<double> parseFloat(std::string_view text) {
  std::string_view s = trimControl(text);
  bool negative = !s.empty() && s[0] == '-';
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) s.remove_prefix(1);
  if (s == "NaN") return std::nan("");
  if (s == "Infinity") return negative ? -INFINITY : INFINITY;
  if (s.empty() || s[0] == '+' || s[0] == '-') return std::nullopt;
  for (char c : s) {
    if (!isFloatChar(c)) return std::nullopt;
  }
  double out = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return negative ? -out : out;
}

std::optional<int64_t> truncateFloat(double d) {
  if (!std::isfinite(d) || d >= 9223372036854775808.0 || d < -9223372036854775808.0) {
    return std::nullopt;
  }
  return static_cast<int64_t>(d);
}

bool readDigits(std::string_view text, size_t pos, size_t count, int& out) {
  out = 0;
  for (size_t i = pos; i < pos + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    out = out * 10 + (text[i] - '0');
  }
  return true;
}

bool isLeap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int year, int month) {
  static constexpr int DAYS[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && isLeap(year) ? 29 : DAYS[month - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (the era-based civil calendar formula).
int64_t daysFromCivil(int64_t y, int m, int d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

}  // namespace

std::string_view trimSpace(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  return text;
}

std::optional<int64_t> toInteger(std::string_view text) {
  std::string_view s = trimControl(text);
  if (!s.empty() && s[0] == '+') s.remove_prefix(1);
  int64_t out = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  if (ec == std::errc() && end == s.data() + s.size() && !s.empty()) return out;
  if (ec == std::errc::result_out_of_range) return std::nullopt;
  auto d = parseFloat(text);
  return d ? truncateFloat(*d) : std::nullopt;
}

std::optional<storage::Date> parseDate(std::string_view text) {
  bool extended = text.size() == 10 && text[4] == '-' && text[7] == '-';
  if (!extended && text.size() != 8) return std::nullopt;
  int year = 0;
  int month = 0;
  int day = 0;
  if (!readDigits(text, 0, 4, year) || !readDigits(text, extended ? 5 : 4, 2, month) ||
      !readDigits(text, extended ? 8 : 6, 2, day)) {
    return std::nullopt;
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return std::nullopt;
  return storage::Date{static_cast<int32_t>(daysFromCivil(year, month, day))};
}

}  // namespace rollcall::loaders
