// Writing temporal values as Neo4j's toString does (see temporal_text.h).
#include <cstdio>
#include <cstdlib>

#include "storage/common/temporal/calendar.h"
#include "storage/common/temporal/temporal_text.h"

namespace rollcall::temporal {
namespace {

using storage::NANOS_PER_SECOND;
using storage::SECONDS_PER_DAY;

std::string formatDays(int64_t days) {
  CivilDate d = civilFromDays(days);
  char buf[40];
  // Years outside 0..9999 carry a sign, as ISO 8601's expanded representation.
  const char* pattern = d.year >= 0 && d.year <= 9999 ? "%04lld-%02d-%02d" : "%+05lld-%02d-%02d";
  std::snprintf(buf, sizeof buf, pattern, static_cast<long long>(d.year), d.month, d.day);
  return buf;
}

// Nine digits of a fraction cut to the shortest of 3, 6 or 9 that loses nothing.
std::string fractionDigits(int64_t nanos, bool groupsOfThree) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%09lld", static_cast<long long>(nanos));
  std::string digits(buf);
  if (groupsOfThree) {
    while (digits.size() > 3 && digits.ends_with("000")) digits.resize(digits.size() - 3);
  } else {
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  }
  return digits;
}

std::string formatNanosOfDay(int64_t nanosOfDay) {
  int64_t seconds = nanosOfDay / NANOS_PER_SECOND;
  int64_t nanos = nanosOfDay % NANOS_PER_SECOND;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02lld:%02lld", static_cast<long long>(seconds / 3600),
                static_cast<long long>(seconds / 60 % 60));
  std::string out(buf);
  if (seconds % 60 == 0 && nanos == 0) return out;
  std::snprintf(buf, sizeof buf, ":%02lld", static_cast<long long>(seconds % 60));
  out += buf;
  if (nanos != 0) out += "." + fractionDigits(nanos, true);
  return out;
}

std::string formatLocalSeconds(int64_t localSeconds, int32_t nanos) {
  int64_t days = floorDiv(localSeconds, SECONDS_PER_DAY);
  int64_t secondOfDay = floorMod(localSeconds, SECONDS_PER_DAY);
  return formatDays(days) + "T" + formatNanosOfDay(secondOfDay * NANOS_PER_SECOND + nanos);
}

}  // namespace

std::string formatDate(Date d) { return formatDays(d.days); }

std::string formatLocalTime(LocalTime t) { return formatNanosOfDay(t.nanos); }

std::string formatOffset(int32_t offset) {
  if (offset == 0) return "Z";
  int32_t magnitude = std::abs(offset);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%c%02d:%02d", offset < 0 ? '-' : '+', magnitude / 3600,
                magnitude / 60 % 60);
  std::string out(buf);
  if (magnitude % 60 != 0) {
    std::snprintf(buf, sizeof buf, ":%02d", magnitude % 60);
    out += buf;
  }
  return out;
}

std::string formatTime(Time t) { return formatNanosOfDay(t.nanos) + formatOffset(t.offset); }

std::string formatLocalDateTime(LocalDateTime t) { return formatLocalSeconds(t.seconds, t.nanos); }

std::string formatDateTime(DateTime t) {
  std::string out = formatLocalSeconds(t.seconds + t.offset, t.nanos) + formatOffset(t.offset);
  if (t.zone != 0) out += "[" + storage::zoneName(t.zone) + "]";
  return out;
}

// Years and months from the months; hours, minutes and seconds from the seconds, each part
// truncated toward zero so that each carries the sign of the whole (PT-1M-0.001S).
std::string formatDuration(Duration d) {
  std::string out = "P";
  if (d.months / 12 != 0) out += std::to_string(d.months / 12) + "Y";
  if (d.months % 12 != 0) out += std::to_string(d.months % 12) + "M";
  if (d.days != 0) out += std::to_string(d.days) + "D";
  __int128 total = __int128(d.seconds) * NANOS_PER_SECOND + d.nanos;
  if (total == 0) return out.size() == 1 ? "PT0S" : out;
  out += "T";
  constexpr __int128 HOUR = __int128(3600) * NANOS_PER_SECOND;
  constexpr __int128 MINUTE = __int128(60) * NANOS_PER_SECOND;
  int64_t hours = int64_t(total / HOUR);
  total %= HOUR;
  int64_t minutes = int64_t(total / MINUTE);
  total %= MINUTE;
  if (hours != 0) out += std::to_string(hours) + "H";
  if (minutes != 0) out += std::to_string(minutes) + "M";
  if (total == 0) return out;
  int64_t rest = int64_t(total < 0 ? -total : total);
  if (total < 0) out += "-";
  out += std::to_string(rest / NANOS_PER_SECOND);
  if (rest % NANOS_PER_SECOND != 0) out += "." + fractionDigits(rest % NANOS_PER_SECOND, false);
  return out + "S";
}

}  // namespace rollcall::temporal
