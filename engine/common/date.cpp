#include "engine/common/date.h"

#include <cstdint>
#include <cstdio>
#include <limits>

#include "engine/common/error.h"

namespace rollcall {
namespace {

bool isLeapYear(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int64_t year, int month) {
  static constexpr int DAYS[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && isLeapYear(year) ? 29 : DAYS[month - 1];
}

// Floor division, so that dates before 1970 and years before 0 land in the right era.
int64_t floorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// Shifting the year to start in March puts the leap day last, which makes the day-of-year of a
// month a simple linear formula; eras of 400 years repeat exactly (146097 days).
int64_t daysFromCivil(int64_t y, int m, int d) {
  y -= m <= 2;
  int64_t era = floorDiv(y, 400);
  int64_t yearOfEra = y - era * 400;
  int64_t marchMonth = (m + 9) % 12;
  int64_t dayOfYear = (153 * marchMonth + 2) / 5 + d - 1;
  int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

int ordinalDay(const YearMonthDay& ymd) {
  int ordinal = ymd.day;
  for (int m = 1; m < ymd.month; ++m) ordinal += daysInMonth(ymd.year, m);
  return ordinal;
}

// ISO 8601 week-numbering: a week belongs to the year holding its Thursday.
std::pair<int, int> isoWeek(storage::Date d) {
  storage::Date thursday{d.days + 4 - isoDayOfWeek(d)};
  YearMonthDay ymd = ymdFromDate(thursday);
  return {ymd.year, (ordinalDay(ymd) - 1) / 7 + 1};
}

bool parseDigits(std::string_view text, size_t pos, size_t count, int& out) {
  if (pos + count > text.size()) return false;
  out = 0;
  for (size_t i = pos; i < pos + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    out = out * 10 + (text[i] - '0');
  }
  return true;
}

}  // namespace

std::optional<storage::Date> dateFromYmd(const YearMonthDay& ymd) {
  if (ymd.month < 1 || ymd.month > 12) return std::nullopt;
  if (ymd.day < 1 || ymd.day > daysInMonth(ymd.year, ymd.month)) return std::nullopt;
  int64_t days = daysFromCivil(ymd.year, ymd.month, ymd.day);
  if (days < std::numeric_limits<int32_t>::min() || days > std::numeric_limits<int32_t>::max()) {
    return std::nullopt;
  }
  return storage::Date{static_cast<int32_t>(days)};
}

YearMonthDay ymdFromDate(storage::Date d) {
  int64_t z = int64_t{d.days} + 719468;
  int64_t era = floorDiv(z, 146097);
  int64_t dayOfEra = z - era * 146097;
  int64_t yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
  int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
  int64_t marchMonth = (5 * dayOfYear + 2) / 153;
  YearMonthDay out;
  out.day = static_cast<int>(dayOfYear - (153 * marchMonth + 2) / 5 + 1);
  out.month = static_cast<int>(marchMonth < 10 ? marchMonth + 3 : marchMonth - 9);
  out.year = static_cast<int>(yearOfEra + era * 400 + (out.month <= 2));
  return out;
}

std::optional<storage::Date> parseIsoDate(std::string_view text) {
  YearMonthDay ymd;
  bool extended = text.size() == 10 && text[4] == '-' && text[7] == '-';
  bool basic = text.size() == 8;
  if (!extended && !basic) return std::nullopt;
  size_t monthPos = extended ? 5 : 4;
  size_t dayPos = extended ? 8 : 6;
  if (!parseDigits(text, 0, 4, ymd.year) || !parseDigits(text, monthPos, 2, ymd.month) ||
      !parseDigits(text, dayPos, 2, ymd.day)) {
    return std::nullopt;
  }
  return dateFromYmd(ymd);
}

std::string formatIsoDate(storage::Date d) {
  YearMonthDay ymd = ymdFromDate(d);
  char buf[32];
  // Years outside 0..9999 get a sign, as ISO 8601's expanded representation.
  if (ymd.year >= 0 && ymd.year <= 9999) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", ymd.year, ymd.month, ymd.day);
  } else {
    std::snprintf(buf, sizeof buf, "%+05d-%02d-%02d", ymd.year, ymd.month, ymd.day);
  }
  return buf;
}

int isoDayOfWeek(storage::Date d) {
  // 1970-01-01 was a Thursday (4).
  int64_t offset = (int64_t{d.days} + 3) % 7;
  if (offset < 0) offset += 7;
  return static_cast<int>(offset) + 1;
}

Value temporalComponent(const Value& v, std::string_view key) {
  if (v.isNull()) return Value();
  RC_ASSERT(v.kind() == Value::Kind::DATE);
  storage::Date d = v.asDate();
  YearMonthDay ymd = ymdFromDate(d);
  int quarter = (ymd.month - 1) / 3 + 1;
  if (key == "year") return Value(ymd.year);
  if (key == "month") return Value(ymd.month);
  if (key == "day") return Value(ymd.day);
  if (key == "quarter") return Value(quarter);
  if (key == "dayOfWeek" || key == "weekDay") return Value(isoDayOfWeek(d));
  if (key == "ordinalDay") return Value(ordinalDay(ymd));
  if (key == "dayOfQuarter") {
    YearMonthDay start{ymd.year, (quarter - 1) * 3 + 1, 1};
    return Value(int64_t{d.days} - dateFromYmd(start)->days + 1);
  }
  if (key == "week") return Value(isoWeek(d).second);
  if (key == "weekYear") return Value(isoWeek(d).first);
  throw argumentError("InvalidArgumentValue", "Unknown date component `" + std::string(key) + "`");
}

}  // namespace rollcall
