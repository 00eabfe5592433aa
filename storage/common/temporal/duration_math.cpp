#include "storage/common/temporal/duration_math.h"

#include <cmath>
#include <limits>

#include "storage/common/temporal/calendar.h"

namespace rollcall::temporal {
namespace {

using storage::NANOS_PER_DAY;
using storage::NANOS_PER_SECOND;

// Nanoseconds per unit, for the units from hours down.
int64_t nanosPer(DurationUnit unit) {
  switch (unit) {
    case DurationUnit::HOURS: return 3600 * NANOS_PER_SECOND;
    case DurationUnit::MINUTES: return 60 * NANOS_PER_SECOND;
    case DurationUnit::SECONDS: return NANOS_PER_SECOND;
    case DurationUnit::MILLISECONDS: return 1'000'000;
    case DurationUnit::MICROSECONDS: return 1'000;
    default: return 1;
  }
}

bool fits(__int128 v) {
  return v >= std::numeric_limits<int64_t>::min() && v <= std::numeric_limits<int64_t>::max();
}

// Amounts past 2^100 nanoseconds cannot be a valid duration anyway; clamping keeps the cast
// defined and lets build() report the overflow.
__int128 roundToInt(long double v) {
  constexpr long double LIMIT = 1e30L;
  if (v > LIMIT) return __int128(1) << 100;
  if (v < -LIMIT) return -(__int128(1) << 100);
  // To the nearest nanosecond, a tie toward zero (P1S * 0.5 of a nanosecond is nothing).
  long double whole = std::truncl(v);
  if (std::fabs(v - whole) == 0.5L) return static_cast<__int128>(whole);
  return static_cast<__int128>(std::roundl(v));
}

}  // namespace

void DurationBuilder::addDaysFraction(double days) {
  long double whole = std::trunc((long double)days);
  days_ += __int128(whole);
  nanos_ += roundToInt(((long double)days - whole) * NANOS_PER_DAY);
}

void DurationBuilder::add(DurationUnit unit, DurationAmount amount) {
  if (amount.isFloat && !std::isfinite(amount.real)) {
    invalid_ = true;
    return;
  }
  if (!amount.isFloat) {
    __int128 v = amount.integer;
    switch (unit) {
      case DurationUnit::YEARS: months_ += v * 12; return;
      case DurationUnit::QUARTERS: months_ += v * 3; return;
      case DurationUnit::MONTHS: months_ += v; return;
      case DurationUnit::WEEKS: days_ += v * 7; return;
      case DurationUnit::DAYS: days_ += v; return;
      default: nanos_ += v * nanosPer(unit); return;
    }
  }
  long double v = amount.real;
  switch (unit) {
    case DurationUnit::YEARS: return add(DurationUnit::MONTHS, DurationAmount::of(double(v * 12)));
    case DurationUnit::QUARTERS: return add(DurationUnit::MONTHS, DurationAmount::of(double(v * 3)));
    case DurationUnit::MONTHS: {
      // The fraction of a month, in nanoseconds of the average month, split into whole days
      // and the rest of a day (P0.75M is P22DT19H51M49.5S).
      long double whole = std::trunc(v);
      months_ += __int128(whole);
      __int128 nanos = roundToInt((v - whole) * AVERAGE_MONTH_SECONDS * NANOS_PER_SECOND);
      days_ += nanos / NANOS_PER_DAY;
      nanos_ += nanos % NANOS_PER_DAY;
      return;
    }
    case DurationUnit::WEEKS: return addDaysFraction(double(v * 7));
    case DurationUnit::DAYS: return addDaysFraction(double(v));
    default: nanos_ += roundToInt(v * nanosPer(unit)); return;
  }
}

std::optional<storage::Duration> DurationBuilder::build() const {
  if (invalid_) return std::nullopt;
  __int128 seconds = nanos_ / NANOS_PER_SECOND;
  __int128 nanos = nanos_ % NANOS_PER_SECOND;
  if (nanos < 0) {
    nanos += NANOS_PER_SECOND;
    seconds -= 1;
  }
  if (!fits(months_) || !fits(days_) || !fits(seconds)) return std::nullopt;
  return storage::Duration{int64_t(months_), int64_t(days_), int64_t(seconds), int32_t(nanos)};
}

}  // namespace rollcall::temporal
