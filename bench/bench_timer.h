#pragma once
// Wall time and this thread's CPU time, for the benchmarks: on a shared machine the second shows
// what the code costs when other processes compete for the cores. And the peak resident memory.
#include <sys/resource.h>
#include <time.h>

#include <chrono>

namespace rollcall::bench {

inline double threadCpuNow() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

// RUSAGE_SELF: this process; RUSAGE_CHILDREN: the largest of its waited-for children.
inline double peakRssMiB(int who = RUSAGE_SELF) {
  rusage usage{};
  getrusage(who, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // KiB on Linux
}

class Timer {
 public:
  double seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }
  double cpuSeconds() const { return threadCpuNow() - cpuStart_; }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  double cpuStart_ = threadCpuNow();
};

}  // namespace rollcall::bench
