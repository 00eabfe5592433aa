// String functions. Positions and lengths count Unicode code points, as Neo4j's do, over our
// UTF-8 strings; case mapping covers ASCII only.
#include <algorithm>
#include <cctype>

#include "engine/exec/function/function_support.h"

namespace rollcall {
namespace {

using function::requireInt;
using function::requireString;

bool isContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Byte offsets where each code point starts, plus the end.
std::vector<size_t> codePointStarts(const std::string& s) {
  std::vector<size_t> starts;
  for (size_t i = 0; i < s.size(); ++i) {
    if (!isContinuation(s[i])) starts.push_back(i);
  }
  starts.push_back(s.size());
  return starts;
}

bool isSpace(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

int64_t requireCount(std::string_view fn, const Value& v, std::string_view what) {
  int64_t n = requireInt(fn, v);
  if (n < 0) {
    throw argumentError("NumberOutOfRange", "Invalid input for function '" + std::string(fn) +
                                                "()': " + std::string(what) +
                                                " must not be negative, got " + std::to_string(n));
  }
  return n;
}

// The code points [from, from + count) of s, clamped to its end.
std::string codePointSlice(const std::string& s, int64_t from, int64_t count) {
  std::vector<size_t> starts = codePointStarts(s);
  auto length = static_cast<int64_t>(starts.size() - 1);
  int64_t begin = std::min(from, length);
  int64_t end = std::min(length, begin + std::min(count, length));
  return s.substr(starts[begin], starts[end] - starts[begin]);
}

Value trim(FunctionContext&, std::span<const Value> a) {
  if (a[0].isNull()) return Value();
  std::string_view s = requireString("trim", a[0]);
  while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
  return Value(std::string(s));
}

Value ltrim(FunctionContext&, std::span<const Value> a) {
  if (a[0].isNull()) return Value();
  std::string_view s = requireString("ltrim", a[0]);
  while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
  return Value(std::string(s));
}

Value rtrim(FunctionContext&, std::span<const Value> a) {
  if (a[0].isNull()) return Value();
  std::string_view s = requireString("rtrim", a[0]);
  while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
  return Value(std::string(s));
}

Value mapCase(std::string_view fn, const Value& v, int (*f)(int)) {
  if (v.isNull()) return Value();
  std::string s = requireString(fn, v);
  for (char& c : s) c = static_cast<char>(f(static_cast<unsigned char>(c)));
  return Value(std::move(s));
}

Value toLower(FunctionContext&, std::span<const Value> a) {
  return mapCase("toLower", a[0], std::tolower);
}
Value toUpper(FunctionContext&, std::span<const Value> a) {
  return mapCase("toUpper", a[0], std::toupper);
}

Value substring(FunctionContext&, std::span<const Value> a) {
  if (a[0].isNull()) return Value();
  const std::string& s = requireString("substring", a[0]);
  int64_t start = requireCount("substring", a[1], "start");
  int64_t length = a.size() > 2 ? requireCount("substring", a[2], "length") : INT64_MAX;
  return Value(codePointSlice(s, start, length));
}

Value left(FunctionContext&, std::span<const Value> a) {
  if (a[0].isNull()) return Value();
  const std::string& s = requireString("left", a[0]);
  return Value(codePointSlice(s, 0, requireCount("left", a[1], "length")));
}

Value right(FunctionContext&, std::span<const Value> a) {
  if (a[0].isNull()) return Value();
  const std::string& s = requireString("right", a[0]);
  int64_t n = requireCount("right", a[1], "length");
  auto length = static_cast<int64_t>(codePointStarts(s).size() - 1);
  return Value(codePointSlice(s, std::max<int64_t>(0, length - n), n));
}

Value replace(FunctionContext&, std::span<const Value> a) {
  if (a[0].isNull() || a[1].isNull() || a[2].isNull()) return Value();
  const std::string& s = requireString("replace", a[0]);
  const std::string& from = requireString("replace", a[1]);
  const std::string& to = requireString("replace", a[2]);
  if (from.empty()) return a[0];
  std::string out;
  size_t pos = 0;
  for (size_t hit; (hit = s.find(from, pos)) != std::string::npos; pos = hit + from.size()) {
    out.append(s, pos, hit - pos).append(to);
  }
  out.append(s, pos);
  return Value(std::move(out));
}

ValueList splitOn(const std::string& s, const std::string& delimiter) {
  ValueList out;
  if (delimiter.empty()) {
    std::vector<size_t> starts = codePointStarts(s);
    for (size_t i = 0; i + 1 < starts.size(); ++i) {
      out.emplace_back(s.substr(starts[i], starts[i + 1] - starts[i]));
    }
    return out;
  }
  size_t pos = 0;
  for (size_t hit; (hit = s.find(delimiter, pos)) != std::string::npos;
       pos = hit + delimiter.size()) {
    out.emplace_back(s.substr(pos, hit - pos));
  }
  out.emplace_back(s.substr(pos));
  return out;
}

Value split(FunctionContext&, std::span<const Value> a) {
  if (a[0].isNull() || a[1].isNull()) return Value();
  return Value(splitOn(requireString("split", a[0]), requireString("split", a[1])));
}

}  // namespace

namespace function {

std::string reverseCodePoints(const std::string& s) {
  std::vector<size_t> starts = codePointStarts(s);
  std::string out;
  out.reserve(s.size());
  for (size_t i = starts.size() - 1; i > 0; --i) {
    out.append(s, starts[i - 1], starts[i] - starts[i - 1]);
  }
  return out;
}

int64_t codePointCount(const std::string& s) {
  return static_cast<int64_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return !isContinuation(c); }));
}

std::span<const ScalarFunctionInfo> stringFunctions() {
  static const ScalarFunctionInfo TABLE[] = {
      {"trim", 1, 1, trim},       {"ltrim", 1, 1, ltrim},         {"rtrim", 1, 1, rtrim},
      {"toLower", 1, 1, toLower}, {"toUpper", 1, 1, toUpper},     {"lower", 1, 1, toLower},
      {"upper", 1, 1, toUpper},   {"substring", 2, 3, substring}, {"left", 2, 2, left},
      {"right", 2, 2, right},     {"replace", 3, 3, replace},     {"split", 2, 2, split},
  };
  return TABLE;
}

}  // namespace function
}  // namespace rollcall
