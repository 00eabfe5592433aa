#include "storage/common/property_format.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace rollcall::storage {

// Days since the epoch to a civil date (Howard Hinnant's well-known algorithm).
std::string formatDate(Date date) {
  int64_t z = int64_t(date.days) + 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int64_t day = doy - (153 * mp + 2) / 5 + 1;
  int64_t month = mp < 10 ? mp + 3 : mp - 9;
  int64_t year = yoe + era * 400 + (month <= 2);
  char buf[80];  // room for any int64 year, month and day
  std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lld", (long long)year, (long long)month,
                (long long)day);
  return buf;
}

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
