#include "loaders/export/column_type.h"

#include <optional>

namespace rollcall::loaders {

using storage::PropertyValue;
using Type = PropertyValue::Type;

void TypeSet::add(const PropertyValue& value) {
  if (value.isNull()) return;
  seen_ |= bit(value.type());
  if (value.type() != Type::LIST) return;
  for (const PropertyValue& element : value.asList()) {
    if (element.type() == Type::LIST) nested_ = true;
    if (!element.isNull()) elements_ |= bit(element.type());
  }
}

void TypeSet::merge(const TypeSet& other) {
  seen_ |= other.seen_;
  elements_ |= other.elements_;
  nested_ = nested_ || other.nested_;
}

namespace {

// One scalar type for a set of storage types, if there is one.
std::optional<ScalarType> scalarOf(uint32_t types) {
  auto bit = [](Type t) { return 1u << uint32_t(t); };
  uint32_t numeric = bit(Type::INT) | bit(Type::DOUBLE);
  if (types == bit(Type::INT)) return ScalarType::INTEGER;
  if (types != 0 && (types & ~numeric) == 0) return ScalarType::FLOAT;
  if (types == bit(Type::STRING)) return ScalarType::TEXT;
  if (types == bit(Type::BOOL)) return ScalarType::BOOLEAN;
  if (types == bit(Type::DATE)) return ScalarType::DATE;
  if (types == bit(Type::LOCAL_TIME)) return ScalarType::LOCAL_TIME;
  if (types == bit(Type::TIME)) return ScalarType::TIME;
  if (types == bit(Type::LOCAL_DATETIME)) return ScalarType::LOCAL_DATETIME;
  if (types == bit(Type::DATETIME)) return ScalarType::DATETIME;
  if (types == bit(Type::DURATION)) return ScalarType::DURATION;
  return std::nullopt;
}

}  // namespace

ColumnType TypeSet::resolve() const {
  uint32_t listBit = bit(Type::LIST);
  if (seen_ == listBit) {
    // Lists that are all empty have no element type: text arrays are the most general.
    if (elements_ == 0) return {ScalarType::TEXT, true, false};
    auto element = nested_ ? std::nullopt : scalarOf(elements_);
    if (element) return {*element, true, false};
    return {ScalarType::TEXT, true, true};
  }
  if (seen_ & listBit) return {ScalarType::TEXT, false, true};
  auto scalar = scalarOf(seen_);
  if (scalar) return {*scalar, false, false};
  return {ScalarType::TEXT, false, seen_ != 0};
}

std::string TypeSet::describe() const {
  // Indexed by PropertyValue::Type.
  static const char* const NAMES[] = {"NULL", "BOOLEAN",    "INTEGER", "FLOAT",
                                      "STRING", "DATE",     "LIST",    "LOCAL TIME",
                                      "TIME", "LOCAL DATETIME", "DATETIME", "DURATION"};
  std::string out;
  for (uint32_t t = 1; t <= uint32_t(Type::DURATION); ++t) {
    if (!(seen_ & (1u << t))) continue;
    if (!out.empty()) out += ", ";
    out += NAMES[t];
  }
  if ((seen_ & bit(Type::LIST)) && resolve().mixed && resolve().list) out += " (mixed elements)";
  return out;
}

}  // namespace rollcall::loaders
