#pragma once
// The statement memory limit (--memory-limit). Operators that hold rows — sorting, grouping,
// DISTINCT, hash-join build sides, eager buffers, the result table — and functions that build
// big lists (range()) reserve what they hold here, as do the uncommitted writes of the
// statement's transaction; a statement that would go past the limit stops with
// MemoryLimitExceeded and is rolled back, before the allocation, not after the process ran out.
//
// Streaming operators hold one batch and reserve nothing: the limit is about what grows with the
// data. Sizes are footprint() estimates, so the limit is approximate (see docs/limits.md).
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

namespace rollcall {

class MemoryBudget {
 public:
  // 0: no limit but the machine's memory.
  explicit MemoryBudget(uint64_t limit = 0) : limit_(limit) {}

  uint64_t limit() const { return limit_; }
  uint64_t used() const { return held_ + transactionBytes_; }

  // Counts `bytes` more as held for `what` ("sorting rows"); throws MemoryLimitExceeded when
  // that would pass the limit (and then counts nothing).
  void reserve(uint64_t bytes, std::string_view what);
  void release(uint64_t bytes) { held_ -= bytes < held_ ? bytes : held_; }
  // Throws when `bytes` more, about to be allocated for a moment, would not fit.
  void require(uint64_t bytes, std::string_view what) const;
  // What the statement's transaction holds for its uncommitted writes (it says; see
  // Transaction::pendingWriteBytes).
  void setTransactionBytes(uint64_t bytes);

 private:
  [[noreturn]] void exceeded(uint64_t bytes, std::string_view what) const;

  uint64_t limit_;
  uint64_t held_ = 0;
  uint64_t transactionBytes_ = 0;
};

// What one operator (or aggregate) holds, released together when it starts over (an operator
// re-opened for the next outer row) or goes away.
class MemoryReservation {
 public:
  MemoryReservation() = default;
  MemoryReservation(const MemoryReservation&) = delete;
  MemoryReservation& operator=(const MemoryReservation&) = delete;
  ~MemoryReservation() { reset(); }

  void grow(MemoryBudget& budget, uint64_t bytes, std::string_view what) {
    budget.reserve(bytes, what);
    budget_ = &budget;
    bytes_ += bytes;
  }
  void reset() {
    if (budget_) budget_->release(bytes_);
    bytes_ = 0;
  }
  // Gives back `bytes` of what it holds (a structure dropped some of its entries).
  void shrink(uint64_t bytes) {
    bytes = std::min(bytes, bytes_);
    if (budget_) budget_->release(bytes);
    bytes_ -= bytes;
  }
  uint64_t bytes() const { return bytes_; }

 private:
  MemoryBudget* budget_ = nullptr;
  uint64_t bytes_ = 0;
};

// The machine's physical memory (0 if unknown), and half of it: the default --memory-limit.
uint64_t physicalMemory();
uint64_t defaultMemoryLimit();

// "512MiB", "2G", "1.5GB", "4096" (bytes); units are powers of 1024 whether or not written with
// an i, as in most database settings. "off" and "0" mean no limit and give 0. Throws
// std::invalid_argument, saying why, for text that is not a size.
uint64_t parseMemorySize(std::string_view text);

// "1.5 GiB", "512 MiB", "800 KiB", "12 bytes".
std::string formatMemorySize(uint64_t bytes);

}  // namespace rollcall
