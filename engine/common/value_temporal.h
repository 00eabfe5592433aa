#pragma once
// Equality, comparison and the ORDER BY order of the temporal kinds, for value_compare.cpp and
// value_order.cpp. Both values must be of the same temporal kind.
//
// As Neo4j: equality is structural (a date-time equals another with the same instant, offset and
// zone; 2018-01-01T01:00+01:00 and 2018-01-01T00:00Z are not equal, but neither is less than the
// other); times and date-times compare by their instant, then offset, then zone name; durations
// are equal when their months, days, seconds and nanoseconds are, and not comparable with < (null).
#include <cstddef>
#include <optional>

#include "engine/common/value.h"

namespace rollcall {

bool temporalEquals(const Value& a, const Value& b);
// nullopt for durations.
std::optional<int> temporalCompare(const Value& a, const Value& b);
// A total order: temporalCompare, then structure (durations by months, days, seconds, nanos).
int temporalOrder(const Value& a, const Value& b);
size_t temporalHash(const Value& v);
// Stored form: Value and PropertyValue hold the same structs.
storage::PropertyValue temporalToProperty(const Value& v);
Value temporalFromProperty(const storage::PropertyValue& p);

}  // namespace rollcall
