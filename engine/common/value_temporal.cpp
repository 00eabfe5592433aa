#include "engine/common/value_temporal.h"

#include <tuple>

#include "storage/common/value_hash.h"

#include "storage/common/temporal_types.h"

namespace rollcall {
namespace {

using Kind = Value::Kind;
using storage::NANOS_PER_SECOND;

int sign(auto a, auto b) { return a < b ? -1 : (a > b ? 1 : 0); }

int zoneOrder(uint32_t a, uint32_t b) {
  if (a == b) return 0;
  if (a == 0 || b == 0) return a == 0 ? -1 : 1;
  return sign(storage::zoneName(a).compare(storage::zoneName(b)), 0);
}

// A time's clock read in UTC.
int64_t utcNanos(Time t) { return t.nanos - int64_t(t.offset) * NANOS_PER_SECOND; }

}  // namespace

bool temporalEquals(const Value& a, const Value& b) {
  switch (a.kind()) {
    case Kind::DATE: return a.asDate() == b.asDate();
    case Kind::LOCAL_TIME: return a.asLocalTime() == b.asLocalTime();
    case Kind::TIME: return a.asTime() == b.asTime();
    case Kind::LOCAL_DATETIME: return a.asLocalDateTime() == b.asLocalDateTime();
    case Kind::DATETIME: return a.asDateTime() == b.asDateTime();
    case Kind::DURATION: return a.asDuration() == b.asDuration();
    default: return false;
  }
}

std::optional<int> temporalCompare(const Value& a, const Value& b) {
  switch (a.kind()) {
    case Kind::DATE: return sign(a.asDate().days, b.asDate().days);
    case Kind::LOCAL_TIME: return sign(a.asLocalTime().nanos, b.asLocalTime().nanos);
    case Kind::TIME: {
      Time x = a.asTime(), y = b.asTime();
      return sign(std::tuple(utcNanos(x), x.offset), std::tuple(utcNanos(y), y.offset));
    }
    case Kind::LOCAL_DATETIME: {
      LocalDateTime x = a.asLocalDateTime(), y = b.asLocalDateTime();
      return sign(std::tuple(x.seconds, x.nanos), std::tuple(y.seconds, y.nanos));
    }
    case Kind::DATETIME: {
      DateTime x = a.asDateTime(), y = b.asDateTime();
      if (int c = sign(std::tuple(x.seconds, x.nanos, x.offset),
                       std::tuple(y.seconds, y.nanos, y.offset))) {
        return c;
      }
      return zoneOrder(x.zone, y.zone);
    }
    default: return std::nullopt;
  }
}

int temporalOrder(const Value& a, const Value& b) {
  if (a.kind() != Kind::DURATION) return *temporalCompare(a, b);
  Duration x = a.asDuration(), y = b.asDuration();
  return sign(std::tuple(x.months, x.days, x.seconds, x.nanos),
              std::tuple(y.months, y.days, y.seconds, y.nanos));
}

size_t temporalHash(const Value& v) { return storage::hashValue(temporalToProperty(v)); }

storage::PropertyValue temporalToProperty(const Value& v) {
  switch (v.kind()) {
    case Kind::DATE: return v.asDate();
    case Kind::LOCAL_TIME: return v.asLocalTime();
    case Kind::TIME: return v.asTime();
    case Kind::LOCAL_DATETIME: return v.asLocalDateTime();
    case Kind::DATETIME: return v.asDateTime();
    case Kind::DURATION: return v.asDuration();
    default: return {};
  }
}

Value temporalFromProperty(const storage::PropertyValue& p) {
  using Type = storage::PropertyValue::Type;
  switch (p.type()) {
    case Type::DATE: return p.asDate();
    case Type::LOCAL_TIME: return p.asLocalTime();
    case Type::TIME: return p.asTime();
    case Type::LOCAL_DATETIME: return p.asLocalDateTime();
    case Type::DATETIME: return p.asDateTime();
    case Type::DURATION: return p.asDuration();
    default: return {};
  }
}

}  // namespace rollcall
