// The seed's five questions through the engine's public API, on a generated attendance graph
// (default: 100,000 students, 10,000 sessions, 1,000,000 ATTENDED, skewed). Prints the median of
// several runs after a warm-up for each question.
//
//   build/release/bench/query_bench [--students N] [--sessions N] [--attendance N] [--runs N]
//                                   [--only 1..5]
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

#include "engine/main/database.h"
#include "storage/catalog/catalog.h"
#include "storage/graph/bulk_writer.h"
#include "storage/graph/graph_store.h"

namespace {

using namespace rollcall;
using Clock = std::chrono::steady_clock;

struct Scale {
  int64_t students = 100000;
  int64_t sessions = 10000;
  int64_t attendance = 1000000;
  int runs = 7;
  int only = 0;  // 1..5: time that question alone (for profiling)
};

const char* QUESTIONS[][2] = {
    {"Q1 sessions attended by Alice",
     "MATCH (s:Student {name: 'Alice'})-[:ATTENDED]->(sess:Session)\n"
     "RETURN sess.session_id, sess.date"},
    {"Q2 top 3 students by sessions",
     "MATCH (s:Student)-[:ATTENDED]->(sess:Session)\n"
     "RETURN s.name, COUNT(sess) AS session_count\nORDER BY session_count DESC\nLIMIT 3"},
    {"Q3 students per session",
     "MATCH (s:Session)<-[:ATTENDED]-(st:Student)\nRETURN s.session_id, COUNT(st) AS "
     "student_count"},
    {"Q4 unique students per module",
     "MATCH (s:Session)-[:BELONGS_TO]->(m:Module)\nMATCH (s)<-[:ATTENDED]-(st:Student)\n"
     "RETURN m.module, COUNT(DISTINCT st) AS unique_students"},
    {"Q5 students who never attended",
     "MATCH (s:Student)\nWHERE NOT (s)-[:ATTENDED]->()\nRETURN s.name, s.student_id"},
};

Scale parseArgs(int argc, char** argv) {
  Scale s;
  for (int i = 1; i + 1 < argc; i += 2) {
    int64_t v = std::stoll(argv[i + 1]);
    if (!std::strcmp(argv[i], "--students"))
      s.students = v;
    else if (!std::strcmp(argv[i], "--sessions"))
      s.sessions = v;
    else if (!std::strcmp(argv[i], "--attendance"))
      s.attendance = v;
    else if (!std::strcmp(argv[i], "--runs"))
      s.runs = static_cast<int>(v);
    else if (!std::strcmp(argv[i], "--only"))
      s.only = static_cast<int>(v);
  }
  return s;
}

// Skewed: student = students * u^3 over the first 90% of students, so low ids attend very many
// sessions and the last 10% attend none.
std::vector<std::pair<int64_t, int64_t>> attendancePairs(const Scale& s) {
  std::mt19937_64 rng(42);
  std::uniform_real_distribution<double> unit(0, 1);
  std::unordered_set<uint64_t> seen;
  std::vector<std::pair<int64_t, int64_t>> pairs;
  int64_t active = std::max<int64_t>(1, s.students * 9 / 10);
  while (static_cast<int64_t>(pairs.size()) < s.attendance) {
    double u = unit(rng);
    int64_t st = std::min<int64_t>(active - 1, static_cast<int64_t>(active * u * u * u));
    int64_t se = static_cast<int64_t>(rng() % static_cast<uint64_t>(s.sessions));
    if (seen.insert(static_cast<uint64_t>(st) * 1000003ULL + static_cast<uint64_t>(se)).second) {
      pairs.emplace_back(st, se);
    }
  }
  return pairs;
}

void build(Database& db, const Scale& s) {
  auto& store = db.store();
  auto& cat = store.catalog();
  auto student = cat.getOrCreateLabel("Student"), session = cat.getOrCreateLabel("Session");
  auto module = cat.getOrCreateLabel("Module");
  auto attended = cat.getOrCreateRelType("ATTENDED"),
       belongs = cat.getOrCreateRelType("BELONGS_TO");
  auto sid = cat.getOrCreatePropKey("student_id"), name = cat.getOrCreatePropKey("name");
  auto sessId = cat.getOrCreatePropKey("session_id"), date = cat.getOrCreatePropKey("date");
  auto modName = cat.getOrCreatePropKey("module");
  auto sorted = [](storage::Properties p) {
    std::sort(p.begin(), p.end(), [](auto& a, auto& b) { return a.first < b.first; });
    return p;
  };
  auto bulk = store.bulkWriter();
  std::vector<storage::NodeId> students, sessions, modules;
  for (int64_t i = 0; i < s.students; ++i) {
    // Alice is a typical student (the median id), not the heaviest attendee: Q1 is about one
    // student's sessions.
    std::string n = i == s.students / 2 ? "Alice" : "student" + std::to_string(i);
    students.push_back(bulk->addNode({student}, sorted({{sid, int64_t(i + 1)}, {name, n}})));
  }
  for (int64_t m = 0; m < 20; ++m) {
    modules.push_back(bulk->addNode({module}, {{modName, "module" + std::to_string(m)}}));
  }
  for (int64_t i = 0; i < s.sessions; ++i) {
    sessions.push_back(bulk->addNode(
        {session},
        sorted({{sessId, int64_t(i + 1)}, {date, storage::Date{int32_t(19000 + i % 365)}}})));
    bulk->addRel(belongs, sessions.back(), modules[static_cast<size_t>(i % 20)], {});
  }
  for (auto [st, se] : attendancePairs(s)) {
    bulk->addRel(attended, students[static_cast<size_t>(st)], sessions[static_cast<size_t>(se)],
                 {});
  }
  bulk->finish();
  db.execute("CREATE CONSTRAINT student_id FOR (s:Student) REQUIRE s.student_id IS UNIQUE");
  db.execute("CREATE CONSTRAINT session_id FOR (s:Session) REQUIRE s.session_id IS UNIQUE");
  db.execute("CREATE INDEX student_name FOR (s:Student) ON (s.name)");
}

double threadCpuMillis() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Timing {
  double wall = 0;
  double cpu = 0;  // this thread's CPU time: what the query costs when the machine is shared
};

Timing timeQuery(Database& db, const char* query, size_t& rows) {
  auto start = Clock::now();
  double cpuStart = threadCpuMillis();
  rows = db.execute(query).rows.size();
  return {std::chrono::duration<double, std::milli>(Clock::now() - start).count(),
          threadCpuMillis() - cpuStart};
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  Scale s = parseArgs(argc, argv);
  std::string dir = (std::filesystem::temp_directory_path() / "rollcall_query_bench").string();
  std::filesystem::remove_all(dir);
  Database db(dir);
  auto start = Clock::now();
  build(db, s);
  std::printf("graph: %lld students, %lld sessions, %lld ATTENDED (built in %.1f s)\n",
              (long long)s.students, (long long)s.sessions, (long long)s.attendance,
              std::chrono::duration<double>(Clock::now() - start).count());
  std::printf("%-34s %10s %10s %8s\n", "question", "median ms", "cpu ms", "rows");
  for (int qi = 0; qi < 5; ++qi) {
    const auto& q = QUESTIONS[qi];
    if (s.only && s.only != qi + 1) continue;
    size_t rows = 0;
    timeQuery(db, q[1], rows);  // warm-up
    std::vector<double> wall, cpu;
    for (int r = 0; r < s.runs; ++r) {
      Timing t = timeQuery(db, q[1], rows);
      wall.push_back(t.wall);
      cpu.push_back(t.cpu);
    }
    std::printf("%-34s %10.2f %10.2f %8zu\n", q[0], median(wall), median(cpu), rows);
  }
  std::filesystem::remove_all(dir);
  return 0;
}
