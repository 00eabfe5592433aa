#pragma once
// Times one query in a child process that opens the database read-only, so that a query running
// past its time limit can be stopped: the engine has no cancellation of its own.
#include <cstdint>
#include <functional>
#include <string>

namespace rollcall::bench {

struct RunOptions {
  std::string dbDir;
  int runs = 3;              // timed runs after one warm-up
  double timeoutMs = 60000;  // for the warm-up: past it the child is killed
};

struct Measurement {
  bool timedOut = false;
  std::string error;  // the query failed (message), or the child died
  double medianMs = 0;
  uint64_t rows = 0;
  uint64_t rowsHash = 0;  // of the sorted rows: equal for formulations returning the same rows
};

/// Opens the database in a child, runs `query` once to warm up, then `options.runs` times; the
/// median of those runs. The database must not be open in this process.
Measurement measureQuery(const std::string& query, const RunOptions& options);

/// Runs `work` in a child process (so that this one never opens RocksDB and can fork safely);
/// true when it returned normally. An exception it throws is printed to stderr.
bool runInChild(const std::function<void()>& work);

}  // namespace rollcall::bench
