#include "engine/common/value.h"

#include <algorithm>

namespace rollcall {

Value::Value(ValueMap m) {
  // Stable so that, among equal keys, the one written last stays last and wins.
  std::stable_sort(m.begin(), m.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  ValueMap unique;
  unique.reserve(m.size());
  for (auto& entry : m) {
    if (!unique.empty() && unique.back().first == entry.first) {
      unique.back().second = std::move(entry.second);
    } else {
      unique.push_back(std::move(entry));
    }
  }
  v_ = std::make_shared<const ValueMap>(std::move(unique));
}

const Value* Value::mapGet(std::string_view key) const {
  const ValueMap& m = asMap();
  auto it = std::lower_bound(m.begin(), m.end(), key,
                             [](const auto& entry, std::string_view k) { return entry.first < k; });
  if (it == m.end() || it->first != key) return nullptr;
  return &it->second;
}

}  // namespace rollcall
