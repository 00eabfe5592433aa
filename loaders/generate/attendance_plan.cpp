#include "loaders/generate/attendance_plan.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <utility>

namespace rollcall::loaders {
namespace {

constexpr uint64_t ALICE = 0;  // student index of Alice (id 1)
constexpr uint64_t ALICE_SESSIONS = 3;
constexpr int RETRIES = 16;

}  // namespace

AttendancePlan::AttendancePlan(uint64_t students, uint64_t sessions, uint64_t attendance,
                               uint64_t seed)
    : students_(students), sessions_(sessions), seed_(seed), random_(mix64(seed) ^ 0x5eed) {
  if (students > std::numeric_limits<uint32_t>::max() ||
      sessions > std::numeric_limits<uint32_t>::max()) {
    throw std::invalid_argument("at most 2^32-1 students and sessions");
  }
  if (attendance > 0 && (students == 0 || sessions == 0)) {
    throw std::invalid_argument("attendance needs at least one student and one session");
  }
  chooseAttendees();
  if (attendance > byRank_.size() * sessions) {
    throw std::invalid_argument("attendance exceeds attending students x sessions (" +
                                std::to_string(byRank_.size() * sessions) + ")");
  }
  taken_.assign(students, 0);
  chooseStrides();
  aliceRows_ = std::min({ALICE_SESSIONS, sessions, attendance});
}

// About 10% of students never attend (at least one once there are two); Alice always does.
void AttendancePlan::chooseAttendees() {
  attends_.assign(students_, 1);
  for (uint64_t i = 1; i < students_; ++i) {
    if (mix64(seed_ ^ (i * 0x9e3779b97f4a7c15ULL)) % 10 == 0) attends_[i] = 0;
  }
  if (students_ >= 2 && std::find(attends_.begin(), attends_.end(), 0) == attends_.end()) {
    attends_[students_ - 1] = 0;
  }
  for (uint64_t i = 0; i < students_; ++i) {
    if (attends_[i]) byRank_.push_back(static_cast<uint32_t>(i));
  }
  for (uint64_t i = byRank_.size(); i > 1; --i) {  // Fisher-Yates with our portable draws
    std::swap(byRank_[i - 1], byRank_[random_.below(i)]);
  }
}

void AttendancePlan::chooseStrides() {
  for (uint64_t s = std::max<uint64_t>(1, sessions_ / 3); s < sessions_ + 1; ++s) {
    if (std::gcd(s, sessions_) == 1) strides_.push_back(s);
    if (strides_.size() == 64) break;
  }
  if (strides_.empty()) strides_.push_back(1);
}

AttendancePlan::Pair AttendancePlan::next() {
  uint64_t student = ALICE;
  if (aliceRows_ > 0) {
    --aliceRows_;
  } else {
    student = byRank_[pickRank()];
  }
  uint64_t h = mix64(seed_ + student * 0xd1b54a32d192ed03ULL);
  uint64_t start = h % sessions_;
  uint64_t stride = strides_[(h >> 32) % strides_.size()];
  uint64_t k = taken_[student]++;
  // k * stride stays far below 2^64: both are below 2^32.
  return Pair{student + 1, (start + k * stride) % sessions_ + 1};
}

uint32_t AttendancePlan::pickRank() {
  for (int i = 0; i < RETRIES; ++i) {
    double u = random_.unit();
    auto rank = static_cast<uint32_t>(static_cast<double>(byRank_.size()) * u * u * u);
    if (taken_[byRank_[rank]] < sessions_) return rank;
  }
  // The popular students are full: fall back to the next open one, cheap enough since a full
  // student stays full.
  return nextOpenRank(static_cast<uint32_t>(random_.below(byRank_.size())));
}

uint32_t AttendancePlan::nextOpenRank(uint32_t from) {
  uint32_t rank = from;
  while (taken_[byRank_[rank]] >= sessions_) rank = (rank + 1) % byRank_.size();
  return rank;
}

}  // namespace rollcall::loaders
