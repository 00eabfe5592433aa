#pragma once
// How a long graph computation is watched from above without the analytics code knowing who
// watches: the engine turns these calls into its statement deadline, memory limit and progress
// line. Every call may throw to stop the run; algorithms hold no state that outlives the throw.
#include <cstdint>
#include <string_view>

namespace rollcall::storage::analytics {

class RunControl {
 public:
  virtual ~RunControl() = default;
  // Called every few thousand units of work: `done` of `total` (total 0 when not known) in
  // `phase` ("projecting", "pageRank iteration 3", …). Cheap; may throw to stop.
  virtual void progress(std::string_view phase, uint64_t done, uint64_t total) {
    (void)phase, (void)done, (void)total;
  }
  // Announces `bytes` about to be allocated for the rest of the run; may throw when they would
  // not fit. Callers round up rather than count every vector.
  virtual void reserve(uint64_t bytes, std::string_view what) { (void)bytes, (void)what; }
};

// For tests and callers with nothing to watch.
inline RunControl& unwatched() {
  static RunControl none;
  return none;
}

}  // namespace rollcall::storage::analytics
