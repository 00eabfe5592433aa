#pragma once
// Planner statistics kept by the store.
#include <cstdint>
#include <optional>

namespace rollcall::storage {

struct PropertyStats {
  uint64_t count = 0;   // nodes with the label that have the property
  double distinct = 0;  // estimated distinct values among them
  std::optional<double> min, max;
};

struct DegreeStats {
  uint64_t rels = 0;       // relationships of the type whose `dir` end node has the label
  uint64_t maxDegree = 0;  // largest degree seen of one node with the label
};

}  // namespace rollcall::storage
