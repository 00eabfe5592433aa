#pragma once
// Building durations from components (a map's years, months, ..., nanoseconds, or the numbers
// of an ISO text), with Neo4j's handling of fractions: a fraction of a year becomes months, a
// fraction of a month days and seconds (by the average month, 30.436875 days, as the
// Gregorian cycle's 146,097 days / 4,800 months), a fraction of a week or day seconds, and a
// fraction of any time unit nanoseconds. Whole units never spill: PT48H stays 48 hours.
#include <cstdint>
#include <optional>

#include "storage/common/temporal_types.h"

namespace rollcall::temporal {

// The average Gregorian month in seconds: 146,097 days / 4,800 months.
inline constexpr int64_t AVERAGE_MONTH_SECONDS = 2'629'746;

enum class DurationUnit : uint8_t {
  YEARS, QUARTERS, MONTHS, WEEKS, DAYS, HOURS, MINUTES, SECONDS, MILLISECONDS, MICROSECONDS,
  NANOSECONDS
};

// An amount as given: an integer, or a float that may carry a fraction.
struct DurationAmount {
  bool isFloat = false;
  int64_t integer = 0;
  double real = 0;
  static DurationAmount of(int64_t v) { return {false, v, 0}; }
  static DurationAmount of(double v) { return {true, 0, v}; }
};

class DurationBuilder {
 public:
  void add(DurationUnit unit, DurationAmount amount);
  // nullopt when a field does not fit 64 bits (or an amount was not finite).
  std::optional<storage::Duration> build() const;

 private:
  void addDaysFraction(double days);
  __int128 months_ = 0;
  __int128 days_ = 0;
  __int128 nanos_ = 0;
  bool invalid_ = false;
};

}  // namespace rollcall::temporal
