#include "loaders/export/value_text.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "engine/common/date.h"
#include "engine/common/error.h"
#include "storage/common/property_format.h"

namespace rollcall::loaders {

using storage::PropertyValue;
using Type = PropertyValue::Type;

void appendInt(std::string& out, int64_t i) {
  char buf[24];
  auto end = std::to_chars(buf, buf + sizeof buf, i).ptr;
  out.append(buf, end);
}

void appendFloat(std::string& out, double d) {
  if (std::isnan(d)) return out.append("NaN"), void();
  if (std::isinf(d)) return out.append(d > 0 ? "Infinity" : "-Infinity"), void();
  char buf[32];
  auto end = std::to_chars(buf, buf + sizeof buf, d).ptr;
  std::string_view text(buf, size_t(end - buf));
  out.append(text);
  if (text.find_first_of(".e") == std::string_view::npos) out.append(".0");
}

const std::string& checkedText(const std::string& s) {
  if (s.find('\0') != std::string::npos) {
    throw CypherError(ErrorClass::EXPORT_ERROR, "NulCharacter",
                      "a string value holds a NUL character, which SQL text cannot hold: '" +
                          s.substr(0, std::min<size_t>(s.find('\0'), 40)) + "\\0...'");
  }
  return s;
}

namespace {

void appendJsonString(std::string& out, const std::string& s) {
  out.push_back('"');
  for (unsigned char c : checkedText(s)) {
    switch (c) {
      case '"': out.append("\\\""); break;
      case '\\': out.append("\\\\"); break;
      case '\n': out.append("\\n"); break;
      case '\r': out.append("\\r"); break;
      case '\t': out.append("\\t"); break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out.append(buf);
        } else {
          out.push_back(char(c));
        }
    }
  }
  out.push_back('"');
}

}  // namespace

void appendJson(std::string& out, const PropertyValue& v) {
  switch (v.type()) {
    case Type::NUL: out.append("null"); return;
    case Type::BOOL: out.append(v.asBool() ? "true" : "false"); return;
    case Type::INT: appendInt(out, v.asInt()); return;
    case Type::DOUBLE:
      // JSON has no Infinity or NaN: they go as strings, as PostgreSQL's jsonb would refuse them.
      if (!std::isfinite(v.asDouble())) {
        out.push_back('"');
        appendFloat(out, v.asDouble());
        out.push_back('"');
        return;
      }
      appendFloat(out, v.asDouble());
      return;
    case Type::STRING: appendJsonString(out, v.asString()); return;
    case Type::DATE: out.append("\"" + formatIsoDate(v.asDate()) + "\""); return;
    case Type::LOCAL_TIME:
    case Type::TIME:
    case Type::LOCAL_DATETIME:
    case Type::DATETIME:
    case Type::DURATION: appendJsonString(out, storage::formatValue(v)); return;
    case Type::LIST: {
      out.push_back('[');
      bool first = true;
      for (const PropertyValue& e : v.asList()) {
        if (!first) out.push_back(',');
        first = false;
        appendJson(out, e);
      }
      out.push_back(']');
      return;
    }
  }
}

bool isTimeValue(const PropertyValue& v) {
  switch (v.type()) {
    case Type::LOCAL_TIME:
    case Type::TIME:
    case Type::LOCAL_DATETIME:
    case Type::DATETIME:
    case Type::DURATION: return true;
    default: return false;
  }
}

void appendSqlTemporal(std::string& out, const PropertyValue& v) {
  std::string text = storage::formatValue(v);
  if (v.type() == Type::DATETIME) text.erase(std::min(text.find('['), text.size()));
  out.append(text);
}

void appendText(std::string& out, const PropertyValue& v) {
  switch (v.type()) {
    case Type::BOOL: out.append(v.asBool() ? "true" : "false"); return;
    case Type::INT: appendInt(out, v.asInt()); return;
    case Type::DOUBLE: appendFloat(out, v.asDouble()); return;
    case Type::STRING: out.append(checkedText(v.asString())); return;
    case Type::DATE: out.append(formatIsoDate(v.asDate())); return;
    // ISO 8601 text, which SQL's time and timestamp types and interval (PostgreSQL) read.
    case Type::LOCAL_TIME:
    case Type::TIME:
    case Type::LOCAL_DATETIME:
    case Type::DATETIME:
    case Type::DURATION: out.append(storage::formatValue(v)); return;
    case Type::NUL:
    case Type::LIST: appendJson(out, v); return;
  }
}

}  // namespace rollcall::loaders
