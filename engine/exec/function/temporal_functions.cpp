// date() and timestamp(). Only calendar dates exist in rollcall; times and zones do not.
#include "engine/common/date.h"
#include "engine/common/value_ops.h"
#include "engine/exec/function/function_support.h"

namespace rollcall {
namespace {

using Kind = Value::Kind;

constexpr int64_t MILLIS_PER_DAY = 86'400'000;

int64_t floorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// A date component of a map argument: absent means the first month or day, as in Neo4j.
int mapComponent(const Value& map, std::string_view key, int absent) {
  const Value* v = map.mapGet(key);
  if (!v || v->isNull()) {
    if (key == "year") {
      throw argumentError("InvalidArgumentValue", "date() needs at least a `year` in its map");
    }
    return absent;
  }
  int64_t n = function::requireInt("date", *v);
  if (n < -999'999'999 || n > 999'999'999) {
    throw argumentError("InvalidArgumentValue", "date() " + std::string(key) + " out of range");
  }
  return static_cast<int>(n);
}

Value dateFromMap(const Value& map) {
  for (const auto& [key, value] : map.asMap()) {
    if (key != "year" && key != "month" && key != "day") {
      throw argumentError("InvalidArgumentValue", "date() does not accept the key `" + key + "`");
    }
  }
  YearMonthDay ymd{mapComponent(map, "year", 0), mapComponent(map, "month", 1),
                   mapComponent(map, "day", 1)};
  auto date = dateFromYmd(ymd);
  if (!date) throw argumentError("InvalidArgumentValue", "date() of an invalid calendar date");
  return Value(*date);
}

Value date(FunctionContext& ctx, std::span<const Value> a) {
  if (a.empty()) {
    return Value(
        storage::Date{static_cast<int32_t>(floorDiv(ctx.statementTimeMillis, MILLIS_PER_DAY))});
  }
  switch (a[0].kind()) {
    case Kind::NUL:
      return Value();
    case Kind::DATE:
      return a[0];
    case Kind::MAP:
      return dateFromMap(a[0]);
    case Kind::STRING: {
      auto parsed = parseIsoDate(a[0].asString());
      if (!parsed) {
        throw argumentError("InvalidArgumentValue",
                            "Text cannot be parsed to a Date: '" + a[0].asString() + "'");
      }
      return Value(*parsed);
    }
    default:
      function::wrongType("date", a[0], "a String, a Map or a Date");
  }
}

Value timestamp(FunctionContext& ctx, std::span<const Value>) {
  return Value(ctx.statementTimeMillis);
}

}  // namespace

namespace function {

std::span<const ScalarFunctionInfo> temporalFunctions() {
  // Neither is constant-foldable at plan time: both read the statement's clock.
  static const ScalarFunctionInfo TABLE[] = {
      {"date", 0, 1, date, /*deterministic=*/false},
      {"timestamp", 0, 0, timestamp, /*deterministic=*/false},
  };
  return TABLE;
}

}  // namespace function
}  // namespace rollcall
