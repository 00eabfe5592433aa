// Arithmetic operators. Integers stay integers and overflow is an error rather than a wrap;
// mixing an integer with a float gives a float.
#include <cmath>
#include <limits>

#include "engine/common/error.h"
#include "engine/common/value_ops.h"

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
  throw typeError("InvalidArgumentType", "Cannot negate " + typeName(a));
}

}  // namespace rollcall
