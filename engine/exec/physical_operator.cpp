#include "engine/exec/physical_operator.h"

#include "engine/common/value_footprint.h"

namespace rollcall {

void PhysicalOperator::open(ExecContext& ctx) { doOpen(ctx); }

bool PhysicalOperator::next(ExecContext& ctx, RowBatch& out) {
  ctx.checkLimits();
  out.clear();
  if (!ctx.profile) return doNext(ctx, out);
  auto start = std::chrono::steady_clock::now();
  bool more = doNext(ctx, out);
  nanos_ +=
      std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start)
          .count();
  rows_ += out.size();
  return more;
}

std::vector<PhysicalOperator*> PhysicalOperator::children() const {
  std::vector<PhysicalOperator*> all = extraChildren();
  if (child) all.push_back(child.get());
  return all;
}

void ArgumentOperator::doOpen(ExecContext&) { done_ = false; }

bool ArgumentOperator::doNext(ExecContext& ctx, RowBatch& out) {
  if (done_) return false;
  done_ = true;
  out.push_back(row_.empty() ? ctx.emptyRow() : row_);
  return true;
}

void PerRowOperator::doOpen(ExecContext& ctx) {
  PhysicalOperator::doOpen(ctx);
  input_.clear();
  pos_ = 0;
  rowStarted_ = false;
  exhausted_ = false;
}

bool PerRowOperator::doNext(ExecContext& ctx, RowBatch& out) {
  while (out.size() < BATCH_SIZE) {
    if (pos_ >= input_.size()) {
      if (exhausted_ || !child->next(ctx, input_)) {
        exhausted_ = true;
        input_.clear();
        return !out.empty();
      }
      pos_ = 0;
      rowStarted_ = false;
      continue;
    }
    if (!rowStarted_) {
      startRow(ctx, input_[pos_]);
      rowStarted_ = true;
    }
    if (process(ctx, input_[pos_], out)) {
      ++pos_;
      rowStarted_ = false;
    }
  }
  return true;
}

void drain(ExecContext& ctx, PhysicalOperator& op, RowBatch& rows, MemoryReservation& held,
           std::string_view what) {
  op.open(ctx);
  RowBatch batch;
  while (op.next(ctx, batch)) {
    for (auto& r : batch) {
      holdRow(ctx, held, r, what);
      rows.push_back(std::move(r));
    }
  }
}

void MaterializingOperator::doOpen(ExecContext& ctx) {
  PhysicalOperator::doOpen(ctx);
  rows_.clear();
  held_.reset();
  pos_ = 0;
  filled_ = false;
}

bool MaterializingOperator::doNext(ExecContext& ctx, RowBatch& out) {
  if (!filled_) {
    filled_ = true;
    fill(ctx, rows_);
  }
  while (pos_ < rows_.size() && out.size() < BATCH_SIZE) out.push_back(std::move(rows_[pos_++]));
  return !out.empty();
}

void holdRow(ExecContext& ctx, MemoryReservation& held, const Row& row, std::string_view what) {
  held.grow(ctx.memory, sizeof(Row) + footprint(row), what);
}

}  // namespace rollcall
