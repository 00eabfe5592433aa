#include "repl/report/html_text.h"

#include <cmath>
#include <cstdio>

namespace rollcall::repl {

std::string escapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string groupedNumber(long long n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? "-" + out : out;
}

std::string percent(double fraction) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3g%%", fraction * 100.0);
  return buf;
}

std::string shortNumber(double n) {
  static constexpr struct {
    double scale;
    const char* suffix;
  } UNITS[] = {{1e9, "G"}, {1e6, "M"}, {1e3, "k"}};
  char buf[32];
  for (const auto& unit : UNITS) {
    if (std::fabs(n) >= unit.scale) {
      std::snprintf(buf, sizeof buf, "%.3g%s", n / unit.scale, unit.suffix);
      return buf;
    }
  }
  std::snprintf(buf, sizeof buf, "%.3g", n);
  return buf;
}

}  // namespace rollcall::repl
