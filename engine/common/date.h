#pragma once
// Calendar arithmetic on storage::Date (days since 1970-01-01, proleptic Gregorian).
#include <optional>
#include <string>
#include <string_view>

#include "engine/common/temporal_components.h"  // temporalComponent, once declared here
#include "engine/common/value.h"
#include "storage/common/property_value.h"

namespace rollcall {

struct YearMonthDay {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
};

std::optional<storage::Date> dateFromYmd(const YearMonthDay& ymd);  // nullopt if invalid
YearMonthDay ymdFromDate(storage::Date d);
// ISO 8601 calendar dates: "2024-05-01" and "20240501"; nullopt when malformed or invalid.
std::optional<storage::Date> parseIsoDate(std::string_view text);
std::string formatIsoDate(storage::Date d);  // "2024-05-01"

// ISO weekday of a date: 1 = Monday .. 7 = Sunday.
int isoDayOfWeek(storage::Date d);


}  // namespace rollcall
