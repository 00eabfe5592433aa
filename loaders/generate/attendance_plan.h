#pragma once

#include <cstdint>
#include <vector>

#include "loaders/generate/random.h"

namespace rollcall::loaders {

/// Deals out distinct (student, session) pairs, one at a time, in a random order.
///
/// Skew: students are ranked in a random order and a pair's student is drawn at rank
/// floor(n * u^3), u uniform, so rank r gets a share proportional to r^(-2/3): the top 1% of
/// students take about a fifth of all attendance. A student's k-th session is
/// (start + k * stride) mod sessions with a per-student start and a stride coprime with the
/// number of sessions, so a student never gets the same session twice and nothing is stored per
/// pair. Memory: two 32-bit counters per student.
class AttendancePlan {
 public:
  /// Throws std::invalid_argument when `attendance` distinct pairs cannot exist.
  AttendancePlan(uint64_t students, uint64_t sessions, uint64_t attendance, uint64_t seed);

  struct Pair {
    uint64_t student;  // 1-based
    uint64_t session;  // 1-based
  };
  Pair next();

  /// Whether a student (1-based) is one of those who never attend.
  bool attends(uint64_t student) const { return attends_[student - 1] != 0; }

 private:
  void chooseAttendees();
  void chooseStrides();
  uint32_t pickRank();
  uint32_t nextOpenRank(uint32_t from);

  uint64_t students_;
  uint64_t sessions_;
  uint64_t seed_;
  Random random_;
  std::vector<uint32_t> byRank_;  // 0-based student index of each rank
  std::vector<uint32_t> taken_;   // sessions dealt so far, by 0-based student index
  std::vector<uint8_t> attends_;
  std::vector<uint64_t> strides_;  // candidate strides, all coprime with sessions_
  uint64_t aliceRows_ = 0;         // rows still reserved for Alice at the start
};

}  // namespace rollcall::loaders
