#pragma once
// Adding durations to temporal values, and durations to each other, as Neo4j does:
// - a duration's months are added first (the day clamped to the month's last: Jan 31 + P1M is
//   Feb 29 in a leap year), then its days, then its seconds and nanoseconds;
// - a date takes the seconds only as whole days (truncated toward zero: P1DT30H adds two days);
// - a time (local or with offset) takes only the seconds and nanoseconds, around the clock;
// - a date-time in a named zone adds months and days on its wall clock (a day is 23 hours
//   across the spring change) and seconds on the instant, then takes the zone's offset there.
// `sign` is +1 or -1 (subtraction). nullopt: the result is out of range.
#include <optional>

#include "storage/common/property_value.h"
#include "storage/common/temporal_types.h"

namespace rollcall::temporal {

std::optional<storage::Date> plus(storage::Date d, storage::Duration by, int sign);
storage::LocalTime plus(storage::LocalTime t, storage::Duration by, int sign);
storage::Time plus(storage::Time t, storage::Duration by, int sign);
std::optional<storage::LocalDateTime> plus(storage::LocalDateTime t, storage::Duration by, int sign);
std::optional<storage::DateTime> plus(storage::DateTime t, storage::Duration by, int sign);
std::optional<storage::Duration> plus(storage::Duration a, storage::Duration b, int sign);
// Each component times the factor, a fraction spilling down as duration() spills one
// (P1M * 0.5 is P15DT5H14M33S).
std::optional<storage::Duration> scale(storage::Duration d, double factor);
std::optional<storage::Duration> scale(storage::Duration d, int64_t factor);  // exact

}  // namespace rollcall::temporal
