// duration.between(a, b), duration.inMonths, duration.inDays and duration.inSeconds, as Neo4j:
// the whole months from a to b first, then the whole days of what is left, then the rest in
// seconds and nanoseconds (each part with the sign of the whole: 2020-01-31 to 2020-03-01 is
// P1M1D). Values with dates compare on their wall clocks, a zoned b first moved to a's zone;
// when either has no date (a time) only the clocks are compared; a missing time of day is
// midnight (duration.between(date('1984-10-11'), localtime('16:30')) is PT16H30M).
#include "engine/exec/function/temporal_between.h"

#include <optional>

#include "engine/common/error.h"
#include "engine/common/temporal_parts.h"
#include "engine/exec/function/function_support.h"
#include "storage/common/temporal/calendar.h"
#include "storage/common/temporal/time_zones.h"

namespace rollcall::function {
namespace {

using Kind = Value::Kind;
using storage::NANOS_PER_DAY;
using storage::NANOS_PER_SECOND;
using storage::SECONDS_PER_DAY;

// A value's position on its clock (temporal_parts.h); a missing time of day is midnight.
struct Point {
  std::optional<int64_t> days;
  int64_t nanosOfDay = 0;
  std::optional<int32_t> offset;
  uint32_t zone = 0;
  std::optional<int64_t> epochSeconds;
};

Point pointOf(std::string_view fn, const Value& v) {
  if (!v.isTemporal() || v.kind() == Kind::DURATION) wrongType(fn, v, "a temporal instant");
  TemporalParts p = temporalParts(v);
  return Point{p.days, p.nanosOfDay.value_or(0), p.offset, p.zone, p.epochSeconds};
}

// b on a's clock when both are zoned: a date-time by its instant, a time by its offset.
void toZoneOf(const Point& a, Point& b) {
  if (!a.offset || !b.offset) return;
  if (b.epochSeconds && a.days) {
    int32_t offset = a.zone != 0 ? temporal::offsetAt(a.zone, *b.epochSeconds) : *a.offset;
    int64_t local = *b.epochSeconds + offset;
    int64_t nanos = b.nanosOfDay % NANOS_PER_SECOND;
    b.days = temporal::floorDiv(local, SECONDS_PER_DAY);
    b.nanosOfDay = temporal::floorMod(local, SECONDS_PER_DAY) * NANOS_PER_SECOND + nanos;
  } else if (!a.days || !b.days) {
    int64_t shift = int64_t(*a.offset - *b.offset) * NANOS_PER_SECOND;
    b.nanosOfDay = temporal::floorMod(b.nanosOfDay + shift, NANOS_PER_DAY);
  }
}

// Java's rule for date units between date-times: the end day counts only once its time of
// day is reached.
int64_t adjustedEndDay(int64_t startDay, int64_t startNanos, int64_t endDay, int64_t endNanos) {
  if (endDay > startDay && endNanos < startNanos) return endDay - 1;
  if (endDay < startDay && endNanos > startNanos) return endDay + 1;
  return endDay;
}

int64_t wholeMonths(int64_t fromDay, int64_t toDay) {
  temporal::CivilDate a = temporal::civilFromDays(fromDay), b = temporal::civilFromDays(toDay);
  int64_t packedA = (a.year * 12 + a.month - 1) * 32 + a.day;
  int64_t packedB = (b.year * 12 + b.month - 1) * 32 + b.day;
  return (packedB - packedA) / 32;  // toward zero
}

int64_t plusMonths(int64_t day, int64_t months) {
  temporal::CivilDate c = temporal::civilFromDays(day);
  int64_t index = c.year * 12 + (c.month - 1) + months;
  int64_t year = temporal::floorDiv(index, 12);
  int month = int(temporal::floorMod(index, 12)) + 1;
  return temporal::daysFromCivil(year, month, std::min(c.day, temporal::daysInMonth(year, month)));
}

enum class Parts { ALL, MONTHS, DAYS, SECONDS };

Value between(std::string_view fn, const Value& x, const Value& y, Parts parts) {
  if (x.isNull() || y.isNull()) return Value();
  Point a = pointOf(fn, x), b = pointOf(fn, y);
  toZoneOf(a, b);
  int64_t months = 0, days = 0;
  int64_t startDay = a.days.value_or(0), endDay = b.days.value_or(0);
  bool dated = a.days && b.days;
  if (!dated) startDay = endDay = 0;
  int64_t startNanos = a.nanosOfDay, endNanos = b.nanosOfDay;
  if (dated && parts != Parts::SECONDS) {
    if (parts != Parts::DAYS) {
      months = wholeMonths(startDay, adjustedEndDay(startDay, startNanos, endDay, endNanos));
      startDay = plusMonths(startDay, months);
    }
    if (parts != Parts::MONTHS) {
      days = adjustedEndDay(startDay, startNanos, endDay, endNanos) - startDay;
      startDay += days;
    }
  }
  if (parts == Parts::MONTHS) return Value(Duration{months, 0, 0, 0});
  if (parts == Parts::DAYS) return Value(Duration{0, days, 0, 0});
  __int128 rest = (__int128(endDay) - startDay) * NANOS_PER_DAY + (endNanos - startNanos);
  if (dated && a.epochSeconds && b.epochSeconds) {
    // Date-times: what is left after the months and days is elapsed time, so a day across a
    // daylight-saving change has its 23 or 25 hours.
    int64_t local = startDay * SECONDS_PER_DAY + startNanos / NANOS_PER_SECOND;
    int64_t start = a.zone != 0 ? temporal::utcOfLocal(a.zone, local, a.offset) : local - *a.offset;
    rest = (__int128(*b.epochSeconds) - start) * NANOS_PER_SECOND +
           (b.nanosOfDay % NANOS_PER_SECOND - startNanos % NANOS_PER_SECOND);
  }
  __int128 seconds = rest / NANOS_PER_SECOND, nanos = rest % NANOS_PER_SECOND;
  if (nanos < 0) nanos += NANOS_PER_SECOND, seconds -= 1;
  return Value(Duration{months, days, int64_t(seconds), int32_t(nanos)});
}

}  // namespace

Value durationBetween(FunctionContext&, std::span<const Value> a) {
  return between("duration.between", a[0], a[1], Parts::ALL);
}
Value durationInMonths(FunctionContext&, std::span<const Value> a) {
  return between("duration.inMonths", a[0], a[1], Parts::MONTHS);
}
Value durationInDays(FunctionContext&, std::span<const Value> a) {
  return between("duration.inDays", a[0], a[1], Parts::DAYS);
}
Value durationInSeconds(FunctionContext&, std::span<const Value> a) {
  return between("duration.inSeconds", a[0], a[1], Parts::SECONDS);
}

}  // namespace rollcall::function
