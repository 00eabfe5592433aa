// Type names, and conversion between runtime values and stored properties.
#include "engine/common/error.h"
#include "engine/common/value_ops.h"
#include "engine/common/value_temporal.h"

namespace rollcall {
namespace {

using Kind = Value::Kind;
using PType = storage::PropertyValue::Type;

[[noreturn]] void notStorable(const std::string& what) {
  throw typeError("InvalidPropertyType",
                  "Property values can only be of primitive types or "
                  "homogeneous lists of them, not " +
                      what);
}

storage::PropertyValue scalarToProperty(const Value& v) {
  switch (v.kind()) {
    case Kind::BOOL:
      return storage::PropertyValue(v.asBool());
    case Kind::INT:
      return storage::PropertyValue(v.asInt());
    case Kind::FLOAT:
      return storage::PropertyValue(v.asFloat());
    case Kind::STRING:
      return storage::PropertyValue(v.asString());
    default:
      if (v.isTemporal()) return temporalToProperty(v);
      notStorable(typeName(v));
  }
}

storage::PropertyValue listToProperty(const ValueList& items) {
  storage::PropertyList out;
  out.reserve(items.size());
  for (const Value& item : items) {
    if (item.isNull()) notStorable("a list containing null");
    if (item.kind() == Kind::LIST) notStorable("a nested list");
    if (!items.empty() && item.kind() != items.front().kind()) notStorable("a list of mixed types");
    out.push_back(scalarToProperty(item));
  }
  return storage::PropertyValue(std::move(out));
}

}  // namespace

std::string typeName(const Value& v) {
  switch (v.kind()) {
    case Kind::NUL:
      return "Null";
    case Kind::BOOL:
      return "Boolean";
    case Kind::INT:
      return "Integer";
    case Kind::FLOAT:
      return "Float";
    case Kind::STRING:
      return "String";
    case Kind::DATE:
      return "Date";
    case Kind::LIST:
      return "List";
    case Kind::MAP:
      return "Map";
    case Kind::NODE:
      return "Node";
    case Kind::REL:
      return "Relationship";
    case Kind::PATH:
      return "Path";
    case Kind::LOCAL_TIME:
      return "LocalTime";
    case Kind::TIME:
      return "Time";
    case Kind::LOCAL_DATETIME:
      return "LocalDateTime";
    case Kind::DATETIME:
      return "DateTime";
    case Kind::DURATION:
      return "Duration";
  }
  return "Unknown";
}

Value fromProperty(const storage::PropertyValue& p) {
  switch (p.type()) {
    case PType::NUL:
      return Value();
    case PType::BOOL:
      return Value(p.asBool());
    case PType::INT:
      return Value(p.asInt());
    case PType::DOUBLE:
      return Value(p.asDouble());
    case PType::STRING:
      return Value(p.asString());
    case PType::LIST: {
      ValueList out;
      out.reserve(p.asList().size());
      for (const auto& item : p.asList()) out.push_back(fromProperty(item));
      return Value(std::move(out));
    }
    default:
      return temporalFromProperty(p);
  }
}

storage::PropertyValue toProperty(const Value& v) {
  if (v.isNull()) return storage::PropertyValue();
  if (v.kind() == Kind::LIST) return listToProperty(v.asList());
  return scalarToProperty(v);
}

}  // namespace rollcall
