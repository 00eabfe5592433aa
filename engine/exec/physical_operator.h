#pragma once
// The pull contract of physical operators. An operator is created per execution from an immutable
// logical operator (the mapper does it), so it owns its execution state. open() (re)starts it;
// next() fills `out` with a batch of rows and returns false once it has nothing more (then `out`
// is empty).
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engine/exec/exec_context.h"

namespace rollcall {

inline constexpr size_t BATCH_SIZE = 1024;

using RowBatch = std::vector<Row>;

class PhysicalOperator {
 public:
  PhysicalOperator(std::string name, std::string details)
      : name_(std::move(name)), details_(std::move(details)) {}
  virtual ~PhysicalOperator() = default;

  void open(ExecContext& ctx);
  bool next(ExecContext& ctx, RowBatch& out);

  const std::string& name() const { return name_; }
  const std::string& details() const { return details_; }
  std::vector<PhysicalOperator*> children() const;
  uint64_t rowsProduced() const { return rows_; }
  // The planner's estimate of rowsProduced() (negative: none), shown beside it by PROFILE.
  double estimatedRows() const { return estimatedRows_; }
  void setEstimatedRows(double rows) { estimatedRows_ = rows; }
  double millis() const { return nanos_ / 1e6; }

  std::unique_ptr<PhysicalOperator> child;

 protected:
  virtual void doOpen(ExecContext& ctx) {
    if (child) child->open(ctx);
  }
  virtual bool doNext(ExecContext& ctx, RowBatch& out) = 0;
  // Operators running sub-plans list them here for PROFILE.
  virtual std::vector<PhysicalOperator*> extraChildren() const { return {}; }

 private:
  std::string name_;
  std::string details_;
  uint64_t rows_ = 0;
  int64_t nanos_ = 0;
  double estimatedRows_ = -1;
};

// The leaf of a (sub-)plan: produces one row, the argument handed in by the operator above
// (or an empty row at the top of a query).
class ArgumentOperator : public PhysicalOperator {
 public:
  ArgumentOperator() : PhysicalOperator("Argument", "") {}
  void setRow(Row row) { row_ = std::move(row); }

 protected:
  void doOpen(ExecContext& ctx) override;
  bool doNext(ExecContext& ctx, RowBatch& out) override;

 private:
  Row row_;
  bool done_ = false;
};

// Base for blocking operators that hand out rows they computed from their whole input (Sort,
// Top, TopCandidates): fill() runs at the first next() after open(), then the rows go out a batch
// at a time, in order.
class MaterializingOperator : public PhysicalOperator {
 public:
  using PhysicalOperator::PhysicalOperator;

 protected:
  void doOpen(ExecContext& ctx) override;
  bool doNext(ExecContext& ctx, RowBatch& out) override;
  // Reads the input and leaves the rows to hand out in `rows` (empty when called), reserving
  // what it keeps in held_.
  virtual void fill(ExecContext& ctx, std::vector<Row>& rows) = 0;

  MemoryReservation held_;

 private:
  std::vector<Row> rows_;
  size_t pos_ = 0;
  bool filled_ = false;
};

// Base for operators that turn each input row into zero or more output rows. process() is called
// with the same input row until it returns true, so one input row may span several batches.
class PerRowOperator : public PhysicalOperator {
 public:
  using PhysicalOperator::PhysicalOperator;

 protected:
  void doOpen(ExecContext& ctx) override;
  bool doNext(ExecContext& ctx, RowBatch& out) override;
  // Appends output rows for `in` to `out`; returns true when `in` is finished. `in` is not
  // read again once process returns true, so its last output row may be moved out of it.
  virtual bool process(ExecContext& ctx, Row& in, RowBatch& out) = 0;
  // Called when a new input row starts; it may move from `in` only if its process never
  // reads `in`.
  virtual void startRow(ExecContext&, Row&) {}

 private:
  RowBatch input_;
  size_t pos_ = 0;
  bool rowStarted_ = false;
  bool exhausted_ = false;
};

// Pulls every row of `op` (opened here) into `rows`, reserving what they hold in `held` (which
// the caller resets when it clears `rows`).
void drain(ExecContext& ctx, PhysicalOperator& op, RowBatch& rows, MemoryReservation& held,
           std::string_view what);

// Reserves what `row` holds (with the slot it takes in a vector) for `what`.
void holdRow(ExecContext& ctx, MemoryReservation& held, const Row& row, std::string_view what);

}  // namespace rollcall
