#pragma once
// A stored property value: null, bool, int64, double, string, a temporal value (date, local
// time, time, local date-time, date-time, duration), or a list of these.
// The engine's richer runtime Value converts to and from this type.
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "storage/common/temporal_types.h"
#include "storage/common/types.h"

namespace rollcall::storage {

// A calendar date as days since 1970-01-01 (proleptic Gregorian).
struct Date {
  int32_t days = 0;
  bool operator==(const Date&) const = default;
  auto operator<=>(const Date&) const = default;
};

class PropertyValue;
using PropertyList = std::vector<PropertyValue>;

class PropertyValue {
 public:
  // The numbers are stored (property_codec.cpp): new types go at the end.
  enum class Type : uint8_t {
    NUL = 0, BOOL, INT, DOUBLE, STRING, DATE, LIST, LOCAL_TIME, TIME, LOCAL_DATETIME, DATETIME,
    DURATION
  };

  PropertyValue() = default;
  PropertyValue(bool b) : v_(b) {}
  PropertyValue(int64_t i) : v_(i) {}
  PropertyValue(int i) : v_(int64_t{i}) {}
  PropertyValue(double d) : v_(d) {}
  PropertyValue(std::string s) : v_(std::move(s)) {}
  PropertyValue(const char* s) : v_(std::string(s)) {}
  PropertyValue(Date d) : v_(d) {}
  PropertyValue(LocalTime t) : v_(t) {}
  PropertyValue(Time t) : v_(t) {}
  PropertyValue(LocalDateTime t) : v_(t) {}
  PropertyValue(DateTime t) : v_(t) {}
  PropertyValue(Duration d) : v_(d) {}
  PropertyValue(PropertyList l) : v_(std::make_shared<const PropertyList>(std::move(l))) {}

  Type type() const { return static_cast<Type>(v_.index()); }
  bool isNull() const { return type() == Type::NUL; }
  bool asBool() const { return std::get<bool>(v_); }
  int64_t asInt() const { return std::get<int64_t>(v_); }
  double asDouble() const { return std::get<double>(v_); }
  const std::string& asString() const { return std::get<std::string>(v_); }
  Date asDate() const { return std::get<Date>(v_); }
  const PropertyList& asList() const { return *std::get<ListPtr>(v_); }
  LocalTime asLocalTime() const { return std::get<LocalTime>(v_); }
  Time asTime() const { return std::get<Time>(v_); }
  LocalDateTime asLocalDateTime() const { return std::get<LocalDateTime>(v_); }
  DateTime asDateTime() const { return std::get<DateTime>(v_); }
  Duration asDuration() const { return std::get<Duration>(v_); }

  // Structural equality (1 and 1.0 differ, lists compare element-wise). Used by storage for
  // index keys and uniqueness; Cypher's own equality lives in the engine.
  bool operator==(const PropertyValue& o) const;

 private:
  using ListPtr = std::shared_ptr<const PropertyList>;
  std::variant<std::monostate, bool, int64_t, double, std::string, Date, ListPtr, LocalTime, Time,
               LocalDateTime, DateTime, Duration>
      v_;
};

// Properties of one entity, sorted by key id, no null values (null means "absent").
using Properties = std::vector<std::pair<PropKeyId, PropertyValue>>;

}  // namespace rollcall::storage
