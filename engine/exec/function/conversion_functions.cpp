// toInteger, toFloat, toString, toBoolean and their OrNull forms. Unparsable strings give null
// (the seed scripts rely on `toInteger(trim(x)) IS NULL` to skip bad ids); wrong types are errors
// in the plain forms and null in the OrNull forms.
#include <charconv>
#include <cmath>

#include "engine/common/date.h"
#include "engine/common/value_ops.h"
#include "engine/exec/function/function_support.h"

namespace rollcall {
namespace {

using Kind = Value::Kind;

bool isDecimalText(std::string_view s) {
  for (char c : s) {
    bool ok = (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+';
    if (!ok) return false;
  }
  return !s.empty();
}

// A float as Java's Double.parseDouble reads it (surrounding control characters and spaces
// ignored, a leading '+' allowed, NaN and Infinity spelled so), without its f/d suffixes.
std::optional<double> parseFloatText(std::string_view text) {
  std::string_view s = function::trimControl(text);
  bool negative = !s.empty() && s[0] == '-';
  std::string_view body = (!s.empty() && (s[0] == '+' || s[0] == '-')) ? s.substr(1) : s;
  if (body == "NaN") return std::nan("");
  if (body == "Infinity") return negative ? -INFINITY : INFINITY;
  if (!isDecimalText(body) || body[0] == '-' || body[0] == '+') return std::nullopt;
  double out = 0;
  auto [end, ec] = std::from_chars(body.data(), body.data() + body.size(), out);
  if (ec != std::errc() || end != body.data() + body.size()) return std::nullopt;
  return negative ? -out : out;
}

// Truncates toward zero; null when the float has no integer value in range.
Value floatToInteger(double d) {
  if (!std::isfinite(d) || d >= 9223372036854775808.0 || d < -9223372036854775808.0) {
    return Value();
  }
  return Value(static_cast<int64_t>(d));
}

Value stringToInteger(std::string_view text) {
  std::string_view s = function::trimControl(text);
  if (!s.empty() && s[0] == '+') s.remove_prefix(1);
  int64_t out = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  if (ec == std::errc() && end == s.data() + s.size() && !s.empty()) return Value(out);
  if (ec == std::errc::result_out_of_range) return Value();
  auto d = parseFloatText(text);
  return d ? floatToInteger(*d) : Value();
}

Value convertToInteger(const Value& v, bool orNull) {
  switch (v.kind()) {
    case Kind::NUL:
      return Value();
    case Kind::INT:
      return v;
    case Kind::FLOAT:
      return floatToInteger(v.asFloat());
    case Kind::BOOL:
      return Value(int64_t{v.asBool() ? 1 : 0});
    case Kind::STRING:
      return stringToInteger(v.asString());
    default:
      if (orNull) return Value();
      function::wrongType("toInteger", v, "a String, Integer, Float or Boolean");
  }
}

Value convertToFloat(const Value& v, bool orNull) {
  switch (v.kind()) {
    case Kind::NUL:
      return Value();
    case Kind::INT:
      return Value(static_cast<double>(v.asInt()));
    case Kind::FLOAT:
      return v;
    case Kind::STRING: {
      auto d = parseFloatText(v.asString());
      return d ? Value(*d) : Value();
    }
    default:
      if (orNull) return Value();
      function::wrongType("toFloat", v, "a String, Integer or Float");
  }
}

Value convertToString(const Value& v, bool orNull) {
  switch (v.kind()) {
    case Kind::NUL:
      return Value();
    case Kind::STRING:
      return v;
    case Kind::INT:
    case Kind::FLOAT:
    case Kind::BOOL:
      return Value(toDisplayString(v));
    default:
      if (v.isTemporal()) return Value(toDisplayString(v));
      if (orNull) return Value();
      function::wrongType("toString", v, "a String, number, Boolean or Date");
  }
}

std::optional<bool> parseBoolean(std::string_view text) {
  std::string_view s = function::trimControl(text);
  std::string lower;
  for (char c : s) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "true") return true;
  if (lower == "false") return false;
  return std::nullopt;
}

Value convertToBoolean(const Value& v, bool orNull) {
  switch (v.kind()) {
    case Kind::NUL:
      return Value();
    case Kind::BOOL:
      return v;
    case Kind::INT:
      return Value(v.asInt() != 0);
    case Kind::STRING: {
      auto b = parseBoolean(v.asString());
      return b ? Value(*b) : Value();
    }
    default:
      if (orNull) return Value();
      function::wrongType("toBoolean", v, "a String, Integer or Boolean");
  }
}

Value toInteger(FunctionContext&, std::span<const Value> a) {
  return convertToInteger(a[0], false);
}
Value toIntegerOrNull(FunctionContext&, std::span<const Value> a) {
  return convertToInteger(a[0], true);
}
Value toFloat(FunctionContext&, std::span<const Value> a) { return convertToFloat(a[0], false); }
Value toFloatOrNull(FunctionContext&, std::span<const Value> a) {
  return convertToFloat(a[0], true);
}
Value toStringFn(FunctionContext&, std::span<const Value> a) {
  return convertToString(a[0], false);
}
Value toStringOrNull(FunctionContext&, std::span<const Value> a) {
  return convertToString(a[0], true);
}
Value toBoolean(FunctionContext&, std::span<const Value> a) {
  return convertToBoolean(a[0], false);
}
Value toBooleanOrNull(FunctionContext&, std::span<const Value> a) {
  return convertToBoolean(a[0], true);
}

}  // namespace

namespace function {

std::string_view trimControl(std::string_view s) {
  while (!s.empty() && static_cast<unsigned char>(s.front()) <= ' ') s.remove_prefix(1);
  while (!s.empty() && static_cast<unsigned char>(s.back()) <= ' ') s.remove_suffix(1);
  return s;
}

std::span<const ScalarFunctionInfo> conversionFunctions() {
  static const ScalarFunctionInfo TABLE[] = {
      {"toInteger", 1, 1, toInteger}, {"toIntegerOrNull", 1, 1, toIntegerOrNull},
      {"toFloat", 1, 1, toFloat},     {"toFloatOrNull", 1, 1, toFloatOrNull},
      {"toString", 1, 1, toStringFn}, {"toStringOrNull", 1, 1, toStringOrNull},
      {"toBoolean", 1, 1, toBoolean}, {"toBooleanOrNull", 1, 1, toBooleanOrNull},
  };
  return TABLE;
}

}  // namespace function
}  // namespace rollcall
