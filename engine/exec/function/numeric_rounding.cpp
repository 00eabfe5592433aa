#include "engine/exec/function/numeric_rounding.h"

#include <charconv>
#include <cmath>
#include <string>

namespace rollcall::function {
namespace {

// Adds one to a string of decimal digits, growing it on a carry out of the top.
void incrementDigits(std::string& digits) {
  for (size_t i = digits.size(); i-- > 0;) {
    if (digits[i] != '9') {
      ++digits[i];
      return;
    }
    digits[i] = '0';
  }
  digits.insert(digits.begin(), '1');
}

}  // namespace

double roundHalfTowardPositive(double x) {
  if (!std::isfinite(x)) return x;
  double below = std::floor(x);
  return x - below >= 0.5 ? below + 1.0 : below;
}

double roundDecimal(double x, int64_t precision) {
  if (!std::isfinite(x) || x == 0.0) return x;
  // Shortest scientific form, e.g. "-1.55e+00": digits "155", value 0.155 * 10^(exponent + 1).
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
  std::string text(buf, end);
  bool negative = text[0] == '-';
  size_t ePos = text.find('e');
  std::string digits;
  for (size_t i = negative ? 1 : 0; i < ePos; ++i) {
    if (text[i] != '.') digits += text[i];
  }
  int64_t pointPos = std::stoll(text.substr(ePos + 1)) + 1;  // digits before the decimal point
  int64_t keep = pointPos + precision;
  if (keep >= static_cast<int64_t>(digits.size())) return x;
  if (keep < 0) return negative ? -0.0 : 0.0;
  bool roundUp = digits[static_cast<size_t>(keep)] >= '5';
  std::string kept = keep == 0 ? "0" : digits.substr(0, static_cast<size_t>(keep));
  if (roundUp) incrementDigits(kept);
  double out = std::stod(kept + "e" + std::to_string(pointPos - keep));
  return negative ? -out : out;
}

}  // namespace rollcall::function
