#pragma once
// What every algo.* procedure shares: watching the run from the statement (time limit, memory
// limit, progress line), building the projection its config asks for, handing out one row per
// vertex, and writing a measure back as a node property.
#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "engine/exec/exec_context.h"
#include "engine/exec/memory_budget.h"
#include "engine/procedures/algo_config.h"
#include "engine/procedures/procedure.h"
#include "storage/analytics/graph_view.h"

namespace rollcall {

// The statement's limits seen from the analytics code: progress() checks the deadline and
// draws the progress line, reserve() charges the statement's memory limit. What it reserved is
// held until the control goes away with the procedure's rows.
class EngineRunControl : public storage::analytics::RunControl {
 public:
  EngineRunControl(ExecContext& ctx, std::string_view procedure);
  ~EngineRunControl() override;
  void progress(std::string_view phase, uint64_t done, uint64_t total) override;
  void reserve(uint64_t bytes, std::string_view what) override;

 private:
  ExecContext& ctx_;
  std::string procedure_;
  MemoryReservation held_;
  std::chrono::steady_clock::time_point lastReport_;
  std::string lastPhase_;  // a new phase is reported at once
  bool reported_ = false;
};

// The graph a config asks for: a projection of the stored graph or the co-attendance graph.
// Bad weights become argument errors of `config`'s procedure.
storage::analytics::GraphView buildProjection(ExecContext& ctx, AlgoConfig& config,
                                              const AlgoProjection& projection,
                                              EngineRunControl& control);

// Rows made on demand: row i of `count` filled by `fill`; keeps `control` (and so the memory
// it reserved) alive until the rows are gone.
ProcedureRowsPtr generatedRows(size_t count,
                               std::function<void(size_t, std::vector<Value>&)> fill,
                               std::shared_ptr<EngineRunControl> control);

// Milliseconds since `start`.
int64_t millisSince(std::chrono::steady_clock::time_point start);

}  // namespace rollcall
