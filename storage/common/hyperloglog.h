#pragma once
// A HyperLogLog sketch: estimates the number of distinct 64-bit hashes added to it in 4 KiB.
// 2^12 one-byte registers give about 1.6% standard error. Sketches merge by taking the larger
// register, so a transaction can sketch only its own writes and fold them into the stored
// sketch at commit, and a bulk load's threads can each keep one. Values are hashed by the
// caller (value_hash.h); register i keeps the largest rank (leading zeros + 1) of the hashes
// whose top 12 bits are i.
#include <array>
#include <bit>
#include <cstdint>
#include <string_view>

namespace rollcall::storage {

class HyperLogLog {
 public:
  static constexpr int PRECISION = 12;
  static constexpr size_t REGISTERS = size_t{1} << PRECISION;
  // Ranks run from 1 to 64 - PRECISION + 1.
  static constexpr int MAX_RANK = 64 - PRECISION + 1;

  HyperLogLog() { registers_.fill(0); }

  void add(uint64_t hash) {
    size_t index = size_t(hash >> (64 - PRECISION));
    // The guard bit bounds the rank when the remaining bits are all zero.
    uint64_t rest = (hash << PRECISION) | (uint64_t{1} << (PRECISION - 1));
    auto rank = uint8_t(std::countl_zero(rest) + 1);
    if (rank > registers_[index]) registers_[index] = rank;
  }
  void merge(const HyperLogLog& other);
  double estimate() const;
  bool empty() const;

  // The registers as stored (REGISTERS bytes); assign() takes exactly that many.
  std::string_view bytes() const {
    return {reinterpret_cast<const char*>(registers_.data()), REGISTERS};
  }
  void assign(std::string_view bytes);

 private:
  std::array<uint8_t, REGISTERS> registers_;
};

}  // namespace rollcall::storage
