#pragma once
// Planner statistics kept by the storage layer (see docs/storage.md, "Statistics").
#include <cstdint>
#include <optional>

namespace rollcall::storage {

// One property key among the nodes of one label.
struct PropertyStats {
  uint64_t count = 0;  // nodes with the label that have the property: exact
  // Estimated distinct values among them (HyperLogLog); 0 when count is 0, never above count.
  // Values removed or overwritten still count: a sketch cannot forget.
  double distinct = 0;
  // Over numeric values (INT, DOUBLE; DATE as days since 1970-01-01); widened by writes, not
  // narrowed by deletes, so they are bounds.
  std::optional<double> min, max;
};

// Relationships of one type seen from the nodes of one label at one end.
struct DegreeStats {
  uint64_t rels = 0;  // relationships of the type whose `dir` end node has the label: exact
  // Largest (type, dir) degree seen of one node with the label; an upper bound after deletes.
  uint64_t maxDegree = 0;
};

}  // namespace rollcall::storage
