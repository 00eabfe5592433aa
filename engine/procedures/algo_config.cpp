#include "engine/procedures/algo_config.h"

#include <cmath>
#include <sstream>

#include "engine/common/error.h"
#include "engine/common/value_ops.h"
#include "engine/exec/exec_context.h"
#include "storage/catalog/catalog.h"

namespace rollcall {

namespace an = storage::analytics;

namespace {
std::string formatNumber(double d) {
  std::ostringstream out;
  out << d;
  return out.str();
}
}  // namespace

AlgoConfig::AlgoConfig(std::string_view procedure, const Value& map, uint32_t offset)
    : procedure_(procedure), map_(map), offset_(offset) {}

void AlgoConfig::fail(std::string_view key, const std::string& why) const {
  throw argumentError("InvalidArgumentValue",
                      procedure_ + ": configuration key `" + std::string(key) + "` " + why,
                      offset_);
}

const Value* AlgoConfig::find(std::string_view key) {
  asked_.insert(std::string(key));
  const Value* v = map_.mapGet(key);
  return v && !v->isNull() ? v : nullptr;
}

const Value& AlgoConfig::raw(std::string_view key) {
  static const Value null;
  const Value* v = find(key);
  return v ? *v : null;
}

double AlgoConfig::number(std::string_view key, double fallback, double min, double max) {
  const Value* v = find(key);
  if (!v) return fallback;
  if (!v->isNumber()) fail(key, "must be a number, not " + typeName(*v));
  double d = v->asNumber();
  if (!(d >= min && d <= max)) {
    fail(key, "must be between " + formatNumber(min) + " and " + formatNumber(max) + ", not " +
                  formatNumber(d));
  }
  return d;
}

std::optional<int64_t> AlgoConfig::optionalInteger(std::string_view key, int64_t min,
                                                   int64_t max) {
  const Value* v = find(key);
  if (!v) return std::nullopt;
  if (v->kind() != Value::Kind::INT) fail(key, "must be an integer, not " + typeName(*v));
  if (v->asInt() < min || v->asInt() > max) {
    fail(key, "must be between " + std::to_string(min) + " and " + std::to_string(max) +
                  ", not " + std::to_string(v->asInt()));
  }
  return v->asInt();
}

int64_t AlgoConfig::integer(std::string_view key, int64_t fallback, int64_t min, int64_t max) {
  return optionalInteger(key, min, max).value_or(fallback);
}

bool AlgoConfig::boolean(std::string_view key, bool fallback) {
  const Value* v = find(key);
  if (!v) return fallback;
  if (v->kind() != Value::Kind::BOOL) fail(key, "must be true or false, not " + typeName(*v));
  return v->asBool();
}

std::optional<std::string> AlgoConfig::string(std::string_view key) {
  const Value* v = find(key);
  if (!v) return std::nullopt;
  if (v->kind() != Value::Kind::STRING) fail(key, "must be a string, not " + typeName(*v));
  return v->asString();
}

std::vector<std::string> AlgoConfig::names(std::string_view key) {
  const Value* v = find(key);
  if (!v) return {};
  if (v->kind() == Value::Kind::STRING) return {v->asString()};
  std::vector<std::string> out;
  if (v->kind() == Value::Kind::LIST) {
    for (const Value& item : v->asList()) {
      if (item.kind() != Value::Kind::STRING) break;
      out.push_back(item.asString());
    }
    if (out.size() == v->asList().size()) return out;
  }
  fail(key, "must be a name or a list of names");
}

void AlgoConfig::finish() {
  for (const auto& [key, value] : map_.asMap()) {
    if (asked_.count(key)) continue;
    std::string known;
    for (const auto& k : asked_) known += (known.empty() ? "" : ", ") + k;
    fail(key, "is not known; the keys are: " + known);
  }
}

namespace {

an::Orientation readOrientation(AlgoConfig& config, an::Orientation fallback, bool fixed) {
  auto text = config.string("direction");
  if (!text) return fallback;
  std::string d = *text;
  for (char& c : d) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  an::Orientation o;
  if (d == "OUT" || d == "OUTGOING" || d == "NATURAL") {
    o = an::Orientation::NATURAL;
  } else if (d == "IN" || d == "INCOMING" || d == "REVERSE") {
    o = an::Orientation::REVERSE;
  } else if (d == "BOTH" || d == "UNDIRECTED") {
    o = an::Orientation::UNDIRECTED;
  } else {
    config.fail("direction", "must be 'OUT', 'IN' or 'BOTH', not '" + *text + "'");
  }
  if (fixed && o != fallback) {
    config.fail("direction", "cannot be changed: this algorithm ignores direction");
  }
  return o;
}

storage::LabelId existingLabel(ExecContext& ctx, AlgoConfig& config, std::string_view key,
                               const std::string& name) {
  auto id = ctx.catalog->findLabel(name);
  if (!id) config.fail(key, "names the label `" + name + "`, which no node has ever had");
  return *id;
}

storage::RelTypeId existingType(ExecContext& ctx, AlgoConfig& config, std::string_view key,
                                const std::string& name) {
  auto id = ctx.catalog->findRelType(name);
  if (!id) config.fail(key, "names the type `" + name + "`, which no relationship has ever had");
  return *id;
}

}  // namespace

an::CoAttendanceSpec readCoAttendance(ExecContext& ctx, AlgoConfig& config) {
  an::CoAttendanceSpec spec;
  spec.memberLabel = existingLabel(ctx, config, "members",
                                   config.string("members").value_or("Student"));
  spec.type = existingType(ctx, config, "type", config.string("type").value_or("ATTENDED"));
  const Value& gatherings = config.raw("gatherings");
  if (gatherings.kind() == Value::Kind::LIST) {
    std::vector<storage::NodeId> ids;
    for (const Value& v : gatherings.asList()) {
      if (v.kind() != Value::Kind::NODE) config.fail("gatherings", "must hold only nodes");
      ids.push_back(v.asNode().id);
    }
    spec.gatherings = std::move(ids);
  } else if (gatherings.kind() == Value::Kind::STRING) {
    spec.gatheringLabel = existingLabel(ctx, config, "gatherings", gatherings.asString());
  } else if (gatherings.isNull()) {
    spec.gatheringLabel = existingLabel(ctx, config, "gatherings", "Session");
  } else {
    config.fail("gatherings", "must be a label or a list of nodes");
  }
  spec.minShared = static_cast<uint64_t>(config.integer("minShared", 1, 1, INT64_MAX));
  return spec;
}

AlgoProjection readProjection(ExecContext& ctx, AlgoConfig& config,
                              an::Orientation defaultOrientation, bool orientationFixed) {
  AlgoProjection out;
  const Value& co = config.raw("coAttendance");
  if (!co.isNull()) {
    if (co.kind() != Value::Kind::MAP) config.fail("coAttendance", "must be a map");
    AlgoConfig inner(config.procedure() + " coAttendance", co, 0);
    out.coAttendance = true;
    out.coSpec = readCoAttendance(ctx, inner);
    inner.finish();
    return out;
  }
  for (const auto& name : config.names("labels"))
    out.spec.labels.push_back(existingLabel(ctx, config, "labels", name));
  for (const auto& name : config.names("types"))
    out.spec.types.push_back(existingType(ctx, config, "types", name));
  out.spec.orientation = readOrientation(config, defaultOrientation, orientationFixed);
  if (auto weight = config.string("weight")) {
    auto key = ctx.catalog->findPropKey(*weight);
    if (!key) config.fail("weight", "names the property `" + *weight + "`, which nothing has");
    out.spec.weight = *key;
  }
  out.spec.defaultWeight = config.number("defaultWeight", 1.0, -1e308, 1e308);
  return out;
}

}  // namespace rollcall
