#pragma once
// What a temporal value holds, as separate parts: its wall-clock day and time of day, its
// offset and zone, and a date-time's instant. Accessors, constructors (`{date: d, ...}`) and
// duration.between all read values through it. Absent parts are nullopt (a LocalTime has no
// day; only a Time and a DateTime have an offset).
#include <cstdint>
#include <optional>

#include "engine/common/value.h"

namespace rollcall {

struct TemporalParts {
  std::optional<int64_t> days;        // days since 1970-01-01 on the value's own clock
  std::optional<int64_t> nanosOfDay;  // on the value's own clock
  std::optional<int32_t> offset;      // seconds ahead of UTC
  uint32_t zone = 0;                  // a DateTime's named zone (storage::internZone id)
  std::optional<int64_t> epochSeconds;  // a DateTime's instant ...
  int32_t nanos = 0;                    // ... and its nanoseconds
};

// The parts of a DATE, LOCAL_TIME, TIME, LOCAL_DATETIME or DATETIME value (empty for others).
TemporalParts temporalParts(const Value& v);

}  // namespace rollcall
