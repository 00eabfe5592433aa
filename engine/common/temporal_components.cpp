#include "engine/common/temporal_components.h"

#include <optional>
#include <string>

#include "engine/common/error.h"
#include "engine/common/temporal_parts.h"
#include "engine/common/value_ops.h"
#include "storage/common/temporal/calendar.h"
#include "storage/common/temporal/temporal_text.h"

namespace rollcall {
namespace {

using Kind = Value::Kind;
using storage::NANOS_PER_SECOND;

std::optional<Value> dateComponent(int64_t days, std::string_view key) {
  temporal::CivilDate c = temporal::civilFromDays(days);
  int quarter = (c.month - 1) / 3 + 1;
  if (key == "year") return Value(c.year);
  if (key == "month") return Value(c.month);
  if (key == "day") return Value(c.day);
  if (key == "quarter") return Value(quarter);
  if (key == "dayOfWeek" || key == "weekDay") return Value(temporal::isoDayOfWeek(days));
  if (key == "ordinalDay") return Value(temporal::ordinalDayOf(days));
  if (key == "dayOfQuarter") {
    return Value(days - temporal::daysFromCivil(c.year, (quarter - 1) * 3 + 1, 1) + 1);
  }
  if (key == "week") return Value(temporal::isoWeekOf(days).week);
  if (key == "weekYear") return Value(temporal::isoWeekOf(days).weekYear);
  return std::nullopt;
}

std::optional<Value> timeComponent(int64_t nanosOfDay, std::string_view key) {
  int64_t second = nanosOfDay / NANOS_PER_SECOND;
  int64_t fraction = nanosOfDay % NANOS_PER_SECOND;
  if (key == "hour") return Value(second / 3600);
  if (key == "minute") return Value(second / 60 % 60);
  if (key == "second") return Value(second % 60);
  if (key == "millisecond") return Value(fraction / 1'000'000);
  if (key == "microsecond") return Value(fraction / 1'000);
  if (key == "nanosecond") return Value(fraction);
  return std::nullopt;
}

std::optional<Value> zoneComponent(int32_t offset, uint32_t zone, std::string_view key) {
  if (key == "timezone") {
    return Value(zone != 0 ? storage::zoneName(zone) : temporal::formatOffset(offset));
  }
  if (key == "offset") return Value(temporal::formatOffset(offset));
  if (key == "offsetMinutes") return Value(int64_t(offset / 60));
  if (key == "offsetSeconds") return Value(int64_t(offset));
  return std::nullopt;
}

std::optional<Value> durationComponent(Duration d, std::string_view key) {
  __int128 totalNanos = __int128(d.seconds) * NANOS_PER_SECOND + d.nanos;
  if (key == "years") return Value(d.months / 12);
  if (key == "quarters") return Value(d.months / 3);
  if (key == "months") return Value(d.months);
  if (key == "weeks") return Value(d.days / 7);
  if (key == "days") return Value(d.days);
  if (key == "hours") return Value(d.seconds / 3600);
  if (key == "minutes") return Value(d.seconds / 60);
  if (key == "seconds") return Value(d.seconds);
  if (key == "milliseconds") return Value(int64_t(totalNanos / 1'000'000));
  if (key == "microseconds") return Value(int64_t(totalNanos / 1'000));
  if (key == "nanoseconds") return Value(int64_t(totalNanos));
  if (key == "quartersOfYear") return Value(d.months / 3 % 4);
  if (key == "monthsOfQuarter") return Value(d.months % 3);
  if (key == "monthsOfYear") return Value(d.months % 12);
  if (key == "daysOfWeek") return Value(d.days % 7);
  if (key == "minutesOfHour") return Value(d.seconds / 60 % 60);
  if (key == "secondsOfMinute") return Value(d.seconds % 60);
  if (key == "millisecondsOfSecond") return Value(int64_t(d.nanos / 1'000'000));
  if (key == "microsecondsOfSecond") return Value(int64_t(d.nanos / 1'000));
  if (key == "nanosecondsOfSecond") return Value(int64_t(d.nanos));
  return std::nullopt;
}

std::optional<Value> componentOf(const Value& v, std::string_view key) {
  if (v.kind() == Kind::DURATION) return durationComponent(v.asDuration(), key);
  TemporalParts p = temporalParts(v);
  std::optional<Value> out;
  if (p.days) out = dateComponent(*p.days, key);
  if (!out && p.nanosOfDay) out = timeComponent(*p.nanosOfDay, key);
  if (!out && p.offset) out = zoneComponent(*p.offset, p.zone, key);
  if (!out && p.epochSeconds) {
    if (key == "epochSeconds") out = Value(*p.epochSeconds);
    if (key == "epochMillis") out = Value(*p.epochSeconds * 1000 + p.nanos / 1'000'000);
  }
  return out;
}

}  // namespace

Value temporalComponent(const Value& v, std::string_view key) {
  if (v.isNull()) return Value();
  RC_ASSERT(v.isTemporal());
  if (auto out = componentOf(v, key)) return *out;
  throw argumentError("InvalidArgumentValue",
                      "A " + typeName(v) + " has no component `" + std::string(key) + "`");
}

}  // namespace rollcall
