#pragma once
// `d.year`, `t.hour`, `dt.timezone`, `dur.minutesOfHour` and the other components of temporal
// values (null in, null out). Keys are case-sensitive, as in Neo4j; a key the value's type
// does not have is an ArgumentError ("InvalidArgumentValue").
//
// Dates and date-times: year, quarter, month, week (ISO), weekYear, day, ordinalDay, dayOfWeek
// (= weekDay, Monday 1), dayOfQuarter. Times and date-times: hour, minute, second, millisecond,
// microsecond, nanosecond. With an offset: timezone (the zone's name, else the offset), offset,
// offsetMinutes, offsetSeconds. Date-times: epochSeconds, epochMillis. Durations: years,
// quarters, months, weeks, days, hours, minutes, seconds, milliseconds, microseconds,
// nanoseconds (each the whole duration's group in that unit), and quartersOfYear,
// monthsOfQuarter, monthsOfYear, daysOfWeek, minutesOfHour, secondsOfMinute,
// millisecondsOfSecond, microsecondsOfSecond, nanosecondsOfSecond.
#include <string_view>

#include "engine/common/value.h"

namespace rollcall {

Value temporalComponent(const Value& v, std::string_view key);

}  // namespace rollcall
