#pragma once
// The temporal values besides Date that a property can hold (Neo4j's LocalTime, Time,
// LocalDateTime, DateTime and Duration) as plain fixed-size structs. Their ISO 8601 text and
// zone rules are in storage/common/temporal/ (every layer reads and writes them); their Cypher
// functions and arithmetic are the engine's.
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace rollcall::storage {

inline constexpr int64_t NANOS_PER_SECOND = 1'000'000'000;
inline constexpr int64_t SECONDS_PER_DAY = 86'400;
inline constexpr int64_t NANOS_PER_DAY = NANOS_PER_SECOND * SECONDS_PER_DAY;

// Nanoseconds since midnight, in [0, NANOS_PER_DAY).
struct LocalTime {
  int64_t nanos = 0;
  bool operator==(const LocalTime&) const = default;
  auto operator<=>(const LocalTime&) const = default;
};

// A time of day on a clock `offset` seconds ahead of UTC.
struct Time {
  int64_t nanos = 0;
  int32_t offset = 0;
  bool operator==(const Time&) const = default;
};

// A wall-clock date and time without a zone: seconds since 1970-01-01T00:00 on that clock, and
// nanoseconds in [0, 1e9).
struct LocalDateTime {
  int64_t seconds = 0;
  int32_t nanos = 0;
  bool operator==(const LocalDateTime&) const = default;
  auto operator<=>(const LocalDateTime&) const = default;
};

// An instant (seconds since the epoch in UTC, nanoseconds in [0, 1e9)) with the offset of its
// clock and, for a named zone, the zone's id (internZone; 0: an offset only). The offset is
// kept even for a named zone: it is what the zone's rules gave at this instant, and formatting
// and accessors read it without the tz database.
struct DateTime {
  int64_t seconds = 0;
  int32_t nanos = 0;
  int32_t offset = 0;
  uint32_t zone = 0;
  bool operator==(const DateTime&) const = default;
};

// Months, days and seconds are kept apart because their lengths vary: a month has 28 to 31
// days, and a day 23 to 25 hours across a daylight-saving change. nanos is in [0, 1e9).
struct Duration {
  int64_t months = 0;
  int64_t days = 0;
  int64_t seconds = 0;
  int32_t nanos = 0;
  bool operator==(const Duration&) const = default;
};

// Zone names, interned so that a DateTime carries 4 bytes instead of a string. Ids hold for
// the life of the process only (storage writes names); equal names get equal ids. Thread-safe.
uint32_t internZone(std::string_view name);
// The name of an id that internZone gave (id != 0).
const std::string& zoneName(uint32_t id);

}  // namespace rollcall::storage
