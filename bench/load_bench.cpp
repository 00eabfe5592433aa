// The bulk attendance loader end to end (parse, build, constraints, durable ingestion) on
// generated files: 1,000,000 students, 100,000 sessions and 10,000,000 attendance rows by
// default. Prints rows/s per file, attendance rows/s over the whole load, and peak RSS.
//
//   build/release/bench/load_bench [--students N] [--sessions N] [--attendance N] [--dirty 1]
//   build/release/bench/load_bench --dir DATA_DIR     (its students/sessions/attendance.csv,
//                                                      generated there first when missing)
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>

#include "loaders/generate/generator.h"
#include "loaders/import/attendance_loader.h"
#include "storage/graph/graph_store.h"

namespace {

using namespace rollcall;
using Clock = std::chrono::steady_clock;

struct Args {
  loaders::GeneratorOptions scale{.students = 1000000, .sessions = 100000, .attendance = 10000000};
  std::string dataDir;  // empty: generate
};

Args parseArgs(int argc, char** argv) {
  Args a;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    std::string value = argv[i + 1];
    if (flag == "--dir")
      a.dataDir = value;
    else if (flag == "--students")
      a.scale.students = std::stoull(value);
    else if (flag == "--sessions")
      a.scale.sessions = std::stoull(value);
    else if (flag == "--attendance")
      a.scale.attendance = std::stoull(value);
    else if (flag == "--dirty")
      a.scale.dirty = value != "0";
  }
  return a;
}

double secondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// User + system CPU of the whole process (RocksDB's threads included): on a shared machine the
// wall clock measures the neighbours as much as the loader.
double cpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double peakRssMiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

void printFile(const loaders::FileSummary& f, double seconds) {
  std::printf("  %-15s %10llu rows %10llu loaded %8llu rejected %8.2f s %12.0f rows/s\n",
              f.file.c_str(), static_cast<unsigned long long>(f.rows),
              static_cast<unsigned long long>(f.loaded),
              static_cast<unsigned long long>(f.rejected), seconds, f.rows / seconds);
}

}  // namespace

int main(int argc, char** argv) {
  Args args = parseArgs(argc, argv);
  auto work = std::filesystem::temp_directory_path() /
              ("rollcall-load-bench-" + std::to_string(::getpid()));
  std::string data = args.dataDir.empty() ? (work / "data").string() : args.dataDir;
  if (!std::filesystem::exists(data + "/students.csv")) {
    auto start = Clock::now();
    loaders::generateAttendance(args.scale, data);
    std::printf("generated %s in %.2f s\n", data.c_str(), secondsSince(start));
  }
  double rssBefore = peakRssMiB();
  auto store = storage::GraphStore::open((work / "db").string());
  double fileDone[3] = {};
  int files = 0;
  auto start = Clock::now();
  double cpuStart = cpuSeconds();
  loaders::LoadOptions options;
  options.rejectsPath = (work / "rejects.csv").string();
  options.progress = [&](const loaders::LoadProgress& p) {
    if (p.fileDone && files < 3) fileDone[files++] = secondsSince(start);
  };
  loaders::LoadSummary s = loaders::loadAttendance(
      *store, {data + "/students.csv", data + "/sessions.csv", data + "/attendance.csv"}, options);
  double total = secondsSince(start);
  double cpu = cpuSeconds() - cpuStart;
  std::printf("loadAttendance: %llu nodes, %llu relationships in %.2f s\n",
              static_cast<unsigned long long>(s.nodesCreated),
              static_cast<unsigned long long>(s.relationshipsCreated), total);
  printFile(s.students, fileDone[0]);
  printFile(s.sessions, fileDone[1] - fileDone[0]);
  printFile(s.attendance, fileDone[2] - fileDone[1]);
  std::printf("  finish (sort, index, ingest): %.2f s\n", total - fileDone[2]);
  std::printf("attendance end to end: %.0f rows/s wall, %.0f rows per CPU second (%.2f s CPU)\n",
              s.attendance.rows / total, s.attendance.rows / cpu, cpu);
  std::printf("peak RSS: %.0f MiB (%.0f MiB before the load)\n", peakRssMiB(), rssBefore);
  store.reset();
  uint64_t bytes = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(work / "db")) {
    if (entry.is_regular_file()) bytes += entry.file_size();
  }
  std::printf("database size: %.0f MiB\n", static_cast<double>(bytes) / (1 << 20));
  std::filesystem::remove_all(work);  // the database, and the data unless --dir kept it elsewhere
  return 0;
}
