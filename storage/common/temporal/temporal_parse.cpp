// Reading ISO 8601 temporal text (see temporal_text.h for the accepted forms).
#include <cctype>
#include <cmath>
#include <limits>

#include "storage/common/temporal/calendar.h"
#include "storage/common/temporal/duration_math.h"
#include "storage/common/temporal/temporal_text.h"
#include "storage/common/temporal/time_zones.h"

namespace rollcall::temporal {
namespace {

using storage::NANOS_PER_SECOND;
using storage::SECONDS_PER_DAY;

// Years a Date (int32 days) can hold with room to spare.
constexpr int64_t MAX_YEAR = 999'999;

class Cursor {
 public:
  explicit Cursor(std::string_view text) : text_(text) {}

  bool atEnd() const { return pos_ == text_.size(); }
  char peek() const { return atEnd() ? '\0' : text_[pos_]; }
  bool eat(char c) {
    if (peek() != c) return false;
    ++pos_;
    return true;
  }
  bool isDigit() const { return std::isdigit(static_cast<unsigned char>(peek())) != 0; }
  // The length of the run of digits at the cursor.
  size_t digitRun() const {
    size_t n = 0;
    while (pos_ + n < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_ + n]))) {
      ++n;
    }
    return n;
  }
  // Exactly `count` digits as a number.
  std::optional<int64_t> digits(size_t count) {
    if (digitRun() < count) return std::nullopt;
    int64_t v = 0;
    for (size_t i = 0; i < count; ++i) v = v * 10 + (text_[pos_++] - '0');
    return v;
  }
  // Up to ']' (not included): the bracketed zone name's text.
  std::string_view until(char stop) {
    size_t end = text_.find(stop, pos_);
    if (end == std::string_view::npos) end = text_.size();
    std::string_view out = text_.substr(pos_, end - pos_);
    pos_ = end;
    return out;
  }

 private:
  std::string_view text_;
  size_t pos_ = 0;
};

std::optional<int64_t> dayOfCalendar(int64_t year, int64_t month, int64_t day) {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, int(month))) {
    return std::nullopt;
  }
  return daysFromCivil(year, int(month), int(day));
}

std::optional<int64_t> dayOfWeekDate(int64_t year, int64_t week, int64_t dayOfWeek) {
  if (week < 1 || week > isoWeeksInYear(year) || dayOfWeek < 1 || dayOfWeek > 7) {
    return std::nullopt;
  }
  return daysFromIsoWeek(year, int(week), int(dayOfWeek));
}

std::optional<int64_t> dayOfOrdinal(int64_t year, int64_t ordinal) {
  if (ordinal < 1 || ordinal > daysInYear(year)) return std::nullopt;
  return daysFromCivil(year, 1, 1) + ordinal - 1;
}

std::optional<int64_t> readYear(Cursor& c, bool& signedYear) {
  signedYear = c.peek() == '+' || c.peek() == '-';
  if (!signedYear) return c.digits(4);
  bool negative = c.eat('-');
  if (!negative) c.eat('+');
  size_t run = c.digitRun();
  if (run < 4 || run > 9) return std::nullopt;
  auto year = c.digits(run);
  if (!year || *year > MAX_YEAR) return std::nullopt;
  return negative ? -*year : *year;
}

// The week part after 'W': ww, then a day of the week (1..7), with '-' when extended.
std::optional<int64_t> readWeekDate(Cursor& c, int64_t year, bool extended) {
  auto week = c.digits(2);
  if (!week) return std::nullopt;
  int64_t dayOfWeek = 1;
  if (extended ? c.eat('-') : c.isDigit()) {
    auto d = c.digits(1);
    if (!d) return std::nullopt;
    dayOfWeek = *d;
  }
  return dayOfWeekDate(year, *week, dayOfWeek);
}

// After the year: -MM[-DD], -DDD, -Www[-D] (extended) or MM, MMDD, DDD, Www[D] (basic).
std::optional<int64_t> readDatePart(Cursor& c) {
  bool signedYear = false;
  auto year = readYear(c, signedYear);
  if (!year) return std::nullopt;
  if (c.atEnd() || c.peek() == 'T') return daysFromCivil(*year, 1, 1);
  bool extended = c.eat('-');
  if (!extended && signedYear) return std::nullopt;
  if (c.eat('W')) return readWeekDate(c, *year, extended);
  size_t run = c.digitRun();
  if (run == 3) return dayOfOrdinal(*year, *c.digits(3));
  if (extended && run == 2) {
    int64_t month = *c.digits(2);
    int64_t day = 1;
    if (c.eat('-')) {
      auto d = c.digits(2);
      if (!d) return std::nullopt;
      day = *d;
    }
    return dayOfCalendar(*year, month, day);
  }
  if (!extended && run == 2) return dayOfCalendar(*year, *c.digits(2), 1);
  if (!extended && run == 4) {
    int64_t month = *c.digits(2);
    return dayOfCalendar(*year, month, *c.digits(2));
  }
  return std::nullopt;
}

