// Arithmetic operators. Integers stay integers and overflow is an error rather than a wrap;
// mixing an integer with a float gives a float.
#include <cmath>
#include <limits>

#include "engine/common/error.h"
#include "engine/common/value_ops.h"
#include "storage/common/temporal/temporal_arithmetic.h"

namespace rollcall {
namespace {

using Kind = Value::Kind;

[[noreturn]] void unsupported(std::string_view op, const Value& a, const Value& b) {
  throw typeError("InvalidArgumentType",
                  "Cannot compute " + typeName(a) + " " + std::string(op) + " " + typeName(b));
}

[[noreturn]] void overflow(std::string_view op) {
  throw argumentError("NumberOutOfRange", "Integer overflow in `" + std::string(op) +
                                              "`: the result does not fit "
                                              "in a 64-bit integer");
}

bool bothInts(const Value& a, const Value& b) {
  return a.kind() == Kind::INT && b.kind() == Kind::INT;
}

// Numbers in string concatenation print as toString() does.
bool concatenatesWithString(const Value& v) {
  return v.kind() == Kind::STRING || v.isNumber() || v.kind() == Kind::BOOL || v.isTemporal();
}

std::string concatText(const Value& v) { return toDisplayString(v, /*topLevelBare=*/true); }

Value appendLists(const Value& a, const Value& b) {
  ValueList out;
  if (a.kind() == Kind::LIST) {
    out = a.asList();
  } else {
    out.push_back(a);
  }
  if (b.kind() == Kind::LIST) {
    out.insert(out.end(), b.asList().begin(), b.asList().end());
  } else {
    out.push_back(b);
  }
  return Value(std::move(out));
}

void requireNonZeroDivisor(const Value& b, std::string_view op) {
  if (b.asInt() == 0) {
    throw argumentError("DivisionByZero", "Integer " + std::string(op) + " by zero");
  }
}

template <typename T>
Value inRange(std::optional<T> v, std::string_view op) {
  if (!v) {
    throw argumentError("NumberOutOfRange",
                        "Temporal `" + std::string(op) + "`: the result is out of range");
  }
  return Value(*v);
}

// temporal + duration, temporal - duration, duration +/- duration (sign -1: subtraction).
std::optional<Value> plusDuration(const Value& a, const Value& d, int sign, std::string_view op) {
  if (d.kind() != Kind::DURATION || !a.isTemporal()) return std::nullopt;
  Duration by = d.asDuration();
  switch (a.kind()) {
    case Kind::DATE: return inRange(temporal::plus(a.asDate(), by, sign), op);
    case Kind::LOCAL_TIME: return Value(temporal::plus(a.asLocalTime(), by, sign));
    case Kind::TIME: return Value(temporal::plus(a.asTime(), by, sign));
    case Kind::LOCAL_DATETIME: return inRange(temporal::plus(a.asLocalDateTime(), by, sign), op);
    case Kind::DATETIME: return inRange(temporal::plus(a.asDateTime(), by, sign), op);
    default: return inRange(temporal::plus(a.asDuration(), by, sign), op);
  }
}

// duration * number, number * duration, duration / number.
std::optional<Value> scaleDuration(const Value& d, const Value& n, bool divide, std::string_view op) {
  if (d.kind() != Kind::DURATION || !n.isNumber()) return std::nullopt;
  if (n.kind() == Kind::INT && !divide) return inRange(temporal::scale(d.asDuration(), n.asInt()), op);
  double factor = n.asNumber();
  if (divide) {
    if (factor == 0) throw argumentError("DivisionByZero", "Duration division by zero");
    factor = 1 / factor;
  }
  return inRange(temporal::scale(d.asDuration(), factor), op);
}

}  // namespace

Value add(const Value& a, const Value& b) {
  if (a.isNull() || b.isNull()) return Value();
  if (bothInts(a, b)) {
    int64_t out;
    if (__builtin_add_overflow(a.asInt(), b.asInt(), &out)) overflow("+");
    return Value(out);
  }
  if (a.isNumber() && b.isNumber()) return Value(a.asNumber() + b.asNumber());
  if (a.kind() == Kind::LIST || b.kind() == Kind::LIST) return appendLists(a, b);
  bool stringSide = a.kind() == Kind::STRING || b.kind() == Kind::STRING;
  if (stringSide && concatenatesWithString(a) && concatenatesWithString(b)) {
    return Value(concatText(a) + concatText(b));
  }
  if (auto sum = plusDuration(a, b, 1, "+")) return *sum;
  if (auto sum = plusDuration(b, a, 1, "+")) return *sum;
  unsupported("+", a, b);
}

Value subtract(const Value& a, const Value& b) {
  if (a.isNull() || b.isNull()) return Value();
  if (bothInts(a, b)) {
    int64_t out;
    if (__builtin_sub_overflow(a.asInt(), b.asInt(), &out)) overflow("-");
    return Value(out);
  }
  if (a.isNumber() && b.isNumber()) return Value(a.asNumber() - b.asNumber());
  if (auto difference = plusDuration(a, b, -1, "-")) return *difference;
  unsupported("-", a, b);
}

Value multiply(const Value& a, const Value& b) {
  if (a.isNull() || b.isNull()) return Value();
  if (bothInts(a, b)) {
    int64_t out;
    if (__builtin_mul_overflow(a.asInt(), b.asInt(), &out)) overflow("*");
    return Value(out);
  }
  if (a.isNumber() && b.isNumber()) return Value(a.asNumber() * b.asNumber());
  if (auto product = scaleDuration(a, b, false, "*")) return *product;
  if (auto product = scaleDuration(b, a, false, "*")) return *product;
  unsupported("*", a, b);
}

Value divide(const Value& a, const Value& b) {
  if (a.isNull() || b.isNull()) return Value();
  if (bothInts(a, b)) {
    requireNonZeroDivisor(b, "division");
    if (a.asInt() == std::numeric_limits<int64_t>::min() && b.asInt() == -1) overflow("/");
    return Value(a.asInt() / b.asInt());  // C++ truncates toward zero, as Cypher does
  }
  if (a.isNumber() && b.isNumber()) return Value(a.asNumber() / b.asNumber());
  if (auto quotient = scaleDuration(a, b, true, "/")) return *quotient;
  unsupported("/", a, b);
}

Value modulo(const Value& a, const Value& b) {
  if (a.isNull() || b.isNull()) return Value();
  if (bothInts(a, b)) {
    requireNonZeroDivisor(b, "modulo");
    if (b.asInt() == -1) return Value(int64_t{0});  // MIN % -1 would trap
    return Value(a.asInt() % b.asInt());            // the sign follows the dividend
  }
  if (a.isNumber() && b.isNumber()) return Value(std::fmod(a.asNumber(), b.asNumber()));
  unsupported("%", a, b);
}

Value power(const Value& a, const Value& b) {
  if (a.isNull() || b.isNull()) return Value();
  if (a.isNumber() && b.isNumber()) return Value(std::pow(a.asNumber(), b.asNumber()));
  unsupported("^", a, b);
}

Value negate(const Value& a) {
  if (a.isNull()) return Value();
  if (a.kind() == Kind::INT) {
    if (a.asInt() == std::numeric_limits<int64_t>::min()) overflow("-");
    return Value(-a.asInt());
  }
  if (a.kind() == Kind::FLOAT) return Value(-a.asFloat());
  if (a.kind() == Kind::DURATION) return inRange(temporal::scale(a.asDuration(), int64_t{-1}), "-");
  throw typeError("InvalidArgumentType", "Cannot negate " + typeName(a));
}

}  // namespace rollcall
