// Property record: count(8) hasRange(1) min(8) max(8) sketch registers(4096); degree record:
// rels(8) maxDegree(8). Doubles are stored as their IEEE bits.
#include "storage/graph/stats_records.h"

#include <algorithm>
#include <bit>

#include "storage/codec/keys.h"

namespace rollcall::storage {

using kv::Cf;

namespace {

constexpr size_t PROPERTY_HEADER = 8 + 1 + 8 + 8;

struct StoredProperty {
  uint64_t count = 0;
  bool hasRange = false;
  double min = 0, max = 0;
  HyperLogLog sketch;
};

StoredProperty readProperty(std::string_view value) {
  StoredProperty p;
  if (value.size() < PROPERTY_HEADER + HyperLogLog::REGISTERS) {
    throw StorageError(StorageErrorKind::IO, "corrupt property statistics record");
  }
  p.count = codec::getU64(value, 0);
  p.hasRange = value[8] != 0;
  p.min = std::bit_cast<double>(codec::getU64(value, 9));
  p.max = std::bit_cast<double>(codec::getU64(value, 17));
  p.sketch.assign(value.substr(PROPERTY_HEADER, HyperLogLog::REGISTERS));
  return p;
}

std::string writeProperty(const StoredProperty& p) {
  std::string value;
  codec::putU64(value, p.count);
  value.push_back(char(p.hasRange));
  codec::putU64(value, std::bit_cast<uint64_t>(p.min));
  codec::putU64(value, std::bit_cast<uint64_t>(p.max));
  value.append(p.sketch.bytes());
  return value;
}

// A count below zero would mean a lost delta: clamp rather than wrap to 2^64.
uint64_t addDelta(uint64_t stored, int64_t delta) {
  return delta < 0 && uint64_t(-delta) > stored ? 0 : stored + delta;
}

std::string mergeProperty(kv::KvStore& kv, const std::string& key,
                          const StatsDelta::Property& delta) {
  std::string value;
  StoredProperty p = kv.get(Cf::META, key, &value) ? readProperty(value) : StoredProperty{};
  p.count = addDelta(p.count, delta.count);
  if (delta.sketch) p.sketch.merge(*delta.sketch);
  if (delta.hasRange()) {
    p.min = p.hasRange ? std::min(p.min, delta.min) : delta.min;
    p.max = p.hasRange ? std::max(p.max, delta.max) : delta.max;
    p.hasRange = true;
  }
  if (p.count == 0) p = StoredProperty{};  // no value is left: start the sketch and range over
  return writeProperty(p);
}

std::string mergeDegree(kv::KvStore& kv, const std::string& key, const StatsDelta::Degree& delta) {
  std::string value;
  DegreeStats d = kv.get(Cf::META, key, &value) ? decodeDegreeStats(value) : DegreeStats{};
  d.rels = addDelta(d.rels, delta.rels);
  d.maxDegree = std::max(d.maxDegree, delta.maxDegree);
  value.clear();
  codec::putU64(value, d.rels);
  codec::putU64(value, d.maxDegree);
  return value;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> mergedStatsRecords(kv::KvStore& kv,
                                                                    const StatsDelta& delta) {
  std::vector<std::pair<std::string, std::string>> records;
  for (const auto& [id, property] : delta.properties()) {
    if (property.count == 0 && !property.sketch && !property.hasRange()) continue;
    auto key = keys::propertyStatsKey(LabelId(id >> 32), PropKeyId(id));
    records.emplace_back(key, mergeProperty(kv, key, property));
  }
  for (const auto& [id, byDir] : delta.degrees()) {
    for (auto dir : {Direction::OUT, Direction::IN}) {
      const auto& degree = byDir[size_t(dir)];
      if (degree.rels == 0 && degree.maxDegree == 0) continue;
      auto key = keys::degreeStatsKey(LabelId(id >> 32), RelTypeId(id), dir);
      records.emplace_back(key, mergeDegree(kv, key, degree));
    }
  }
  return records;
}

PropertyStats decodePropertyStats(std::string_view value) {
  StoredProperty p = readProperty(value);
  PropertyStats stats;
  stats.count = p.count;
  if (p.count > 0) stats.distinct = std::clamp(p.sketch.estimate(), 1.0, double(p.count));
  if (p.hasRange) {
    stats.min = p.min;
    stats.max = p.max;
  }
  return stats;
}

DegreeStats decodeDegreeStats(std::string_view value) {
  if (value.size() < 16) throw StorageError(StorageErrorKind::IO, "corrupt degree statistics");
  return {codec::getU64(value, 0), codec::getU64(value, 8)};
}

}  // namespace rollcall::storage
