#pragma once
// Hashing and equivalence of value tuples, for grouping and DISTINCT.
#include <vector>

#include "engine/common/value_ops.h"

namespace rollcall {

struct RowKeyHash {
  size_t operator()(const std::vector<Value>& key) const {
    size_t h = 0x9e3779b97f4a7c15ULL;
    for (const Value& v : key) h = (h ^ hashValue(v)) * 0x100000001b3ULL;
    return h;
  }
};

struct RowKeyEqual {
  bool operator()(const std::vector<Value>& a, const std::vector<Value>& b) const {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
      if (!equivalent(a[i], b[i])) return false;
    }
    return true;
  }
};

}  // namespace rollcall
