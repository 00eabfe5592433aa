#pragma once
// The proleptic Gregorian calendar and ISO 8601 week numbering on day numbers (days since
// 1970-01-01; int64, so the arithmetic of far years cannot overflow before it is range-checked).
#include <cstdint>

namespace rollcall::temporal {

// Division rounding toward negative infinity, and its non-negative remainder: dates before
// 1970 and times before midnight land in the right day.
inline int64_t floorDiv(int64_t a, int64_t b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}
inline int64_t floorMod(int64_t a, int64_t b) { return a - floorDiv(a, b) * b; }

struct CivilDate {
  int64_t year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
};

bool isLeapYear(int64_t year);
int daysInMonth(int64_t year, int month);
int daysInYear(int64_t year);
int64_t daysFromCivil(int64_t year, int month, int day);  // no validation
CivilDate civilFromDays(int64_t days);

// ISO weekday: 1 = Monday .. 7 = Sunday.
int isoDayOfWeek(int64_t days);
int ordinalDayOf(int64_t days);  // 1..366
// The ISO week-numbering year and week (1..53) of a day: a week belongs to the year holding its
// Thursday.
struct IsoWeek {
  int64_t weekYear;
  int week;
};
IsoWeek isoWeekOf(int64_t days);
int isoWeeksInYear(int64_t weekYear);  // 52 or 53
// The day of (weekYear, week, dayOfWeek); no validation.
int64_t daysFromIsoWeek(int64_t weekYear, int week, int dayOfWeek);

}  // namespace rollcall::temporal
