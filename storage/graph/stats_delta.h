#pragma once
// The statistics changes of one transaction or bulk load (see statistics.h): exact count
// deltas, sketches of the values written, numeric ranges widened, and degree maxima seen.
// Folded into the stored records at commit (stats_records.h). Only .cpp files include this.
#include <array>
#include <cstdint>
#include <limits>
#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

#include "storage/common/hyperloglog.h"
#include "storage/common/property_value.h"
#include "storage/common/types.h"

namespace rollcall::storage {

class StatsDelta {
 public:
  struct Property {
    int64_t count = 0;
    std::unique_ptr<HyperLogLog> sketch;  // allocated at the first value
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    bool hasRange() const { return min <= max; }
  };
  struct Degree {
    int64_t rels = 0;
    uint64_t maxDegree = 0;
  };
  // (label << 32 | key) for properties; (label << 32 | type) with one entry per direction.
  using PropertyMap = std::unordered_map<uint64_t, Property>;
  using DegreeMap = std::unordered_map<uint64_t, std::array<Degree, 2>>;

  // A node whose labels and properties change from old to new (both sorted; empty when the node
  // is created or deleted): counts for the pairs gained and lost, sketches and ranges for the
  // values written.
  void nodeChanged(const std::vector<LabelId>& oldLabels, const Properties& oldProps,
                   const std::vector<LabelId>& newLabels, const Properties& newProps);
  // `value` is written under (label, key); `countDelta` is 1 when the node did not have it.
  void addValue(LabelId label, PropKeyId key, const PropertyValue& value, int64_t countDelta);
  void removeValue(LabelId label, PropKeyId key) { property(label, key).count -= 1; }
  // `rels` relationships more (or fewer) at a node with `label` whose degree is now `degree`.
  void addRels(LabelId label, RelTypeId type, Direction dir, int64_t rels, uint64_t degree) {
    Degree& d = degrees_[uint64_t(label) << 32 | type][size_t(dir)];
    d.rels += rels;
    if (degree > d.maxDegree) d.maxDegree = degree;
  }
  void merge(StatsDelta&& other);
  bool empty() const { return properties_.empty() && degrees_.empty(); }
  void clear() {
    properties_.clear();
    degrees_.clear();
  }
  const PropertyMap& properties() const { return properties_; }
  const DegreeMap& degrees() const { return degrees_; }

 private:
  Property& property(LabelId label, PropKeyId key) {
    return properties_[uint64_t(label) << 32 | key];
  }
  void labelKept(LabelId label, const Properties& oldProps, const Properties& newProps);

  PropertyMap properties_;
  DegreeMap degrees_;
};

}  // namespace rollcall::storage
