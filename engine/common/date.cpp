#include "engine/common/date.h"

#include <cstdint>
#include <limits>

#include "engine/common/error.h"
#include "storage/common/temporal/calendar.h"
#include "storage/common/temporal/temporal_text.h"

namespace rollcall {
namespace {

int ordinalDay(const YearMonthDay& ymd) {
  return int(temporal::daysFromCivil(ymd.year, ymd.month, ymd.day) -
             temporal::daysFromCivil(ymd.year, 1, 1)) + 1;
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
  if (ymd.day < 1 || ymd.day > temporal::daysInMonth(ymd.year, ymd.month)) return std::nullopt;
  int64_t days = temporal::daysFromCivil(ymd.year, ymd.month, ymd.day);
  if (days < std::numeric_limits<int32_t>::min() || days > std::numeric_limits<int32_t>::max()) {
    return std::nullopt;
  }
  return storage::Date{static_cast<int32_t>(days)};
}

YearMonthDay ymdFromDate(storage::Date d) {
  temporal::CivilDate c = temporal::civilFromDays(d.days);
  return {int(c.year), c.month, c.day};
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

std::string formatIsoDate(storage::Date d) { return temporal::formatDate(d); }

int isoDayOfWeek(storage::Date d) { return temporal::isoDayOfWeek(d.days); }

}  // namespace rollcall
