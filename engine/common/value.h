#pragma once
// The engine's runtime value: what expressions evaluate to and what result rows hold.
// Nodes and relationships are carried by id; their labels, type and properties are read through
// the transaction when an expression needs them. A query result fills `snapshot` so that printers
// can show entities after the transaction has ended.
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "storage/common/property_value.h"
#include "storage/common/types.h"

namespace rollcall {

using storage::Date;
using storage::DateTime;
using storage::Duration;
using storage::LocalDateTime;
using storage::LocalTime;
using storage::Time;
class Value;
using ValueList = std::vector<Value>;
// Sorted by key, keys unique.
using ValueMap = std::vector<std::pair<std::string, Value>>;

struct NodeSnapshot {
  std::vector<std::string> labels;  // sorted
  ValueMap properties;
};
struct RelSnapshot {
  std::string type;
  ValueMap properties;
};

struct NodeValue {
  storage::NodeId id = 0;
  std::shared_ptr<const NodeSnapshot> snapshot;  // set only in query results
};
struct RelValue {
  storage::RelId id = 0;
  storage::RelTypeId type = 0;
  storage::NodeId start = 0;
  storage::NodeId end = 0;
  std::shared_ptr<const RelSnapshot> snapshot;  // set only in query results
};
// nodes.size() == rels.size() + 1; rels[i] joins nodes[i] and nodes[i + 1] in either direction.
struct PathValue {
  std::vector<NodeValue> nodes;
  std::vector<RelValue> rels;
};

class Value {
 public:
  // Order matches the variant's alternatives.
  enum class Kind : uint8_t {
    NUL = 0, BOOL, INT, FLOAT, STRING, DATE, LIST, MAP, NODE, REL, PATH, LOCAL_TIME, TIME,
    LOCAL_DATETIME, DATETIME, DURATION
  };

  Value() = default;
  static Value null() { return Value(); }
  Value(bool b) : v_(b) {}
  Value(int64_t i) : v_(i) {}
  Value(int i) : v_(int64_t{i}) {}
  Value(double d) : v_(d) {}
  Value(std::string s) : v_(std::move(s)) {}
  Value(const char* s) : v_(std::string(s)) {}
  Value(Date d) : v_(d) {}
  Value(LocalTime t) : v_(t) {}
  Value(Time t) : v_(t) {}
  Value(LocalDateTime t) : v_(t) {}
  Value(DateTime t) : v_(t) {}
  Value(Duration d) : v_(d) {}
  Value(ValueList l) : v_(std::make_shared<const ValueList>(std::move(l))) {}
  Value(ValueMap m);  // sorts by key; a later duplicate key wins
  Value(NodeValue n) : v_(std::move(n)) {}
  Value(RelValue r) : v_(std::move(r)) {}
  Value(PathValue p) : v_(std::make_shared<const PathValue>(std::move(p))) {}

  Kind kind() const { return static_cast<Kind>(v_.index()); }
  bool isNull() const { return kind() == Kind::NUL; }
  bool isNumber() const { return kind() == Kind::INT || kind() == Kind::FLOAT; }

  bool asBool() const { return std::get<bool>(v_); }
  int64_t asInt() const { return std::get<int64_t>(v_); }
  double asFloat() const { return std::get<double>(v_); }
  // INT or FLOAT as double.
  double asNumber() const { return kind() == Kind::INT ? double(asInt()) : asFloat(); }
  const std::string& asString() const { return std::get<std::string>(v_); }
  Date asDate() const { return std::get<Date>(v_); }
  const ValueList& asList() const { return *std::get<ListPtr>(v_); }
  const ValueMap& asMap() const { return *std::get<MapPtr>(v_); }
  const NodeValue& asNode() const { return std::get<NodeValue>(v_); }
  const RelValue& asRel() const { return std::get<RelValue>(v_); }
  const PathValue& asPath() const { return *std::get<PathPtr>(v_); }
  LocalTime asLocalTime() const { return std::get<LocalTime>(v_); }
  Time asTime() const { return std::get<Time>(v_); }
  LocalDateTime asLocalDateTime() const { return std::get<LocalDateTime>(v_); }
  DateTime asDateTime() const { return std::get<DateTime>(v_); }
  Duration asDuration() const { return std::get<Duration>(v_); }
  // DATE and the five kinds after PATH.
  bool isTemporal() const { return kind() == Kind::DATE || kind() >= Kind::LOCAL_TIME; }

  // Map lookup by key; null when absent. Requires kind() == MAP.
  const Value* mapGet(std::string_view key) const;

 private:
  using ListPtr = std::shared_ptr<const ValueList>;
  using MapPtr = std::shared_ptr<const ValueMap>;
  using PathPtr = std::shared_ptr<const PathValue>;
  std::variant<std::monostate, bool, int64_t, double, std::string, Date, ListPtr, MapPtr,
               NodeValue, RelValue, PathPtr, LocalTime, Time, LocalDateTime, DateTime, Duration>
      v_;
};

}  // namespace rollcall
