#include "engine/common/temporal_parts.h"

#include "storage/common/temporal/calendar.h"

namespace rollcall {
namespace {

using storage::NANOS_PER_SECOND;
using storage::SECONDS_PER_DAY;

TemporalParts wallClock(int64_t localSeconds, int64_t nanos) {
  TemporalParts p;
  p.days = temporal::floorDiv(localSeconds, SECONDS_PER_DAY);
  p.nanosOfDay = temporal::floorMod(localSeconds, SECONDS_PER_DAY) * NANOS_PER_SECOND + nanos;
  return p;
}

}  // namespace

TemporalParts temporalParts(const Value& v) {
  TemporalParts p;
  switch (v.kind()) {
    case Value::Kind::DATE:
      p.days = v.asDate().days;
      return p;
    case Value::Kind::LOCAL_TIME:
      p.nanosOfDay = v.asLocalTime().nanos;
      return p;
    case Value::Kind::TIME:
      p.nanosOfDay = v.asTime().nanos;
      p.offset = v.asTime().offset;
      return p;
    case Value::Kind::LOCAL_DATETIME:
      return wallClock(v.asLocalDateTime().seconds, v.asLocalDateTime().nanos);
    case Value::Kind::DATETIME: {
      DateTime t = v.asDateTime();
      p = wallClock(t.seconds + t.offset, t.nanos);
      p.offset = t.offset;
      p.zone = t.zone;
      p.epochSeconds = t.seconds;
      p.nanos = t.nanos;
      return p;
    }
    default:
      return p;
  }
}

}  // namespace rollcall
