#pragma once

#include <cstdint>
#include <random>

namespace rollcall::loaders {

/// Deterministic randomness for the generator. std::mt19937_64's output is fixed by the
/// standard, but std:: distributions are not (libstdc++ and libc++ differ), so every draw here
/// is derived from raw engine output by our own arithmetic: a seed gives the same files on every
/// platform.
class Random {
 public:
  explicit Random(uint64_t seed) : engine_(seed) {}

  uint64_t bits() { return engine_(); }

  /// Uniform in [0, n) for n > 0, without modulo bias (Lemire's multiply-and-reject).
  uint64_t below(uint64_t n) {
    for (;;) {
      unsigned __int128 product = static_cast<unsigned __int128>(engine_()) * n;
      auto low = static_cast<uint64_t>(product);
      if (low >= n || low >= (0 - n) % n) return static_cast<uint64_t>(product >> 64);
    }
  }

  /// Uniform in [0, 1) from 53 random bits: exact in IEEE doubles, hence portable.
  double unit() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }

  /// True with probability perMillion / 1,000,000.
  bool chance(uint64_t perMillion) { return below(1000000) < perMillion; }

 private:
  std::mt19937_64 engine_;
};

/// A stateless 64-bit mix (SplitMix64's finalizer): per-entity values without storing them.
inline uint64_t mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

}  // namespace rollcall::loaders
