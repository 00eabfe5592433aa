#include "storage/common/temporal/calendar.h"

namespace rollcall::temporal {

bool isLeapYear(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int64_t year, int month) {
  static constexpr int DAYS[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && isLeapYear(year) ? 29 : DAYS[month - 1];
}

int daysInYear(int64_t year) { return isLeapYear(year) ? 366 : 365; }

// Shifting the year to start in March puts the leap day last, which makes the day-of-year of a
// month a linear formula; eras of 400 years repeat exactly (146,097 days).
int64_t daysFromCivil(int64_t y, int m, int d) {
  y -= m <= 2;
  int64_t era = floorDiv(y, 400);
  int64_t yearOfEra = y - era * 400;
  int64_t marchMonth = (m + 9) % 12;
  int64_t dayOfYear = (153 * marchMonth + 2) / 5 + d - 1;
  int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

CivilDate civilFromDays(int64_t days) {
  int64_t z = days + 719468;
  int64_t era = floorDiv(z, 146097);
  int64_t dayOfEra = z - era * 146097;
  int64_t yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
  int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
  int64_t marchMonth = (5 * dayOfYear + 2) / 153;
  CivilDate out;
  out.day = int(dayOfYear - (153 * marchMonth + 2) / 5 + 1);
  out.month = int(marchMonth < 10 ? marchMonth + 3 : marchMonth - 9);
  out.year = yearOfEra + era * 400 + (out.month <= 2);
  return out;
}

// 1970-01-01 was a Thursday (4).
int isoDayOfWeek(int64_t days) { return int(floorMod(days + 3, 7)) + 1; }

int ordinalDayOf(int64_t days) {
  return int(days - daysFromCivil(civilFromDays(days).year, 1, 1)) + 1;
}

IsoWeek isoWeekOf(int64_t days) {
  int64_t thursday = days + 4 - isoDayOfWeek(days);
  return {civilFromDays(thursday).year, (ordinalDayOf(thursday) - 1) / 7 + 1};
}

// A year has 53 weeks when its last Thursday falls in week 53, that is when December 28th
// (always in the last week) is in week 53.
int isoWeeksInYear(int64_t weekYear) { return isoWeekOf(daysFromCivil(weekYear, 12, 28)).week; }

int64_t daysFromIsoWeek(int64_t weekYear, int week, int dayOfWeek) {
  // January 4th is always in week 1.
  int64_t jan4 = daysFromCivil(weekYear, 1, 4);
  int64_t week1Monday = jan4 - (isoDayOfWeek(jan4) - 1);
  return week1Monday + int64_t(week - 1) * 7 + (dayOfWeek - 1);
}

}  // namespace rollcall::temporal