// hh[[:]mm[[:]ss[(.|,)fraction]]] as nanoseconds of the day.
std::optional<int64_t> readTimePart(Cursor& c) {
  auto hour = c.digits(2);
  if (!hour) return std::nullopt;
  int64_t minute = 0, second = 0, fraction = 0;
  bool extended = c.eat(':');
  if (extended || c.digitRun() >= 2) {
    auto m = c.digits(2);
    if (!m) return std::nullopt;
    minute = *m;
    if (extended ? c.eat(':') : c.digitRun() >= 2) {
      auto s = c.digits(2);
      if (!s) return std::nullopt;
      second = *s;
      if (c.eat('.') || c.eat(',')) {
        size_t run = c.digitRun();
        if (run < 1 || run > 9) return std::nullopt;
        fraction = *c.digits(run);
        for (size_t i = run; i < 9; ++i) fraction *= 10;
      }
    }
  }
  if (*hour > 23 || minute > 59 || second > 59) return std::nullopt;
  return ((*hour * 60 + minute) * 60 + second) * NANOS_PER_SECOND + fraction;
}

std::optional<int32_t> readOffset(Cursor& c) {
  if (c.eat('Z')) return 0;
  int sign = c.eat('-') ? -1 : (c.eat('+') ? 1 : 0);
  if (sign == 0) return std::nullopt;
  auto hours = c.digits(2);
  if (!hours) return std::nullopt;
  int64_t minutes = 0, seconds = 0;
  bool extended = c.eat(':');
  if (extended || c.digitRun() >= 2) {
    auto m = c.digits(2);
    if (!m) return std::nullopt;
    minutes = *m;
    if (extended ? c.eat(':') : c.digitRun() >= 2) {
      auto s = c.digits(2);
      if (!s) return std::nullopt;
      seconds = *s;
    }
  }
  if (minutes > 59 || seconds > 59) return std::nullopt;
  int64_t total = (*hours * 60 + minutes) * 60 + seconds;
  if (total > MAX_OFFSET_SECONDS) return std::nullopt;
  return int32_t(sign * total);
}

bool startsOffset(const Cursor& c) { return c.peek() == 'Z' || c.peek() == '+' || c.peek() == '-'; }

// [Zone/Name]
std::optional<uint32_t> readZone(Cursor& c) {
  if (!c.eat('[')) return std::nullopt;
  std::string_view name = c.until(']');
  if (!c.eat(']')) return std::nullopt;
  return findZone(name);
}

// A signed decimal number: digits with an optional fraction after '.' or ','.
std::optional<DurationAmount> readAmount(Cursor& c) {
  bool negative = c.eat('-');
  if (!negative) c.eat('+');
  size_t run = c.digitRun();
  if (run == 0 || run > 18) return std::nullopt;
  int64_t whole = *c.digits(run);
  if (!c.eat('.') && !c.eat(',')) return DurationAmount::of(negative ? -whole : whole);
  size_t fracRun = c.digitRun();
  if (fracRun == 0 || fracRun > 18) return std::nullopt;
  int64_t frac = *c.digits(fracRun);
  double v = double(whole) + double(frac) / std::pow(10.0, double(fracRun));
  return DurationAmount::of(negative ? -v : v);
}

std::optional<DurationUnit> unitOf(char letter, bool timePart) {
  if (timePart) {
    if (letter == 'H') return DurationUnit::HOURS;
    if (letter == 'M') return DurationUnit::MINUTES;
    if (letter == 'S') return DurationUnit::SECONDS;
    return std::nullopt;
  }
  if (letter == 'Y') return DurationUnit::YEARS;
  if (letter == 'M') return DurationUnit::MONTHS;
  if (letter == 'W') return DurationUnit::WEEKS;
  if (letter == 'D') return DurationUnit::DAYS;
  return std::nullopt;
}

// PnYnMnWnDTnHnMnS: units in this order, each at most once, at least one.
std::optional<Duration> readUnitDuration(Cursor& c) {
  DurationBuilder builder;
  bool timePart = false, any = false;
  int lastUnit = -1;
  while (!c.atEnd()) {
    if (!timePart && c.eat('T')) {
      timePart = true;
      if (c.atEnd()) return std::nullopt;
      continue;
    }
    auto amount = readAmount(c);
    if (!amount) return std::nullopt;
    auto unit = unitOf(c.peek(), timePart);
    if (!unit || int(*unit) <= lastUnit) return std::nullopt;
    c.eat(c.peek());
    lastUnit = int(*unit);
    builder.add(*unit, *amount);
    any = true;
  }
  if (!any) return std::nullopt;
  return builder.build();
}

