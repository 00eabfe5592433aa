// date(), localtime(), time(), localdatetime(), datetime(), duration() and timestamp().
// The constructors take nothing (now, in UTC), a map (temporal_construct.h), a string, or
// another temporal value; duration() takes a map of components or an ISO 8601 string.
#include <chrono>

#include "engine/common/value_ops.h"
#include "engine/exec/function/function_support.h"
#include "engine/exec/function/temporal_between.h"
#include "engine/exec/function/temporal_construct.h"
#include "storage/common/temporal/duration_math.h"
#include "storage/common/temporal/temporal_text.h"

namespace rollcall {
namespace {

using function::TemporalTarget;
using Kind = Value::Kind;

template <TemporalTarget TARGET>
Value construct(FunctionContext& ctx, std::span<const Value> a, std::string_view fn) {
  if (a.empty()) return function::temporalNow(TARGET, ctx.statementTimeMillis, 0, 0);
  const Value& arg = a[0];
  switch (arg.kind()) {
    case Kind::NUL:
      return Value();
    case Kind::MAP:
      return function::temporalFromMap(TARGET, fn, arg, ctx.statementTimeMillis);
    case Kind::STRING:
      return function::temporalFromText(TARGET, fn, arg.asString());
    default:
      if (arg.isTemporal()) return function::temporalFromTemporal(TARGET, fn, arg);
      function::wrongType(fn, arg, "a String, a Map or a temporal value");
  }
}

Value date(FunctionContext& ctx, std::span<const Value> a) {
  return construct<TemporalTarget::DATE>(ctx, a, "date");
}
Value localtime(FunctionContext& ctx, std::span<const Value> a) {
  return construct<TemporalTarget::LOCAL_TIME>(ctx, a, "localtime");
}
Value time(FunctionContext& ctx, std::span<const Value> a) {
  return construct<TemporalTarget::TIME>(ctx, a, "time");
}
Value localdatetime(FunctionContext& ctx, std::span<const Value> a) {
  return construct<TemporalTarget::LOCAL_DATETIME>(ctx, a, "localdatetime");
}
Value datetime(FunctionContext& ctx, std::span<const Value> a) {
  return construct<TemporalTarget::DATETIME>(ctx, a, "datetime");
}

template <TemporalTarget TARGET>
Value truncate(FunctionContext& ctx, std::span<const Value> a, std::string_view fn) {
  if (a[0].isNull() || a[1].isNull()) return Value();
  const std::string& unit = function::requireString(fn, a[0]);
  const Value* map = a.size() > 2 && !a[2].isNull() ? &a[2] : nullptr;
  if (map && map->kind() != Kind::MAP) function::wrongType(fn, *map, "a Map");
  return function::temporalTruncate(TARGET, fn, unit, a[1], map, ctx.statementTimeMillis);
}

Value dateTruncate(FunctionContext& ctx, std::span<const Value> a) {
  return truncate<TemporalTarget::DATE>(ctx, a, "date.truncate");
}
Value localtimeTruncate(FunctionContext& ctx, std::span<const Value> a) {
  return truncate<TemporalTarget::LOCAL_TIME>(ctx, a, "localtime.truncate");
}
Value timeTruncate(FunctionContext& ctx, std::span<const Value> a) {
  return truncate<TemporalTarget::TIME>(ctx, a, "time.truncate");
}
Value localdatetimeTruncate(FunctionContext& ctx, std::span<const Value> a) {
  return truncate<TemporalTarget::LOCAL_DATETIME>(ctx, a, "localdatetime.truncate");
}
Value datetimeTruncate(FunctionContext& ctx, std::span<const Value> a) {
  return truncate<TemporalTarget::DATETIME>(ctx, a, "datetime.truncate");
}

temporal::DurationUnit durationUnit(const std::string& key) {
  using U = temporal::DurationUnit;
  static const std::pair<std::string_view, U> UNITS[] = {
      {"years", U::YEARS},       {"quarters", U::QUARTERS},         {"months", U::MONTHS},
      {"weeks", U::WEEKS},       {"days", U::DAYS},                 {"hours", U::HOURS},
      {"minutes", U::MINUTES},   {"seconds", U::SECONDS},           {"milliseconds", U::MILLISECONDS},
      {"microseconds", U::MICROSECONDS}, {"nanoseconds", U::NANOSECONDS}};
  for (const auto& [name, unit] : UNITS) {
    if (name == key) return unit;
  }
  throw argumentError("InvalidArgumentValue", "duration(): unknown component `" + key + "`");
}

Value durationFromMap(const Value& map) {
  temporal::DurationBuilder builder;
  for (const auto& [key, v] : map.asMap()) {
    if (v.isNull()) continue;
    temporal::DurationUnit unit = durationUnit(key);
    if (v.kind() == Kind::INT) {
      builder.add(unit, temporal::DurationAmount::of(v.asInt()));
    } else if (v.kind() == Kind::FLOAT) {
      builder.add(unit, temporal::DurationAmount::of(v.asFloat()));
    } else {
      function::wrongType("duration", v, "a number for `" + key + "`");
    }
  }
  auto d = builder.build();
  if (!d) throw argumentError("NumberOutOfRange", "duration(): the duration is out of range");
  return Value(*d);
}

Value duration(FunctionContext&, std::span<const Value> a) {
  const Value& arg = a[0];
  switch (arg.kind()) {
    case Kind::NUL:
      return Value();
    case Kind::MAP:
      return durationFromMap(arg);
    case Kind::STRING:
      if (auto d = temporal::parseDuration(arg.asString())) return Value(*d);
      throw argumentError("InvalidArgumentValue",
                          "Text cannot be parsed to a Duration: '" + arg.asString() + "'");
    case Kind::DURATION:
      return arg;
    default:
      function::wrongType("duration", arg, "a String or a Map");
  }
}

// datetime.transaction(), .statement() and .realtime() (and the same for the other four types),
// with an optional time zone. A statement is its own transaction here, so the first two read
// the same clock; realtime() reads the system clock at each call.
template <TemporalTarget TARGET, bool REALTIME>
Value clock(FunctionContext& ctx, std::span<const Value> a) {
  int64_t now = ctx.statementTimeMillis;
  if (REALTIME) {
    now = std::chrono::duration_cast<std::chrono::milliseconds>(
              std::chrono::system_clock::now().time_since_epoch())
              .count();
  }
  if (a.empty() || a[0].isNull()) return function::temporalNow(TARGET, now, 0, 0);
  return function::temporalFromMap(TARGET, "clock", Value(ValueMap{{"timezone", a[0]}}), now);
}

// datetime.fromepoch(seconds, nanoseconds) and datetime.fromepochmillis(millis), in UTC.
Value fromEpoch(FunctionContext&, std::span<const Value> a) {
  if (a[0].isNull() || a[1].isNull()) return Value();
  int64_t seconds = function::requireInt("datetime.fromepoch", a[0]);
  int64_t nanos = function::requireInt("datetime.fromepoch", a[1]);
  __int128 total = __int128(seconds) * 1'000'000'000 + nanos;
  __int128 s = total / 1'000'000'000, n = total % 1'000'000'000;
  if (n < 0) n += 1'000'000'000, s -= 1;
  return Value(DateTime{int64_t(s), int32_t(n), 0, 0});
}

Value fromEpochMillis(FunctionContext&, std::span<const Value> a) {
  if (a[0].isNull()) return Value();
  int64_t millis = function::requireInt("datetime.fromepochmillis", a[0]);
  int64_t s = millis / 1000 - (millis % 1000 < 0), ms = millis - s * 1000;
  return Value(DateTime{s, int32_t(ms * 1'000'000), 0, 0});
}

Value timestamp(FunctionContext& ctx, std::span<const Value>) {
  return Value(ctx.statementTimeMillis);
}

}  // namespace

namespace function {

std::span<const ScalarFunctionInfo> temporalFunctions() {
  // The constructors read the statement's clock when called without arguments, so none is
  // constant-foldable at plan time.
  static const ScalarFunctionInfo TABLE[] = {
      {"date", 0, 1, date, /*deterministic=*/false},
      {"localtime", 0, 1, localtime, /*deterministic=*/false},
      {"time", 0, 1, time, /*deterministic=*/false},
      {"localdatetime", 0, 1, localdatetime, /*deterministic=*/false},
      {"datetime", 0, 1, datetime, /*deterministic=*/false},
      {"duration", 1, 1, duration},
      {"date.truncate", 2, 3, dateTruncate},
      {"localtime.truncate", 2, 3, localtimeTruncate},
      {"time.truncate", 2, 3, timeTruncate},
      {"localdatetime.truncate", 2, 3, localdatetimeTruncate},
      {"datetime.truncate", 2, 3, datetimeTruncate},
      {"duration.between", 2, 2, function::durationBetween},
      {"duration.inMonths", 2, 2, function::durationInMonths},
      {"duration.inDays", 2, 2, function::durationInDays},
      {"duration.inSeconds", 2, 2, function::durationInSeconds},
      {"datetime.fromepoch", 2, 2, fromEpoch},
      {"datetime.fromepochmillis", 1, 1, fromEpochMillis},
      {"date.transaction", 0, 1, clock<TemporalTarget::DATE, false>, false},
      {"date.statement", 0, 1, clock<TemporalTarget::DATE, false>, false},
      {"date.realtime", 0, 1, clock<TemporalTarget::DATE, true>, false},
      {"localtime.transaction", 0, 1, clock<TemporalTarget::LOCAL_TIME, false>, false},
      {"localtime.statement", 0, 1, clock<TemporalTarget::LOCAL_TIME, false>, false},
      {"localtime.realtime", 0, 1, clock<TemporalTarget::LOCAL_TIME, true>, false},
      {"time.transaction", 0, 1, clock<TemporalTarget::TIME, false>, false},
      {"time.statement", 0, 1, clock<TemporalTarget::TIME, false>, false},
      {"time.realtime", 0, 1, clock<TemporalTarget::TIME, true>, false},
      {"localdatetime.transaction", 0, 1, clock<TemporalTarget::LOCAL_DATETIME, false>, false},
      {"localdatetime.statement", 0, 1, clock<TemporalTarget::LOCAL_DATETIME, false>, false},
      {"localdatetime.realtime", 0, 1, clock<TemporalTarget::LOCAL_DATETIME, true>, false},
      {"datetime.transaction", 0, 1, clock<TemporalTarget::DATETIME, false>, false},
      {"datetime.statement", 0, 1, clock<TemporalTarget::DATETIME, false>, false},
      {"datetime.realtime", 0, 1, clock<TemporalTarget::DATETIME, true>, false},
      {"timestamp", 0, 0, timestamp, /*deterministic=*/false},
  };
  return TABLE;
}

}  // namespace function
}  // namespace rollcall
