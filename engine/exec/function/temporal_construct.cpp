// Temporal values from maps, other temporal values and text (see temporal_construct.h).
#include "engine/exec/function/temporal_construct.h"

#include <array>
#include <limits>
#include <optional>

#include "engine/common/error.h"
#include "engine/common/temporal_parts.h"
#include "engine/common/value_ops.h"
#include "engine/exec/function/function_support.h"
#include "storage/common/temporal/calendar.h"
#include "storage/common/temporal/temporal_text.h"
#include "storage/common/temporal/time_zones.h"

namespace rollcall::function {
namespace {

using Kind = Value::Kind;
using storage::NANOS_PER_DAY;
using storage::NANOS_PER_SECOND;
using storage::SECONDS_PER_DAY;
using Opt = std::optional<int64_t>;

// The integer components a map may give, in this order.
enum Field : uint8_t {
  YEAR, MONTH, DAY, WEEK, DAY_OF_WEEK, ORDINAL_DAY, QUARTER, DAY_OF_QUARTER, HOUR, MINUTE,
  SECOND, MILLISECOND, MICROSECOND, NANOSECOND, FIELD_COUNT
};
constexpr std::array<std::string_view, FIELD_COUNT> FIELD_NAMES = {
    "year", "month", "day", "week", "dayOfWeek", "ordinalDay", "quarter", "dayOfQuarter",
    "hour", "minute", "second", "millisecond", "microsecond", "nanosecond"};

bool hasDate(TemporalTarget t) {
  return t == TemporalTarget::DATE || t == TemporalTarget::LOCAL_DATETIME ||
         t == TemporalTarget::DATETIME;
}
bool hasTime(TemporalTarget t) { return t != TemporalTarget::DATE; }
bool hasZone(TemporalTarget t) { return t == TemporalTarget::TIME || t == TemporalTarget::DATETIME; }

[[noreturn]] void invalid(std::string_view fn, const std::string& why) {
  throw argumentError("InvalidArgumentValue", std::string(fn) + "(): " + why);
}

// A time zone as given: an offset, or a named zone (whose offset depends on the instant).
struct Zone {
  int32_t offset = 0;
  uint32_t id = 0;
};

// What a value to start from contributes: its parts, its offset and zone as a Zone.
struct Base {
  Opt days;
  Opt nanosOfDay;
  std::optional<Zone> zone;
  Opt epochSeconds;
};

Base baseOf(const Value& v) {
  TemporalParts p = temporalParts(v);
  Base b{p.days, p.nanosOfDay, std::nullopt, p.epochSeconds};
  if (p.offset) b.zone = Zone{*p.offset, p.zone};
  return b;
}

Zone parseZone(std::string_view fn, const Value& v) {
  if (v.kind() != Kind::STRING) wrongType(fn, v, "a String time zone");
  if (auto offset = temporal::parseOffset(v.asString())) return Zone{*offset, 0};
  if (auto id = temporal::findZone(v.asString())) return Zone{0, *id};
  invalid(fn, "unknown time zone '" + v.asString() + "'");
}

// The offset of a zone at an instant (a named zone's rules; an offset is itself).
int32_t offsetAt(const Zone& z, int64_t epochSeconds) {
  return z.id != 0 ? temporal::offsetAt(z.id, epochSeconds) : z.offset;
}

struct MapArgs {
  std::array<Opt, FIELD_COUNT> fields;
  std::optional<Value> date, time, datetime;
  std::optional<Zone> timezone;
  Opt epochSeconds, epochMillis;  // datetime({epochSeconds: s[, nanosecond: n]}) and epochMillis
  // The zone when neither `timezone` nor a starting value gives one (truncation keeps the
  // truncated value's zone).
  std::optional<Zone> fallbackZone;
  bool anyComponent = false;  // anything but timezone
};

MapArgs readMap(std::string_view fn, const Value& map) {
  MapArgs out;
  for (const auto& [key, value] : map.asMap()) {
    if (value.isNull()) continue;
    if (key == "timezone") {
      out.timezone = parseZone(fn, value);
      continue;
    }
    out.anyComponent = true;
    if (key == "epochSeconds" || key == "epochMillis") {
      (key == "epochSeconds" ? out.epochSeconds : out.epochMillis) = requireInt(fn, value);
      continue;
    }
    if (key == "date" || key == "time" || key == "datetime") {
      if (!value.isTemporal() || value.kind() == Kind::DURATION) {
        wrongType(fn, value, "a temporal value for `" + key + "`");
      }
      (key == "date" ? out.date : key == "time" ? out.time : out.datetime) = value;
      continue;
    }
    size_t f = 0;
    while (f < FIELD_COUNT && FIELD_NAMES[f] != key) ++f;
    if (f == FIELD_COUNT) invalid(fn, "unknown component `" + key + "`");
    out.fields[f] = requireInt(fn, value);
  }
  return out;
}

void checkRange(std::string_view fn, Field f, int64_t v, int64_t lo, int64_t hi) {
  if (v < lo || v > hi) {
    invalid(fn, std::string(FIELD_NAMES[f]) + " " + std::to_string(v) + " is not in " +
                    std::to_string(lo) + ".." + std::to_string(hi));
  }
}

int64_t requireYear(std::string_view fn, Opt year) {
  if (!year) invalid(fn, "a date needs a `year` (or a `date` to start from)");
  checkRange(fn, YEAR, *year, -999'999, 999'999);
  return *year;
}

// The calendar date the map names, in one of its four forms.
int64_t resolveDate(std::string_view fn, const MapArgs& a, Opt baseDays) {
  const auto& f = a.fields;
  std::optional<temporal::CivilDate> base;
  if (baseDays) base = temporal::civilFromDays(*baseDays);
  auto pick = [](Opt given, Opt fromBase, int64_t absent) {
    return given ? *given : (fromBase ? *fromBase : absent);
  };
  bool byWeek = f[WEEK] || (f[DAY_OF_WEEK] && !f[MONTH] && !f[ORDINAL_DAY] && !f[QUARTER]);
  if (byWeek) {
    Opt baseWeekYear, baseWeek, baseDow;
    if (baseDays) {
      temporal::IsoWeek w = temporal::isoWeekOf(*baseDays);
      baseWeekYear = w.weekYear, baseWeek = w.week, baseDow = temporal::isoDayOfWeek(*baseDays);
    }
    int64_t year = requireYear(fn, f[YEAR] ? f[YEAR] : baseWeekYear);
    int64_t week = pick(f[WEEK], baseWeek, 1), dow = pick(f[DAY_OF_WEEK], baseDow, 1);
    checkRange(fn, WEEK, week, 1, temporal::isoWeeksInYear(year));
    checkRange(fn, DAY_OF_WEEK, dow, 1, 7);
    return temporal::daysFromIsoWeek(year, int(week), int(dow));
  }
  int64_t year = requireYear(fn, f[YEAR] ? f[YEAR] : (base ? Opt(base->year) : std::nullopt));
  if (f[ORDINAL_DAY]) {
    checkRange(fn, ORDINAL_DAY, *f[ORDINAL_DAY], 1, temporal::daysInYear(year));
    return temporal::daysFromCivil(year, 1, 1) + *f[ORDINAL_DAY] - 1;
  }
  if (f[QUARTER] || f[DAY_OF_QUARTER]) {
    Opt baseQuarter, baseDoq;
    if (base) {
      baseQuarter = (base->month - 1) / 3 + 1;
      baseDoq = *baseDays - temporal::daysFromCivil(base->year, int(*baseQuarter - 1) * 3 + 1, 1) + 1;
    }
    int64_t quarter = pick(f[QUARTER], baseQuarter, 1);
    checkRange(fn, QUARTER, quarter, 1, 4);
    int64_t start = temporal::daysFromCivil(year, int(quarter - 1) * 3 + 1, 1);
    int64_t length = temporal::daysFromCivil(year + (quarter == 4), quarter == 4 ? 1 : int(quarter) * 3 + 1, 1) - start;
    int64_t doq = pick(f[DAY_OF_QUARTER], baseDoq, 1);
    checkRange(fn, DAY_OF_QUARTER, doq, 1, length);
    return start + doq - 1;
  }
  int64_t month = pick(f[MONTH], base ? Opt(base->month) : std::nullopt, 1);
  int64_t day = pick(f[DAY], base ? Opt(base->day) : std::nullopt, 1);
  checkRange(fn, MONTH, month, 1, 12);
  checkRange(fn, DAY, day, 1, temporal::daysInMonth(year, int(month)));
  return temporal::daysFromCivil(year, int(month), int(day));
}

int64_t resolveTime(std::string_view fn, const MapArgs& a, Opt baseNanos) {
  const auto& f = a.fields;
  int64_t base = baseNanos.value_or(0);
  int64_t baseSecond = base / NANOS_PER_SECOND;
  int64_t hour = f[HOUR].value_or(baseSecond / 3600);
  int64_t minute = f[MINUTE].value_or(baseSecond / 60 % 60);
  int64_t second = f[SECOND].value_or(baseSecond % 60);
  checkRange(fn, HOUR, hour, 0, 23);
  checkRange(fn, MINUTE, minute, 0, 59);
  checkRange(fn, SECOND, second, 0, 59);
  int64_t fraction = base % NANOS_PER_SECOND;
  if (f[MILLISECOND] || f[MICROSECOND] || f[NANOSECOND]) {
    // Each unit below a given one is limited to what the given one leaves.
    bool ms = f[MILLISECOND].has_value(), us = f[MICROSECOND].has_value();
    if (ms) checkRange(fn, MILLISECOND, *f[MILLISECOND], 0, 999);
    if (us) checkRange(fn, MICROSECOND, *f[MICROSECOND], 0, ms ? 999 : 999'999);
    if (f[NANOSECOND]) {
      checkRange(fn, NANOSECOND, *f[NANOSECOND], 0, us ? 999 : (ms ? 999'999 : 999'999'999));
    }
    // Over a starting value, a microsecond or nanosecond below 1,000 replaces only its own
    // digits (truncating 12:31:14.645876 to the millisecond and setting nanosecond 2 gives
    // .645000002); otherwise the given units are the whole fraction.
    int64_t kept = 0;
    if (baseNanos && !ms && us && *f[MICROSECOND] < 1'000) kept = fraction / 1'000'000 * 1'000'000;
    if (baseNanos && !ms && !us && *f[NANOSECOND] < 1'000) kept = fraction / 1'000 * 1'000;
    fraction = kept + f[MILLISECOND].value_or(0) * 1'000'000 + f[MICROSECOND].value_or(0) * 1'000 +
               f[NANOSECOND].value_or(0);
  }
  return ((hour * 60 + minute) * 60 + second) * NANOS_PER_SECOND + fraction;
}

void rejectComponents(std::string_view fn, const MapArgs& a, int from, int to, const char* what) {
  for (int f = from; f < to; ++f) {
    if (a.fields[f]) invalid(fn, std::string(what) + " has no `" + std::string(FIELD_NAMES[f]) + "`");
  }
}

Value checkedDate(std::string_view fn, int64_t days) {
  if (days < std::numeric_limits<int32_t>::min() || days > std::numeric_limits<int32_t>::max()) {
    invalid(fn, "the date is out of range");
  }
  return Value(Date{int32_t(days)});
}

// A wall-clock date and time in a zone, to a DateTime.
Value zonedDateTime(int64_t days, int64_t nanosOfDay, const Zone& zone,
                    std::optional<int32_t> preferredOffset) {
  int64_t local = days * SECONDS_PER_DAY + nanosOfDay / NANOS_PER_SECOND;
  int32_t nanos = int32_t(nanosOfDay % NANOS_PER_SECOND);
  if (zone.id == 0) return Value(DateTime{local - zone.offset, nanos, zone.offset, 0});
  int64_t utc = temporal::utcOfLocal(zone.id, local, preferredOffset);
  return Value(DateTime{utc, nanos, temporal::offsetAt(zone.id, utc), zone.id});
}

Value build(TemporalTarget target, std::string_view fn, const MapArgs& a, int64_t nowMillis) {
  Base dateBase = baseOf(a.datetime ? *a.datetime : a.date ? *a.date : Value());
  Base timeBase = baseOf(a.datetime ? *a.datetime : a.time ? *a.time : Value());
  // A zoned starting value moved to another zone keeps its instant.
  if (hasZone(target) && a.timezone && timeBase.zone) {
    if (timeBase.epochSeconds) {
      int64_t instant = *timeBase.epochSeconds;
      int64_t local = instant + offsetAt(*a.timezone, instant);
      int64_t nanos = *timeBase.nanosOfDay % NANOS_PER_SECOND;
      timeBase.nanosOfDay = temporal::floorMod(local, SECONDS_PER_DAY) * NANOS_PER_SECOND + nanos;
      if (a.datetime) dateBase.days = temporal::floorDiv(local, SECONDS_PER_DAY);
    } else {
      int32_t to = offsetAt(*a.timezone, nowMillis / 1000);
      int64_t shift = int64_t(to - timeBase.zone->offset) * NANOS_PER_SECOND;
      timeBase.nanosOfDay = temporal::floorMod(*timeBase.nanosOfDay + shift, NANOS_PER_DAY);
    }
  }
  if (!hasDate(target)) rejectComponents(fn, a, YEAR, HOUR, "a time");
  if (!hasTime(target)) rejectComponents(fn, a, HOUR, FIELD_COUNT, "a date");
  int64_t days = hasDate(target) ? resolveDate(fn, a, dateBase.days) : 0;
  int64_t nanos = hasTime(target) ? resolveTime(fn, a, timeBase.nanosOfDay) : 0;
  Zone zone = a.timezone ? *a.timezone : timeBase.zone.value_or(a.fallbackZone.value_or(Zone{}));
  switch (target) {
    case TemporalTarget::DATE:
      return checkedDate(fn, days);
    case TemporalTarget::LOCAL_TIME:
      return Value(LocalTime{nanos});
    case TemporalTarget::TIME: {
      // A named zone's offset at the starting value's instant, else now.
      int32_t offset = a.timezone || !timeBase.zone
                           ? offsetAt(zone, timeBase.epochSeconds.value_or(nowMillis / 1000))
                           : timeBase.zone->offset;
      if (!a.timezone && !timeBase.zone && a.fallbackZone) offset = a.fallbackZone->offset;
      return Value(Time{nanos, offset});
    }
    case TemporalTarget::LOCAL_DATETIME:
      checkedDate(fn, days);
      return Value(LocalDateTime{days * SECONDS_PER_DAY + nanos / NANOS_PER_SECOND,
                                 int32_t(nanos % NANOS_PER_SECOND)});
    case TemporalTarget::DATETIME:
      checkedDate(fn, days);
      return zonedDateTime(days, nanos, zone, timeBase.zone ? std::optional(timeBase.zone->offset)
                                                            : std::nullopt);
  }
  return Value();
}

}  // namespace

Value temporalNow(TemporalTarget target, int64_t nowMillis, uint32_t zoneId, int32_t offset) {
  int64_t seconds = temporal::floorDiv(nowMillis, 1000);
  int32_t nanos = int32_t(temporal::floorMod(nowMillis, 1000) * 1'000'000);
  if (zoneId != 0) offset = temporal::offsetAt(zoneId, seconds);
  Value now(DateTime{seconds, nanos, offset, zoneId});
  return target == TemporalTarget::DATETIME ? now : temporalFromTemporal(target, "now", now);
}

// An instant given as seconds (with `nanosecond`) or milliseconds since the epoch, shown in the
// map's `timezone` (UTC without one). Nothing else may come with it.
Value dateTimeFromEpoch(std::string_view fn, const MapArgs& a) {
  for (int f = 0; f < FIELD_COUNT; ++f) {
    if (a.fields[f] && !(f == NANOSECOND && a.epochSeconds)) {
      invalid(fn, "`" + std::string(FIELD_NAMES[f]) + "` cannot be combined with an epoch");
    }
  }
  if ((a.epochSeconds && a.epochMillis) || a.date || a.time || a.datetime) {
    invalid(fn, "an epoch cannot be combined with other values to start from");
  }
  __int128 nanos = a.epochSeconds
                       ? __int128(*a.epochSeconds) * NANOS_PER_SECOND + a.fields[NANOSECOND].value_or(0)
                       : __int128(*a.epochMillis) * 1'000'000;
  __int128 seconds = nanos / NANOS_PER_SECOND, rest = nanos % NANOS_PER_SECOND;
  if (rest < 0) rest += NANOS_PER_SECOND, seconds -= 1;
  if (seconds < -31'000'000'000'000LL || seconds > 31'000'000'000'000LL) {
    invalid(fn, "the epoch is out of range");
  }
  Zone zone = a.timezone.value_or(Zone{});
  return Value(DateTime{int64_t(seconds), int32_t(rest), offsetAt(zone, int64_t(seconds)), zone.id});
}

Value temporalFromMap(TemporalTarget target, std::string_view fn, const Value& map,
                      int64_t nowMillis) {
  MapArgs args = readMap(fn, map);
  if (args.epochSeconds || args.epochMillis) {
    if (target != TemporalTarget::DATETIME) invalid(fn, "only datetime() takes an epoch");
    return dateTimeFromEpoch(fn, args);
  }
  if (!args.anyComponent) {
    Zone z = args.timezone.value_or(Zone{});
    return temporalNow(target, nowMillis, z.id, z.offset);
  }
  return build(target, fn, args, nowMillis);
}

Value temporalFromTemporal(TemporalTarget target, std::string_view fn, const Value& other) {
  if (other.kind() == Kind::DURATION) wrongType(fn, other, "a temporal instant");
  Base b = baseOf(other);
  if ((hasDate(target) && !b.days) || (hasTime(target) && target != TemporalTarget::LOCAL_DATETIME &&
                                       target != TemporalTarget::DATETIME && !b.nanosOfDay)) {
    wrongType(fn, other, "a value holding what " + std::string(fn) + "() needs");
  }
  MapArgs args;
  args.anyComponent = true;
  args.date = other;
  args.time = other;
  return build(target, fn, args, 0);
}

namespace {

// The first day of the unit holding `days`; nullopt for a unit below a day.
std::optional<int64_t> truncateDays(std::string_view unit, int64_t days) {
  temporal::CivilDate c = temporal::civilFromDays(days);
  auto yearStart = [](int64_t year) { return temporal::daysFromCivil(year, 1, 1); };
  auto floorTo = [](int64_t year, int64_t step) { return temporal::floorDiv(year, step) * step; };
  if (unit == "millennium") return yearStart(floorTo(c.year, 1000));
  if (unit == "century") return yearStart(floorTo(c.year, 100));
  if (unit == "decade") return yearStart(floorTo(c.year, 10));
  if (unit == "year") return yearStart(c.year);
  if (unit == "weekYear") return temporal::daysFromIsoWeek(temporal::isoWeekOf(days).weekYear, 1, 1);
  if (unit == "quarter") return temporal::daysFromCivil(c.year, (c.month - 1) / 3 * 3 + 1, 1);
  if (unit == "month") return temporal::daysFromCivil(c.year, c.month, 1);
  if (unit == "week") return days - (temporal::isoDayOfWeek(days) - 1);
  if (unit == "day") return days;
  return std::nullopt;
}

// The nanoseconds of a time unit, 0 when `unit` is not one.
int64_t timeUnitNanos(std::string_view unit) {
  if (unit == "hour") return 3600 * NANOS_PER_SECOND;
  if (unit == "minute") return 60 * NANOS_PER_SECOND;
  if (unit == "second") return NANOS_PER_SECOND;
  if (unit == "millisecond") return 1'000'000;
  if (unit == "microsecond") return 1'000;
  return 0;
}

}  // namespace

Value temporalTruncate(TemporalTarget target, std::string_view fn, const std::string& unit,
                       const Value& value, const Value* map, int64_t nowMillis) {
  if (!value.isTemporal() || value.kind() == Kind::DURATION) {
    wrongType(fn, value, "a temporal instant");
  }
  Base b = baseOf(value);
  int64_t step = timeUnitNanos(unit);
  std::optional<int64_t> days = b.days;
  int64_t nanos = b.nanosOfDay.value_or(0);
  if (step != 0) {
    nanos -= nanos % step;
  } else {
    if (unit != "day" && !b.days) invalid(fn, "a time has no `" + unit + "` to truncate to");
    if (b.days) days = truncateDays(unit, *b.days);
    if (!days && b.days) invalid(fn, "unknown unit '" + unit + "'");
    nanos = 0;
  }
  if (hasDate(target) && !days) wrongType(fn, value, "a value with a date");
  MapArgs args = map ? readMap(fn, *map) : MapArgs{};
  if (args.date || args.time || args.datetime) invalid(fn, "the map may not name a value to start from");
  Value local = days ? Value(LocalDateTime{*days * SECONDS_PER_DAY + nanos / NANOS_PER_SECOND,
                                           int32_t(nanos % NANOS_PER_SECOND)})
                     : Value(LocalTime{nanos});
  args.date = args.time = local;
  args.fallbackZone = b.zone;
  args.anyComponent = true;
  return build(target, fn, args, nowMillis);
}

Value temporalFromText(TemporalTarget target, std::string_view fn, const std::string& text) {
  std::optional<Value> out;
  auto wrap = [&](auto parsed) {
    if (parsed) out = Value(*parsed);
  };
  switch (target) {
    case TemporalTarget::DATE: wrap(temporal::parseDate(text)); break;
    case TemporalTarget::LOCAL_TIME: wrap(temporal::parseLocalTime(text)); break;
    case TemporalTarget::LOCAL_DATETIME: wrap(temporal::parseLocalDateTime(text)); break;
    case TemporalTarget::DATETIME: wrap(temporal::parseResolvedDateTime(text)); break;
    case TemporalTarget::TIME:
      if (auto t = temporal::parseTime(text)) out = Value(Time{t->nanos, t->offset.value_or(0)});
      break;
  }
  if (!out) {
    throw argumentError("InvalidArgumentValue",
                        "Text cannot be parsed to a " + std::string(fn) + ": '" + text + "'");
  }
  return *out;
}

}  // namespace rollcall::function
