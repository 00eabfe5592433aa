// Every natural formulation of a question, at the size of a real platform, with no index on
// Student.name: shows which ways of writing a question the planner turns into a pathological
// plan. The data is made the way a user makes it: `rollcall generate` files (1,000,000 students,
// 100,000 sessions, 10,000,000 attendance rows by default) loaded by `rollcall load attendance`
// into a fresh database. Per question: each formulation's median time, rows, ratio to the
// fastest, and a verdict (ok within 3x or 20 ms of the fastest, else SLOW; MISMATCH when its
// sorted rows differ from the first formulation's). Each formulation runs in a child process
// that is killed when its warm-up passes --timeout-ms: the engine cannot cancel a query.
//
//   build/bench/bench/planner_bench [--students N] [--sessions N] [--attendance N] [--runs N]
//       [--dir DATA_DIR] [--only SUBSTRING] [--timeout-ms T] [--with-index]
//
// --dir reuses the CSV files in DATA_DIR (generated there first when missing); --only runs the
// formulations whose "KEY/label" contains SUBSTRING (e.g. "A/", "C5", "inline map");
// --with-index then creates an index on :Student(name) and times questions A and B again.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "bench/bench_timer.h"
#include "bench/planner_questions.h"
#include "bench/planner_runner.h"
#include "engine/main/database.h"
#include "loaders/generate/generator.h"
#include "loaders/import/attendance_loader.h"

namespace {

using namespace rollcall;
using namespace rollcall::bench;
using Clock = std::chrono::steady_clock;

struct Args {
  loaders::GeneratorOptions scale{.students = 1000000, .sessions = 100000, .attendance = 10000000};
  std::string dataDir;  // empty: a fresh temporary directory
  std::string only;
  int runs = 3;
  double timeoutMs = 60000;
  bool withIndex = false;
};

Args parseArgs(int argc, char** argv) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    std::string flag = argv[i];
    if (flag == "--with-index") {
      a.withIndex = true;
      continue;
    }
    if (i + 1 == argc) throw std::invalid_argument("missing value after " + flag);
    std::string value = argv[++i];
    if (flag == "--dir")
      a.dataDir = value;
    else if (flag == "--only")
      a.only = value;
    else if (flag == "--students")
      a.scale.students = std::stoull(value);
    else if (flag == "--sessions")
      a.scale.sessions = std::stoull(value);
    else if (flag == "--attendance")
      a.scale.attendance = std::stoull(value);
    else if (flag == "--runs")
      a.runs = std::stoi(value);
    else if (flag == "--timeout-ms")
      a.timeoutMs = std::stod(value);
    else
      throw std::invalid_argument("unknown flag " + flag);
  }
  return a;
}

double secondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

void loadDatabase(const std::string& data, const std::string& db) {
  auto start = Clock::now();
  loaders::LoadSummary s;
  {
    Database database(db);  // as `rollcall load attendance --db DIR` opens it
    s = loaders::loadAttendance(database.store(), {data + "/students.csv", data + "/sessions.csv",
                                                   data + "/attendance.csv"});
  }
  std::printf(
      "loaded %llu nodes, %llu relationships in %.1f s (rollcall load attendance; "
      "peak RSS %.0f MiB)\n",
      static_cast<unsigned long long>(s.nodesCreated),
      static_cast<unsigned long long>(s.relationshipsCreated), secondsSince(start),
      peakRssMiB(RUSAGE_SELF));
}

void prepare(const Args& args, const std::string& data, const std::string& db) {
  if (!std::filesystem::exists(data + "/students.csv")) {
    auto start = Clock::now();
    loaders::GeneratedRows rows = loaders::generateAttendance(args.scale, data);
    std::printf("generated %llu students, %llu sessions, %llu attendance rows into %s in %.1f s\n",
                static_cast<unsigned long long>(rows.students),
                static_cast<unsigned long long>(rows.sessions),
                static_cast<unsigned long long>(rows.attendance), data.c_str(),
                secondsSince(start));
  } else {
    std::printf("reusing the files in %s\n", data.c_str());
  }
  std::filesystem::remove_all(db);
  if (!runInChild([&] { loadDatabase(data, db); })) throw std::runtime_error("the load failed");
}

void createNameIndex(const std::string& db) {
  auto start = Clock::now();
  bool ok = runInChild([&] {
    Database database(db);
    database.execute("CREATE INDEX student_name FOR (s:Student) ON (s.name)");
  });
  if (!ok) throw std::runtime_error("CREATE INDEX failed");
  std::printf("\nCREATE INDEX student_name FOR (s:Student) ON (s.name): %.1f s\n",
              secondsSince(start));
}

