#include "storage/common/property_format.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

#include "storage/common/temporal/temporal_text.h"

namespace rollcall::storage {

std::string formatDate(Date date) { return temporal::formatDate(date); }

std::string formatValue(const PropertyValue& value) {
  using Type = PropertyValue::Type;
  switch (value.type()) {
    case Type::NUL:
      return "null";
    case Type::BOOL:
      return value.asBool() ? "true" : "false";
    case Type::INT:
      return std::to_string(value.asInt());
    case Type::DOUBLE: {
      std::ostringstream os;
      os.precision(17);
      os << value.asDouble();
      // As Cypher writes floats: 1.0, not 1, which would read as the integer it now collides with
      // in a unique index.
      std::string text = os.str();
      bool integral = text.find_first_not_of("-0123456789") == std::string::npos;
      return integral ? text + ".0" : text;
    }
    case Type::STRING:
      return "'" + value.asString() + "'";
    case Type::DATE:
      return formatDate(value.asDate());
    case Type::LOCAL_TIME:
      return temporal::formatLocalTime(value.asLocalTime());
    case Type::TIME:
      return temporal::formatTime(value.asTime());
    case Type::LOCAL_DATETIME:
      return temporal::formatLocalDateTime(value.asLocalDateTime());
    case Type::DATETIME:
      return temporal::formatDateTime(value.asDateTime());
    case Type::DURATION:
      return temporal::formatDuration(value.asDuration());
    case Type::LIST: {
      std::string out = "[";
      for (const auto& item : value.asList()) {
        if (out.size() > 1) out += ", ";
        out += formatValue(item);
      }
      return out + "]";
    }
  }
  return "?";
}

void normaliseProperties(Properties& properties) {
  std::stable_sort(properties.begin(), properties.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  Properties out;
  out.reserve(properties.size());
  for (auto& entry : properties) {
    if (!out.empty() && out.back().first == entry.first) out.pop_back();
    out.push_back(std::move(entry));
  }
  std::erase_if(out, [](const auto& e) { return e.second.isNull(); });
  properties = std::move(out);
}

}  // namespace rollcall::storage
