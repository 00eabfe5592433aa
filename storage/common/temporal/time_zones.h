#pragma once
// IANA time zones, from the system's tz database (Debian's tzdata, read through Howard
// Hinnant's date/tz): zone names to ids, and the offsets a zone's rules give.
#include <cstdint>
#include <optional>
#include <string_view>

#include "storage/common/temporal/temporal_text.h"

namespace rollcall::temporal {

// Offsets are limited to +-18:00, as in ISO 8601 practice and Neo4j.
inline constexpr int32_t MAX_OFFSET_SECONDS = 18 * 3600;

// The registry id (storage::internZone) of a zone the tz database knows; nullopt otherwise.
std::optional<uint32_t> findZone(std::string_view name);

// The zone's offset from UTC at an instant (seconds since the epoch, UTC).
int32_t offsetAt(uint32_t zone, int64_t utcSeconds);

// The instant of a wall-clock time in the zone (seconds since 1970-01-01T00:00 on that clock).
// A time that occurs twice (clocks go back) takes the earlier instant unless `preferredOffset`
// names the later one's offset; a time that does not occur (clocks go forward) is moved forward
// by the length of the gap, as Neo4j does.
int64_t utcOfLocal(uint32_t zone, int64_t localSeconds,
                   std::optional<int32_t> preferredOffset = std::nullopt);

// The DateTime a text names: in its zone when it has one (its offset picking between the two
// instants of an overlap), else at its offset, else in UTC.
DateTime resolveDateTime(const ParsedDateTime& parsed);

// parseDateTime and resolveDateTime: nullopt when the text is malformed.
std::optional<DateTime> parseResolvedDateTime(std::string_view text);

}  // namespace rollcall::temporal