// Of the formulations that finished: the fastest median, and the first one's rows (the reference).
struct Reference {
  double fastestMs = -1;
  const Measurement* first = nullptr;
};

Reference reference(const std::vector<Measurement>& ms) {
  Reference r;
  for (const auto& m : ms) {
    if (m.timedOut || !m.error.empty()) continue;
    if (!r.first) r.first = &m;
    if (r.fastestMs < 0 || m.medianMs < r.fastestMs) r.fastestMs = m.medianMs;
  }
  return r;
}

std::string verdict(const Measurement& m, const Reference& r) {
  if (!m.error.empty()) return "ERROR " + m.error;
  if (r.fastestMs < 0) return "SLOW";  // every formulation timed out
  std::string v =
      m.timedOut || (m.medianMs > 3 * r.fastestMs && m.medianMs > r.fastestMs + 20) ? "SLOW" : "ok";
  if (!m.timedOut && (m.rows != r.first->rows || m.rowsHash != r.first->rowsHash)) {
    v += " MISMATCH";
  }
  return v;
}

void printRow(const std::string& label, const Measurement& m, const Reference& r,
              double timeoutMs) {
  char time[32], rows[32] = "-", ratio[32] = "-";
  if (m.timedOut) {
    std::snprintf(time, sizeof time, "> %.0f", timeoutMs);
    if (r.fastestMs > 0) std::snprintf(ratio, sizeof ratio, "> %.0fx", timeoutMs / r.fastestMs);
  } else if (m.error.empty()) {
    std::snprintf(time, sizeof time, "%.2f", m.medianMs);
    std::snprintf(rows, sizeof rows, "%llu", static_cast<unsigned long long>(m.rows));
    std::snprintf(ratio, sizeof ratio, "%.1fx", r.fastestMs > 0 ? m.medianMs / r.fastestMs : 1.0);
  } else {
    std::snprintf(time, sizeof time, "-");
  }
  std::printf("  %-36s %12s %9s %11s  %s\n", label.c_str(), time, rows, ratio,
              verdict(m, r).c_str());
}

void printQuestion(const Question& q, const std::vector<std::string>& labels,
                   const std::vector<Measurement>& ms, double timeoutMs) {
  std::printf("\n%s  %s\n", q.key.c_str(), q.title.c_str());
  std::printf("  %-36s %12s %9s %11s  %s\n", "formulation", "median ms", "rows", "ratio",
              "verdict");
  Reference r = reference(ms);
  for (size_t i = 0; i < ms.size(); ++i) printRow(labels[i], ms[i], r, timeoutMs);
  std::fflush(stdout);
}

void runQuestion(const Question& q, const Args& args, const std::string& db,
                 const std::string& suffix) {
  RunOptions options{.dbDir = db, .runs = q.runs ? q.runs : args.runs, .timeoutMs = args.timeoutMs};
  std::vector<std::string> labels;
  std::vector<Measurement> ms;
  for (const auto& f : q.formulations) {
    if (!args.only.empty() && (q.key + "/" + f.label).find(args.only) == std::string::npos) {
      continue;
    }
    labels.push_back(f.label);
    ms.push_back(measureQuery(f.text, options));
  }
  if (labels.empty()) return;
  Question titled = q;
  titled.title += suffix;
  printQuestion(titled, labels, ms, args.timeoutMs);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    Args args = parseArgs(argc, argv);
    auto work = std::filesystem::temp_directory_path() /
                ("rollcall-planner-bench-" + std::to_string(::getpid()));
    std::string data = args.dataDir.empty() ? (work / "data").string() : args.dataDir;
    std::string db = (work / "db").string();
    auto start = Clock::now();
    prepare(args, data, db);
    std::printf(
        "generation + load: %.1f s; no index on Student.name; median of %d runs after "
        "a warm-up; warm-up over %.0f ms: stopped\n",
        secondsSince(start), args.runs, args.timeoutMs);
    auto questions = plannerQuestions(ROLLCALL_QUERIES_DIR);
    for (const auto& q : questions) runQuestion(q, args, db, "");
    if (args.withIndex) {
      createNameIndex(db);
      for (const auto& q : aliceQuestions(questions)) runQuestion(q, args, db, " (with index)");
    }
    std::printf("\npeak RSS of a child (load or query): %.0f MiB\n", peakRssMiB(RUSAGE_CHILDREN));
    std::filesystem::remove_all(work);  // the database, and the data unless --dir kept it
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "planner_bench: %s\n", e.what());
    return 1;
  }
}