// P<date>T<time>: the alternative format, each field a count (P2012-02-02T14:37:21.545).
std::optional<Duration> readAlternativeDuration(Cursor& c) {
  auto years = c.digits(4);
  bool extended = c.eat('-');
  auto months = c.digits(2);
  if (!years || !months || (extended && !c.eat('-'))) return std::nullopt;
  auto days = c.digits(2);
  if (!days || *months > 12 || *days > 31) return std::nullopt;
  int64_t nanos = 0;
  if (c.eat('T')) {
    auto time = readTimePart(c);
    if (!time) return std::nullopt;
    nanos = *time;
  }
  if (!c.atEnd()) return std::nullopt;
  DurationBuilder builder;
  builder.add(DurationUnit::YEARS, DurationAmount::of(*years));
  builder.add(DurationUnit::MONTHS, DurationAmount::of(*months));
  builder.add(DurationUnit::DAYS, DurationAmount::of(*days));
  builder.add(DurationUnit::NANOSECONDS, DurationAmount::of(nanos));
  return builder.build();
}

std::optional<Date> toDate(int64_t days) {
  if (days < std::numeric_limits<int32_t>::min() || days > std::numeric_limits<int32_t>::max()) {
    return std::nullopt;
  }
  return Date{int32_t(days)};
}

}  // namespace

std::optional<Date> parseDate(std::string_view text) {
  Cursor c(text);
  auto days = readDatePart(c);
  if (!days || !c.atEnd()) return std::nullopt;
  return toDate(*days);
}

std::optional<LocalTime> parseLocalTime(std::string_view text) {
  Cursor c(text);
  auto nanos = readTimePart(c);
  if (!nanos || !c.atEnd()) return std::nullopt;
  return LocalTime{*nanos};
}

std::optional<ParsedTime> parseTime(std::string_view text) {
  Cursor c(text);
  ParsedTime out;
  auto nanos = readTimePart(c);
  if (!nanos) return std::nullopt;
  out.nanos = *nanos;
  if (startsOffset(c)) {
    out.offset = readOffset(c);
    if (!out.offset) return std::nullopt;
  }
  if (!c.atEnd()) return std::nullopt;
  return out;
}

std::optional<LocalDateTime> parseLocalDateTime(std::string_view text) {
  Cursor c(text);
  auto days = readDatePart(c);
  if (!days) return std::nullopt;
  int64_t nanos = 0;
  if (c.eat('T')) {
    auto time = readTimePart(c);
    if (!time) return std::nullopt;
    nanos = *time;
  }
  if (!c.atEnd() || !toDate(*days)) return std::nullopt;
  return LocalDateTime{*days * SECONDS_PER_DAY + nanos / NANOS_PER_SECOND,
                       int32_t(nanos % NANOS_PER_SECOND)};
}

std::optional<ParsedDateTime> parseDateTime(std::string_view text) {
  Cursor c(text);
  ParsedDateTime out;
  auto days = readDatePart(c);
  if (!days || !toDate(*days)) return std::nullopt;
  out.days = *days;
  if (c.eat('T')) {
    auto time = readTimePart(c);
    if (!time) return std::nullopt;
    out.nanos = *time;
    if (startsOffset(c)) {
      out.offset = readOffset(c);
      if (!out.offset) return std::nullopt;
    }
  }
  if (c.peek() == '[') {
    auto zone = readZone(c);
    if (!zone) return std::nullopt;
    out.zone = *zone;
  }
  if (!c.atEnd()) return std::nullopt;
  return out;
}

std::optional<Duration> parseDuration(std::string_view text) {
  Cursor c(text);
  if (!c.eat('P')) return std::nullopt;
  // The alternative format starts with a four-digit year followed by '-' or more digits; the
  // unit format's first number is followed by a unit letter.
  size_t run = c.digitRun();
  if (run >= 4 && text.size() > 1 + run && (text[1 + run] == '-' || text[1 + run] == 'T' ||
                                             run == 8)) {
    return readAlternativeDuration(c);
  }
  return readUnitDuration(c);
}

std::optional<int32_t> parseOffset(std::string_view text) {
  Cursor c(text);
  auto offset = readOffset(c);
  if (!offset || !c.atEnd()) return std::nullopt;
  return offset;
}

}  // namespace rollcall::temporal
