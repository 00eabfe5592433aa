#include "engine/procedures/algo_run.h"

#include "engine/common/error.h"
#include "storage/analytics/co_attendance.h"

namespace rollcall {

namespace an = storage::analytics;

EngineRunControl::EngineRunControl(ExecContext& ctx, std::string_view procedure)
    : ctx_(ctx), procedure_(procedure) {}

EngineRunControl::~EngineRunControl() {
  // Tell the listener the run is over, so a progress line is cleared.
  if (reported_ && ctx_.progress) ctx_.progress("", 0, 0);
}

void EngineRunControl::progress(std::string_view phase, uint64_t done, uint64_t total) {
  ctx_.checkLimits();
  if (!ctx_.progress) return;
  // A line when a phase starts, then a few times a second: often enough to see it move, rarely
  // enough to cost nothing. (Waiting for the first interval made a short phase print nothing,
  // which a test on a fast machine could not rely on.)
  auto now = std::chrono::steady_clock::now();
  bool newPhase = phase != lastPhase_;
  if (!newPhase && now - lastReport_ < std::chrono::milliseconds(250)) return;
  lastReport_ = now;
  if (newPhase) lastPhase_ = phase;
  reported_ = true;
  ctx_.progress(procedure_ + ": " + std::string(phase), done, total);
}

void EngineRunControl::reserve(uint64_t bytes, std::string_view what) {
  held_.grow(ctx_.memory, bytes, std::string(procedure_) + " " + std::string(what));
}

an::GraphView buildProjection(ExecContext& ctx, AlgoConfig& config,
                              const AlgoProjection& projection, EngineRunControl& control) {
  try {
    if (projection.coAttendance) return an::coAttendance(*ctx.txn, projection.coSpec, control);
    return an::GraphView::build(*ctx.txn, projection.spec, control);
  } catch (const an::ProjectionError& e) {
    config.fail("weight", e.what());
  }
}

namespace {

class GeneratedRows : public ProcedureRows {
 public:
  GeneratedRows(size_t count, std::function<void(size_t, std::vector<Value>&)> fill,
                std::shared_ptr<EngineRunControl> control)
      : count_(count), fill_(std::move(fill)), control_(std::move(control)) {}
  bool next(std::vector<Value>& fields) override {
    if (pos_ == count_) {
      control_.reset();  // the run is over: release its memory now
      return false;
    }
    fill_(pos_++, fields);
    return true;
  }

 private:
  size_t count_;
  size_t pos_ = 0;
  std::function<void(size_t, std::vector<Value>&)> fill_;
  std::shared_ptr<EngineRunControl> control_;
};

}  // namespace

ProcedureRowsPtr generatedRows(size_t count,
                               std::function<void(size_t, std::vector<Value>&)> fill,
                               std::shared_ptr<EngineRunControl> control) {
  return std::make_unique<GeneratedRows>(count, std::move(fill), std::move(control));
}

int64_t millisSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                               start)
      .count();
}

}  // namespace rollcall
