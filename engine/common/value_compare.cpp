// Equality, comparison, the ORDER BY order, and equivalence with its hash.
#include <cmath>
#include <functional>

#include "engine/common/value_ops.h"
#include "engine/common/value_temporal.h"

namespace rollcall {
namespace {

using Kind = Value::Kind;

enum class Truth : uint8_t { FALSE_, TRUE_, UNKNOWN };

Truth truthOf(const Value& v) {
  if (v.isNull()) return Truth::UNKNOWN;
  return v.asBool() ? Truth::TRUE_ : Truth::FALSE_;
}

int sign(auto a, auto b) { return a < b ? -1 : (a > b ? 1 : 0); }

// Exact comparison of an integer with a non-NaN float: converting the integer to double would
// make 2^53 + 1 equal to 2^53.
int compareIntFloat(int64_t i, double d) {
  if (d >= 9223372036854775808.0) return -1;
  if (d < -9223372036854775808.0) return 1;
  double whole = std::trunc(d);
  auto t = static_cast<int64_t>(whole);
  if (i != t) return sign(i, t);
  return sign(0.0, d - whole);
}

// Numbers without NaN.
int compareNumbers(const Value& a, const Value& b) {
  if (a.kind() == Kind::INT && b.kind() == Kind::INT) return sign(a.asInt(), b.asInt());
  if (a.kind() == Kind::INT) return compareIntFloat(a.asInt(), b.asFloat());
  if (b.kind() == Kind::INT) return -compareIntFloat(b.asInt(), a.asFloat());
  return sign(a.asFloat(), b.asFloat());
}

bool isNaN(const Value& v) { return v.kind() == Kind::FLOAT && std::isnan(v.asFloat()); }

// Folds element-wise equalities: a definite difference anywhere wins over unknowns.
Value combineEquals(Truth acc, Truth next) {
  if (acc == Truth::FALSE_ || next == Truth::FALSE_) return Value(false);
  if (acc == Truth::UNKNOWN || next == Truth::UNKNOWN) return Value();
  return Value(true);
}

Value listEquals(const ValueList& a, const ValueList& b) {
  if (a.size() != b.size()) return Value(false);
  Truth acc = Truth::TRUE_;
  for (size_t i = 0; i < a.size(); ++i) {
    acc = truthOf(combineEquals(acc, truthOf(cypherEquals(a[i], b[i]))));
    if (acc == Truth::FALSE_) return Value(false);
  }
  return acc == Truth::TRUE_ ? Value(true) : Value();
}

Value mapEquals(const ValueMap& a, const ValueMap& b) {
  if (a.size() != b.size()) return Value(false);
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].first != b[i].first) return Value(false);
  }
  Truth acc = Truth::TRUE_;
  for (size_t i = 0; i < a.size(); ++i) {
    acc = truthOf(combineEquals(acc, truthOf(cypherEquals(a[i].second, b[i].second))));
    if (acc == Truth::FALSE_) return Value(false);
  }
  return acc == Truth::TRUE_ ? Value(true) : Value();
}

bool pathEquals(const PathValue& a, const PathValue& b) {
  if (a.nodes.size() != b.nodes.size() || a.rels.size() != b.rels.size()) return false;
  for (size_t i = 0; i < a.nodes.size(); ++i) {
    if (a.nodes[i].id != b.nodes[i].id) return false;
  }
  for (size_t i = 0; i < a.rels.size(); ++i) {
    if (a.rels[i].id != b.rels[i].id) return false;
  }
  return true;
}

std::optional<int> compareLists(const ValueList& a, const ValueList& b) {
  for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
    std::optional<int> c = cypherCompare(a[i], b[i]);
    if (!c || *c != 0) return c;
  }
  return sign(a.size(), b.size());
}

}  // namespace

Value cypherEquals(const Value& a, const Value& b) {
  if (a.isNull() || b.isNull()) return Value();
  if (a.isNumber() && b.isNumber()) {
    if (isNaN(a) || isNaN(b)) return Value(false);
    return Value(compareNumbers(a, b) == 0);
  }
  if (a.kind() != b.kind()) return Value(false);
  switch (a.kind()) {
    case Kind::BOOL:
      return Value(a.asBool() == b.asBool());
    case Kind::STRING:
      return Value(a.asString() == b.asString());
    case Kind::DATE:
      return Value(a.asDate() == b.asDate());
    case Kind::LIST:
      return listEquals(a.asList(), b.asList());
    case Kind::MAP:
      return mapEquals(a.asMap(), b.asMap());
    case Kind::NODE:
      return Value(a.asNode().id == b.asNode().id);
    case Kind::REL:
      return Value(a.asRel().id == b.asRel().id);
    case Kind::PATH:
      return Value(pathEquals(a.asPath(), b.asPath()));
    default:
      return Value(a.isTemporal() && temporalEquals(a, b));
  }
}

std::optional<int> cypherCompare(const Value& a, const Value& b) {
  if (a.isNull() || b.isNull()) return std::nullopt;
  if (a.isNumber() && b.isNumber()) {
    if (isNaN(a) || isNaN(b)) return std::nullopt;
    return compareNumbers(a, b);
  }
  if (a.kind() != b.kind()) return std::nullopt;
  switch (a.kind()) {
    case Kind::BOOL:
      return sign(a.asBool(), b.asBool());
    // std::string compares bytes as unsigned char, and UTF-8 byte order is code point order.
    case Kind::STRING:
      return sign(a.asString().compare(b.asString()), 0);
    case Kind::DATE:
      return sign(a.asDate().days, b.asDate().days);
    case Kind::LIST:
      return compareLists(a.asList(), b.asList());
    default:
      if (a.isTemporal()) return temporalCompare(a, b);
      return std::nullopt;
  }
}

Value cypherCompareOp(const Value& a, const Value& b, CompareOp op) {
  if (a.isNumber() && b.isNumber() && (isNaN(a) || isNaN(b))) return Value(false);
  std::optional<int> c = cypherCompare(a, b);
  if (!c) return Value();
  switch (op) {
    case CompareOp::LT:
      return Value(*c < 0);
    case CompareOp::LE:
      return Value(*c <= 0);
    case CompareOp::GT:
      return Value(*c > 0);
    case CompareOp::GE:
      return Value(*c >= 0);
  }
  return Value();
}

}  // namespace rollcall
