#include "repl/temporal_json.h"

#include "storage/common/temporal/temporal_text.h"
#include "storage/common/temporal/time_zones.h"

namespace rollcall::repl {

const char* temporalTag(Value::Kind kind) {
  switch (kind) {
    case Value::Kind::DATE: return "date";
    case Value::Kind::LOCAL_TIME: return "localtime";
    case Value::Kind::TIME: return "time";
    case Value::Kind::LOCAL_DATETIME: return "localdatetime";
    case Value::Kind::DATETIME: return "datetime";
    case Value::Kind::DURATION: return "duration";
    default: return "";
  }
}

bool isTemporalTag(std::string_view tag) {
  return tag == "date" || tag == "localtime" || tag == "time" || tag == "localdatetime" ||
         tag == "datetime" || tag == "duration";
}

namespace {

template <typename T>
std::optional<Value> wrap(std::optional<T> v) {
  if (!v) return std::nullopt;
  return Value(*v);
}

}  // namespace

std::optional<Value> temporalFromTag(std::string_view tag, std::string_view text) {
  if (tag == "date") return wrap(temporal::parseDate(text));
  if (tag == "localtime") return wrap(temporal::parseLocalTime(text));
  if (tag == "localdatetime") return wrap(temporal::parseLocalDateTime(text));
  if (tag == "datetime") return wrap(temporal::parseResolvedDateTime(text));
  if (tag == "duration") return wrap(temporal::parseDuration(text));
  if (tag == "time") {
    auto t = temporal::parseTime(text);
    if (!t) return std::nullopt;
    return Value(Time{t->nanos, t->offset.value_or(0)});
  }
  return std::nullopt;
}

}  // namespace rollcall::repl
