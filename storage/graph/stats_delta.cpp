#include "storage/graph/stats_delta.h"

#include <algorithm>

#include "storage/common/value_hash.h"

namespace rollcall::storage {

void StatsDelta::addValue(LabelId label, PropKeyId key, const PropertyValue& value,
                          int64_t countDelta) {
  Property& p = property(label, key);
  p.count += countDelta;
  if (!p.sketch) p.sketch = std::make_unique<HyperLogLog>();
  p.sketch->add(hashValue(value));
  if (auto number = numericValue(value)) {
    p.min = std::min(p.min, *number);
    p.max = std::max(p.max, *number);
  }
}

void StatsDelta::nodeChanged(const std::vector<LabelId>& oldLabels, const Properties& oldProps,
                             const std::vector<LabelId>& newLabels, const Properties& newProps) {
  for (LabelId label : oldLabels) {
    if (std::binary_search(newLabels.begin(), newLabels.end(), label)) {
      labelKept(label, oldProps, newProps);
      continue;
    }
    for (const auto& [key, value] : oldProps) removeValue(label, key);
  }
  for (LabelId label : newLabels) {
    if (std::binary_search(oldLabels.begin(), oldLabels.end(), label)) continue;
    for (const auto& [key, value] : newProps) addValue(label, key, value, 1);
  }
}

// Both property lists are sorted by key: one merge walk finds the keys gained, lost and
// overwritten.
void StatsDelta::labelKept(LabelId label, const Properties& oldProps, const Properties& newProps) {
  auto o = oldProps.begin(), n = newProps.begin();
  while (o != oldProps.end() || n != newProps.end()) {
    if (n == newProps.end() || (o != oldProps.end() && o->first < n->first)) {
      removeValue(label, (o++)->first);
    } else if (o == oldProps.end() || n->first < o->first) {
      addValue(label, n->first, n->second, 1);
      ++n;
    } else {
      if (!(o->second == n->second)) addValue(label, n->first, n->second, 0);
      ++o;
      ++n;
    }
  }
}

void StatsDelta::merge(StatsDelta&& other) {
  for (auto& [id, theirs] : other.properties_) {
    Property& mine = properties_[id];
    mine.count += theirs.count;
    mine.min = std::min(mine.min, theirs.min);
    mine.max = std::max(mine.max, theirs.max);
    if (!theirs.sketch) continue;
    if (!mine.sketch) {
      mine.sketch = std::move(theirs.sketch);
    } else {
      mine.sketch->merge(*theirs.sketch);
    }
  }
  for (auto& [id, theirs] : other.degrees_) {
    auto& mine = degrees_[id];
    for (size_t dir = 0; dir < 2; ++dir) {
      mine[dir].rels += theirs[dir].rels;
      mine[dir].maxDegree = std::max(mine[dir].maxDegree, theirs[dir].maxDegree);
    }
  }
  other.clear();
}

}  // namespace rollcall::storage
