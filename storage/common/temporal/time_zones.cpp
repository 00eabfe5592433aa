#include "storage/common/temporal/time_zones.h"

#include <date/tz.h>

#include <chrono>
#include <mutex>
#include <stdexcept>
#include <unordered_map>

#include "storage/common/temporal_types.h"

namespace rollcall::temporal {
namespace {

using std::chrono::seconds;

// Zone ids to the tz database's zones. locate_zone parses the database on first use (a few
// milliseconds); after that a lookup is a map probe.
struct ZoneTable {
  std::mutex mutex;
  std::unordered_map<uint32_t, const date::time_zone*> zones;
};

ZoneTable& table() {
  static ZoneTable instance;
  return instance;
}

const date::time_zone* zoneOf(uint32_t id) {
  ZoneTable& t = table();
  std::lock_guard lock(t.mutex);
  auto it = t.zones.find(id);
  if (it != t.zones.end()) return it->second;
  const date::time_zone* zone = date::locate_zone(storage::zoneName(id));
  t.zones.emplace(id, zone);
  return zone;
}

}  // namespace

std::optional<uint32_t> findZone(std::string_view name) {
  if (name.empty()) return std::nullopt;
  const date::time_zone* zone;
  try {
    zone = date::locate_zone(name);
  } catch (const std::runtime_error&) {
    return std::nullopt;
  }
  uint32_t id = storage::internZone(name);
  ZoneTable& t = table();
  std::lock_guard lock(t.mutex);
  t.zones.emplace(id, zone);
  return id;
}

int32_t offsetAt(uint32_t zone, int64_t utcSeconds) {
  date::sys_seconds instant{seconds(utcSeconds)};
  return int32_t(zoneOf(zone)->get_info(instant).offset.count());
}

int64_t utcOfLocal(uint32_t zone, int64_t localSeconds, std::optional<int32_t> preferredOffset) {
  date::local_seconds local{seconds(localSeconds)};
  date::local_info info = zoneOf(zone)->get_info(local);
  int64_t first = info.first.offset.count();
  switch (info.result) {
    case date::local_info::unique:
      return localSeconds - first;
    case date::local_info::ambiguous:
      if (preferredOffset && *preferredOffset == info.second.offset.count()) {
        return localSeconds - *preferredOffset;
      }
      return localSeconds - first;
    default:
      // In a gap: read with the offset before it, the instant lands past the transition, which
      // is the wall time moved forward by the gap.
      return localSeconds - first;
  }
}

DateTime resolveDateTime(const ParsedDateTime& p) {
  int64_t local = p.days * storage::SECONDS_PER_DAY + p.nanos / storage::NANOS_PER_SECOND;
  int32_t nanos = int32_t(p.nanos % storage::NANOS_PER_SECOND);
  if (p.zone == 0) {
    int32_t offset = p.offset.value_or(0);
    return DateTime{local - offset, nanos, offset, 0};
  }
  int64_t utc = utcOfLocal(p.zone, local, p.offset);
  return DateTime{utc, nanos, offsetAt(p.zone, utc), p.zone};
}

std::optional<DateTime> parseResolvedDateTime(std::string_view text) {
  auto parsed = parseDateTime(text);
  if (!parsed) return std::nullopt;
  return resolveDateTime(*parsed);
}

}  // namespace rollcall::temporal
