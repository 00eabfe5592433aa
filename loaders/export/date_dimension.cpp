#include "loaders/export/date_dimension.h"

#include "engine/common/date.h"

namespace rollcall::loaders {

using storage::Date;
using storage::PropertyValue;

namespace {

const ColumnType INT{ScalarType::INTEGER, false, false};
const ColumnType TEXT{ScalarType::TEXT, false, false};

const char* const MONTHS[] = {"January", "February", "March",     "April",   "May",      "June",
                              "July",    "August",   "September", "October", "November", "December"};
const char* const WEEKDAYS[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                "Friday", "Saturday", "Sunday"};

// ISO 8601 week: the week belongs to the year of its Thursday.
std::pair<int, int> isoWeek(Date d) {
  Date thursday{d.days + 4 - isoDayOfWeek(d)};
  int year = ymdFromDate(thursday).year;
  Date jan1 = *dateFromYmd({year, 1, 1});
  return {year, (thursday.days - jan1.days) / 7 + 1};
}

void writeDay(Date d, RowSink& sink) {
  YearMonthDay ymd = ymdFromDate(d);
  int weekday = isoDayOfWeek(d);
  auto [isoYear, week] = isoWeek(d);
  sink.value(PropertyValue(dateKey(d)));
  sink.value(PropertyValue(d));
  for (int part : {ymd.year, (ymd.month - 1) / 3 + 1, ymd.month}) sink.value(PropertyValue(part));
  sink.value(PropertyValue(MONTHS[ymd.month - 1]));
  sink.value(PropertyValue(ymd.day));
  for (int part : {isoYear, week, weekday}) sink.value(PropertyValue(part));
  sink.value(PropertyValue(WEEKDAYS[weekday - 1]));
  sink.value(PropertyValue(weekday >= 6));
  sink.endRow();
}

}  // namespace

int64_t dateKey(Date d) {
  YearMonthDay ymd = ymdFromDate(d);
  return int64_t(ymd.year) * 10000 + ymd.month * 100 + ymd.day;
}

TableSpec dateDimension(Date first, Date last) {
  TableSpec t;
  t.name = "dim_date";
  t.comment = "One row per calendar day from the first to the last session.";
  t.columns = {{"date_key", INT, true},  {"date", {ScalarType::DATE, false, false}, true},
               {"year", INT, true},      {"quarter", INT, true},
               {"month", INT, true},     {"month_name", TEXT, true},
               {"day", INT, true},       {"iso_year", INT, true},
               {"iso_week", INT, true},  {"weekday", INT, true},
               {"weekday_name", TEXT, true}, {"is_weekend", {ScalarType::BOOLEAN, false, false}, true}};
  t.primaryKey = {"date_key"};
  t.expectedRows = first <= last ? uint64_t(last.days - first.days + 1) : 0;
  t.rows = [first, last](RowSink& sink) {
    for (int32_t day = first.days; day <= last.days; ++day) writeDay(Date{day}, sink);
  };
  return t;
}

}  // namespace rollcall::loaders
