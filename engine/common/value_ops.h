#pragma once
// Cypher semantics of values: equality and comparison with three-valued null logic, the total
// order used by ORDER BY, equivalence for grouping and DISTINCT, arithmetic, conversions to and
// from stored properties, and type names for error messages. Follows openCypher; where it is
// silent, Neo4j 5.
#include <cstddef>
#include <optional>
#include <string>

#include "engine/common/value.h"
#include "storage/common/property_value.h"

namespace rollcall {

// `a = b`: true, false, or null (unknown) as a Value of kind BOOL or NUL.
// 1 = 1.0 is true; lists compare element-wise; null anywhere makes the result unknown unless a
// definite difference is found first.
Value cypherEquals(const Value& a, const Value& b);

// `a < b` and friends: the sign of the comparison, or nullopt when the values are not comparable
// (different type families, or null involved) and the predicate is therefore null.
std::optional<int> cypherCompare(const Value& a, const Value& b);

// `a < b`, `a <= b`, `a > b`, `a >= b` as a Value (BOOL, or NUL when not comparable). Unlike a
// sign from cypherCompare, this gets NaN right: NaN against any number is false for every
// operator, as in Neo4j (`0.0 / 0.0 > 1` is false, not null).
enum class CompareOp : uint8_t { LT, LE, GT, GE };
Value cypherCompareOp(const Value& a, const Value& b, CompareOp op);

// The total order of ORDER BY (ascending): MAP < NODE < REL < LIST < PATH < DATETIME
// < LOCAL DATETIME < DATE < TIME < LOCAL TIME < DURATION < STRING < BOOL < NUMBER < NaN < NULL,
// and within a type its natural order (lists lexicographically).
int orderCompare(const Value& a, const Value& b);

// Equivalence used by grouping keys, DISTINCT and collect(DISTINCT): like equality, but
// null is equivalent to null and NaN to NaN. hashValue is consistent with it (1 and 1.0 hash the
// same).
bool equivalent(const Value& a, const Value& b);
size_t hashValue(const Value& v);

// Arithmetic. Throw TypeError ("InvalidArgumentType") on operand types that do not support it;
// null in, null out. Integer overflow is an ArgumentError ("NumberOutOfRange"); integer division
// or modulo by zero is an ArgumentError ("DivisionByZero").
Value add(const Value& a, const Value& b);  // numbers, string concatenation, list concatenation
Value subtract(const Value& a, const Value& b);
Value multiply(const Value& a, const Value& b);
Value divide(const Value& a, const Value& b);
Value modulo(const Value& a, const Value& b);
Value power(const Value& a, const Value& b);  // always FLOAT
Value negate(const Value& a);

// "Integer", "Float", "String", "Boolean", "Date", "List", "Map", "Node", "Relationship", "Path",
// "Null" - for error messages.
std::string typeName(const Value& v);

Value fromProperty(const storage::PropertyValue& p);
// Throws TypeError ("InvalidPropertyType") for values that cannot be stored: maps, entities,
// paths, nested lists, and lists mixing types (ints and floats may mix? no: as Neo4j, a list must
// be homogeneous; null elements are rejected too).
storage::PropertyValue toProperty(const Value& v);

// A readable rendering: strings quoted with ' inside lists and maps, bare at top level when
// `topLevelBare`; floats always show a decimal point or exponent (1.0, 1e+20); dates as
// 2024-05-01; nodes as (:Label {k: v}); relationships as [:TYPE {k: v}]; paths as chains.
std::string toDisplayString(const Value& v, bool topLevelBare = true);

// The shortest text that reads back as the same double, always with a decimal point or an
// exponent: 1.0, 0.1, 1e+20, NaN, Infinity, -Infinity. Shared by toString() and display.
std::string formatFloat(double d);

}  // namespace rollcall
