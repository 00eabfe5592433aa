#pragma once
// The configuration map of an algo.* procedure: typed reads with defaults and ranges, the
// projection it describes, and a check that no key was misspelt. Errors are ArgumentErrors that
// name the procedure and the key, pointing at the call.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "engine/common/value.h"
#include "storage/analytics/co_attendance.h"
#include "storage/analytics/graph_view.h"

namespace rollcall {

struct ExecContext;

class AlgoConfig {
 public:
  AlgoConfig(std::string_view procedure, const Value& map, uint32_t offset);

  double number(std::string_view key, double fallback, double min, double max);
  int64_t integer(std::string_view key, int64_t fallback, int64_t min, int64_t max);
  std::optional<int64_t> optionalInteger(std::string_view key, int64_t min, int64_t max);
  bool boolean(std::string_view key, bool fallback);
  std::optional<std::string> string(std::string_view key);
  // A name or a list of names; empty when absent.
  std::vector<std::string> names(std::string_view key);
  // The key's raw value, or null (marks the key as known).
  const Value& raw(std::string_view key);

  // Throws when the map holds a key nothing asked for.
  void finish();
  [[noreturn]] void fail(std::string_view key, const std::string& why) const;
  const std::string& procedure() const { return procedure_; }

 private:
  const Value* find(std::string_view key);

  std::string procedure_;
  Value map_;
  uint32_t offset_;
  std::set<std::string, std::less<>> asked_;
};

// What a procedure runs on: the graph projected by labels, types, direction and weight, or the
// co-attendance graph when the config has a `coAttendance` map. `defaultOrientation` is the
// algorithm's own (UNDIRECTED for WCC, Louvain, k-core, triangles).
struct AlgoProjection {
  bool coAttendance = false;
  storage::analytics::ProjectionSpec spec;
  storage::analytics::CoAttendanceSpec coSpec;
};
// The co-attendance keys: members ('Student'), type ('ATTENDED'), gatherings (a label,
// 'Session', or a list of nodes), minShared (1).
storage::analytics::CoAttendanceSpec readCoAttendance(ExecContext& ctx, AlgoConfig& config);

AlgoProjection readProjection(ExecContext& ctx, AlgoConfig& config,
                              storage::analytics::Orientation defaultOrientation,
                              bool orientationFixed);

}  // namespace rollcall
