#pragma once
// ISO 8601 text of the temporal types, as Neo4j reads and writes it.
//
// Reading: dates in calendar (2015-07-21, 20150721, 2015-07, 201507), week (2015-W30-2,
// 2015W302, 2015-W30) and ordinal (2015-202, 2015202) forms or a year alone, with a sign for
// years outside 0000..9999 (+10000-01-01, extended form only); times as hh[[:]mm[[:]ss[.f]]]
// with up to nine fraction digits (`.` or `,`); offsets Z, +hh, +hhmm, +hh:mm, +hh:mm:ss;
// named zones in brackets after the offset or instead of it; date-times joined by `T`.
// Durations as PnYnMnWnDTnHnMnS (any component may be negative or fractional; a fraction
// of a month is converted with the average month of 30.436875 days) or P<date>T<time>.
// Malformed or out-of-range text gives nullopt.
//
// Writing: yyyy-MM-dd, HH:mm, then :ss when seconds or nanoseconds are not zero, then the
// fraction in groups of three digits (.142, .645876, .645876123); offsets as Z or +01:00
// (+00:53:28 when the offset has seconds); a named zone appended in brackets; durations as
// P1Y2M3DT4H5M6.5S (years and months from the months, hours, minutes and seconds from the
// seconds, each with its own sign; PT0S when zero).
#include <optional>
#include <string>
#include <string_view>

#include "storage/common/property_value.h"
#include "storage/common/temporal_types.h"

namespace rollcall::temporal {

using storage::Date;
using storage::DateTime;
using storage::Duration;
using storage::LocalDateTime;
using storage::LocalTime;
using storage::Time;

// A date-time as written: wall-clock date and time, and the offset and zone if the text gave
// them. The engine resolves it into a DateTime with its default zone (zonedDateTime).
struct ParsedDateTime {
  int64_t days = 0;
  int64_t nanos = 0;
  std::optional<int32_t> offset;
  uint32_t zone = 0;  // storage::internZone id; 0: none
};
struct ParsedTime {
  int64_t nanos = 0;
  std::optional<int32_t> offset;
};

std::optional<Date> parseDate(std::string_view text);
std::optional<LocalTime> parseLocalTime(std::string_view text);
std::optional<ParsedTime> parseTime(std::string_view text);
std::optional<LocalDateTime> parseLocalDateTime(std::string_view text);
std::optional<ParsedDateTime> parseDateTime(std::string_view text);
std::optional<Duration> parseDuration(std::string_view text);
// Z, +hh, +hhmm, +hh:mm or +hh:mm:ss alone (a `timezone` map value).
std::optional<int32_t> parseOffset(std::string_view text);

std::string formatDate(Date d);
std::string formatLocalTime(LocalTime t);
std::string formatTime(Time t);
std::string formatLocalDateTime(LocalDateTime t);
std::string formatDateTime(DateTime t);
std::string formatDuration(Duration d);
std::string formatOffset(int32_t offsetSeconds);

}  // namespace rollcall::temporal
