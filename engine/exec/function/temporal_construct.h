#pragma once
// Building temporal values from a map of components, from another temporal value, or from
// text, as date(), localtime(), time(), localdatetime() and datetime() do (Neo4j 5's rules):
//
// - A map may name a value to start from: `date` (its calendar date), `time` (its time of day
//   and, for a Time or DateTime, its offset or zone) or `datetime` (all of these); the map's
//   own components override the ones they name. {date: d, week: 2} keeps d's week-numbering
//   year and day of the week; {date: d, quarter: 3} keeps its day of the quarter.
// - A date is given as year/month/day, year/week/dayOfWeek, year/ordinalDay or
//   year/quarter/dayOfQuarter; a missing smaller unit is its first (month 1, day 1, Monday).
// - millisecond, microsecond and nanosecond add up (123 ms, 456 us and 789 ns: .123456789).
// - `timezone` is an offset (+01:00) or an IANA name; without one, a value starting from a
//   zoned value keeps its zone, and any other is in UTC. A zoned starting value given a new
//   `timezone` is converted to it (the instant is kept: 12:00+01:00 to +05:00 is 16:00+05:00).
// - A map holding nothing but `timezone` (or nothing) means now.
// - datetime({epochSeconds: s, nanosecond: n}) and datetime({epochMillis: ms}) are instants,
//   shown in the map's `timezone` (UTC without one).
#include <string_view>

#include "engine/common/value.h"

namespace rollcall::function {

enum class TemporalTarget : uint8_t { DATE, LOCAL_TIME, TIME, LOCAL_DATETIME, DATETIME };

// `fn` names the function in errors; `nowMillis` is the statement's clock.
Value temporalFromMap(TemporalTarget target, std::string_view fn, const Value& map,
                      int64_t nowMillis);
Value temporalFromText(TemporalTarget target, std::string_view fn, const std::string& text);
// date(dt), localtime(dt), ...: the parts the target holds (time(localtime) gets UTC).
Value temporalFromTemporal(TemporalTarget target, std::string_view fn, const Value& other);
Value temporalNow(TemporalTarget target, int64_t nowMillis, uint32_t zone, int32_t offset);
// date.truncate('month', value, {day: 2}) and the others: the value cut down to the start of its
// millennium, century, decade, year, weekYear, quarter, month, week, day, hour, minute, second,
// millisecond or microsecond, then the map's components set on it as on a starting value
// (its `timezone` replaces the zone without moving the wall clock). `map` may be null.
Value temporalTruncate(TemporalTarget target, std::string_view fn, const std::string& unit,
                       const Value& value, const Value* map, int64_t nowMillis);

}  // namespace rollcall::function
