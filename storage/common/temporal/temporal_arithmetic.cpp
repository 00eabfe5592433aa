#include "storage/common/temporal/temporal_arithmetic.h"

#include <algorithm>
#include <limits>

#include "storage/common/temporal/calendar.h"
#include "storage/common/temporal/duration_math.h"
#include "storage/common/temporal/time_zones.h"

namespace rollcall::temporal {
namespace {

using storage::NANOS_PER_DAY;
using storage::NANOS_PER_SECOND;
using storage::SECONDS_PER_DAY;

bool fits(__int128 v) {
  return v >= std::numeric_limits<int64_t>::min() && v <= std::numeric_limits<int64_t>::max();
}

// A day number moved by whole months and then days; nullopt past +-999,999 years.
std::optional<int64_t> plusMonthsDays(int64_t days, __int128 months, __int128 moreDays) {
  CivilDate c = civilFromDays(days);
  __int128 monthIndex = __int128(c.year) * 12 + (c.month - 1) + months;
  __int128 year = monthIndex >= 0 ? monthIndex / 12 : -((-monthIndex + 11) / 12);
  if (year < -999'999 || year > 999'999) return std::nullopt;
  int month = int(monthIndex - year * 12) + 1;
  int day = std::min(c.day, daysInMonth(int64_t(year), month));
  __int128 out = __int128(daysFromCivil(int64_t(year), month, day)) + moreDays;
  if (out < -400'000'000 || out > 400'000'000) return std::nullopt;
  return int64_t(out);
}

__int128 durationNanos(storage::Duration d) {
  return __int128(d.seconds) * NANOS_PER_SECOND + d.nanos;
}

int64_t plusClock(int64_t nanosOfDay, storage::Duration by, int sign) {
  __int128 shifted = __int128(nanosOfDay) + sign * (durationNanos(by) % NANOS_PER_DAY);
  return int64_t(((shifted % NANOS_PER_DAY) + NANOS_PER_DAY) % NANOS_PER_DAY);
}

}  // namespace

std::optional<storage::Date> plus(storage::Date d, storage::Duration by, int sign) {
  __int128 days = __int128(by.days) + by.seconds / SECONDS_PER_DAY;
  auto out = plusMonthsDays(d.days, sign * __int128(by.months), sign * days);
  if (!out || *out < std::numeric_limits<int32_t>::min() ||
      *out > std::numeric_limits<int32_t>::max()) {
    return std::nullopt;
  }
  return storage::Date{int32_t(*out)};
}

storage::LocalTime plus(storage::LocalTime t, storage::Duration by, int sign) {
  return {plusClock(t.nanos, by, sign)};
}

storage::Time plus(storage::Time t, storage::Duration by, int sign) {
  return {plusClock(t.nanos, by, sign), t.offset};
}

std::optional<storage::LocalDateTime> plus(storage::LocalDateTime t, storage::Duration by,
                                           int sign) {
  int64_t day = floorDiv(t.seconds, SECONDS_PER_DAY);
  auto moved = plusMonthsDays(day, sign * __int128(by.months), sign * __int128(by.days));
  if (!moved) return std::nullopt;
  __int128 nanos = (__int128(*moved) * SECONDS_PER_DAY + floorMod(t.seconds, SECONDS_PER_DAY)) *
                       NANOS_PER_SECOND +
                   t.nanos + sign * durationNanos(by);
  __int128 seconds = nanos / NANOS_PER_SECOND, rest = nanos % NANOS_PER_SECOND;
  if (rest < 0) rest += NANOS_PER_SECOND, seconds -= 1;
  if (!fits(seconds)) return std::nullopt;
  return storage::LocalDateTime{int64_t(seconds), int32_t(rest)};
}

std::optional<storage::DateTime> plus(storage::DateTime t, storage::Duration by, int sign) {
  // Months and days on the wall clock, resolved in the zone (or at the offset).
  auto local = plus(storage::LocalDateTime{t.seconds + t.offset, t.nanos},
                    storage::Duration{by.months, by.days, 0, 0}, sign);
  if (!local) return std::nullopt;
  int64_t instant = t.zone != 0 ? utcOfLocal(t.zone, local->seconds, t.offset)
                                : local->seconds - t.offset;
  // Then the seconds on the instant.
  __int128 nanos = __int128(instant) * NANOS_PER_SECOND + local->nanos + sign * durationNanos(by);
  __int128 seconds = nanos / NANOS_PER_SECOND, rest = nanos % NANOS_PER_SECOND;
  if (rest < 0) rest += NANOS_PER_SECOND, seconds -= 1;
  if (!fits(seconds)) return std::nullopt;
  int32_t offset = t.zone != 0 ? offsetAt(t.zone, int64_t(seconds)) : t.offset;
  return storage::DateTime{int64_t(seconds), int32_t(rest), offset, t.zone};
}

std::optional<storage::Duration> plus(storage::Duration a, storage::Duration b, int sign) {
  DurationBuilder builder;
  builder.add(DurationUnit::MONTHS, DurationAmount::of(a.months));
  builder.add(DurationUnit::DAYS, DurationAmount::of(a.days));
  builder.add(DurationUnit::SECONDS, DurationAmount::of(a.seconds));
  builder.add(DurationUnit::NANOSECONDS, DurationAmount::of(int64_t(a.nanos)));
  builder.add(DurationUnit::MONTHS, DurationAmount::of(sign * b.months));
  builder.add(DurationUnit::DAYS, DurationAmount::of(sign * b.days));
  builder.add(DurationUnit::SECONDS, DurationAmount::of(sign * b.seconds));
  builder.add(DurationUnit::NANOSECONDS, DurationAmount::of(int64_t(sign * b.nanos)));
  return builder.build();
}

std::optional<storage::Duration> scale(storage::Duration d, double factor) {
  DurationBuilder builder;
  builder.add(DurationUnit::MONTHS, DurationAmount::of(double(d.months) * factor));
  builder.add(DurationUnit::DAYS, DurationAmount::of(double(d.days) * factor));
  builder.add(DurationUnit::NANOSECONDS, DurationAmount::of(double(durationNanos(d)) * factor));
  return builder.build();
}

std::optional<storage::Duration> scale(storage::Duration d, int64_t factor) {
  __int128 months = __int128(d.months) * factor, days = __int128(d.days) * factor;
  __int128 nanos = durationNanos(d) * factor;
  __int128 seconds = nanos / NANOS_PER_SECOND, rest = nanos % NANOS_PER_SECOND;
  if (rest < 0) rest += NANOS_PER_SECOND, seconds -= 1;
  if (!fits(months) || !fits(days) || !fits(seconds)) return std::nullopt;
  return storage::Duration{int64_t(months), int64_t(days), int64_t(seconds), int32_t(rest)};
}

}  // namespace rollcall::temporal
