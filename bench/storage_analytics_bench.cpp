// Analytics figures over an attendance database built by `rollcall load attendance`: projecting
// Student and Session nodes with ATTENDED, weakly connected components on the projection, and
// the co-attendance graph of one module's sessions. Opens the database read-only.
// Usage: storage_analytics_bench [--db DIR] [--whole-graph]   (default /tmp/big.db)
// --whole-graph adds the co-attendance graph of all sessions with minShared 2 (minShared 1
// would hold every pair of students who ever met: hundreds of millions of edges).
#include <sys/resource.h>
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "bench/bench_timer.h"
#include "storage/analytics/centrality.h"
#include "storage/analytics/co_attendance.h"
#include "storage/analytics/communities.h"
#include "storage/analytics/components.h"
#include "storage/analytics/graph_view.h"
#include "storage/graph/graph_store.h"

using namespace rollcall::storage;
using namespace rollcall::storage::analytics;

namespace {

struct Args {
  std::string db = "/tmp/big.db";
  bool wholeGraph = false;
};

Args parseArgs(int argc, char** argv) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--db" && i + 1 < argc) {
      a.db = argv[++i];
    } else if (arg == "--whole-graph") {
      a.wholeGraph = true;
    } else {
      std::fprintf(stderr, "usage: storage_analytics_bench [--db DIR] [--whole-graph]\n");
      std::exit(2);
    }
  }
  return a;
}

using rollcall::bench::Timer;

// The process's peak resident set so far: it only grows, so each row shows the peak up to and
// including its step.
double peakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  // kilobytes on Linux
}

struct Row {
  std::string step;
  double wall = 0, cpu = 0;
  uint64_t vertices = 0, edges = 0;
  double viewMb = 0;  // GraphView::memoryBytes of the result
  double peakMb = 0;
  std::string note;
};

Row finish(std::string step, const Timer& timer, const GraphView* view) {
  Row row;
  row.step = std::move(step);
  row.wall = timer.seconds();
  row.cpu = timer.cpuSeconds();
  if (view) {
    row.vertices = view->vertexCount();
    row.edges = view->edgeCount();
    row.viewMb = view->memoryBytes() / 1048576.0;
  }
  row.peakMb = peakRssMb();
  std::fprintf(stderr, "%-45s %8.3f s wall %8.3f s cpu\n", row.step.c_str(), row.wall, row.cpu);
  return row;
}

struct Tokens {
  LabelId student, session, module;
  RelTypeId attended, belongsTo;
};

Tokens findTokens(GraphStore& store) {
  auto& c = store.catalog();
  auto label = [&](const char* name) {
    if (auto id = c.findLabel(name)) return *id;
    std::fprintf(stderr, "no label %s: not an attendance database\n", name);
    std::exit(1);
  };
  auto type = [&](const char* name) {
    if (auto id = c.findRelType(name)) return *id;
    std::fprintf(stderr, "no relationship type %s: not an attendance database\n", name);
    std::exit(1);
  };
  return {label("Student"), label("Session"), label("Module"), type("ATTENDED"),
          type("BELONGS_TO")};
}

GraphView project(Transaction& txn, const Tokens& t, Orientation orientation,
                  std::vector<Row>& rows, const char* name) {
  Timer timer;
  ProjectionSpec spec;
  spec.labels = {t.student, t.session};
  spec.types = {t.attended};
  spec.orientation = orientation;
  GraphView view = GraphView::build(txn, spec);
  rows.push_back(finish(std::string("project Student+Session, ATTENDED, ") + name, timer, &view));
  return view;
}

void timeWcc(const GraphView& view, std::vector<Row>& rows) {
  Timer timer;
  Components wcc = weaklyConnectedComponents(view);
  Row row = finish("WCC on the undirected projection", timer, nullptr);
  row.note = std::to_string(wcc.count) + " components";
  rows.push_back(row);
}

// PageRank, 20 iterations (tolerance 0, so all 20 run), on the natural projection.
void timePageRank(const GraphView& view, std::vector<Row>& rows) {
  Timer timer;
  PageRankOptions options;
  options.maxIterations = 20;
  options.tolerance = 0;
  PageRankResult result = pageRank(view, options);
  Row row = finish("PageRank, 20 iterations, natural projection", timer, nullptr);
  row.note = std::to_string(result.ranIterations) + " iterations";
  rows.push_back(row);
}

// Louvain on the co-attendance graph of one module (the study groups).
void timeLouvain(const GraphView& coAttendanceView, std::vector<Row>& rows) {
  Timer timer;
  Communities groups = louvain(coAttendanceView, LouvainOptions{});
  Row row = finish("Louvain on that co-attendance graph", timer, nullptr);
  row.note = std::to_string(groups.count) + " communities, modularity " +
             std::to_string(groups.modularity).substr(0, 5);
  rows.push_back(row);
}

// The sessions of the first module: its BELONGS_TO in-neighbours.
std::vector<NodeId> oneModuleSessions(Transaction& txn, const Tokens& t, NodeId& module) {
  NodeId first;
  if (txn.scanLabel(t.module)->next(&first, 1) == 0) {
    std::fprintf(stderr, "no Module node\n");
    std::exit(1);
  }
  module = first;
  std::vector<Edge> edges;
  txn.neighbours(module, t.belongsTo, Direction::IN, edges);
  std::vector<NodeId> sessions;
  for (const auto& e : edges) sessions.push_back(e.other);
  return sessions;
}

// Of `sessions`, or of every session when none are given.
GraphView timeCoAttendance(Transaction& txn, const Tokens& t,
                           const std::optional<std::vector<NodeId>>& sessions, uint64_t minShared,
                           std::vector<Row>& rows) {
  Timer timer;
  CoAttendanceSpec spec;
  spec.memberLabel = t.student;
  spec.type = t.attended;
  spec.gatheringLabel = t.session;
  spec.gatherings = sessions;
  spec.minShared = minShared;
  GraphView view = coAttendance(txn, spec);
  std::string which = sessions ? "one module" : "all sessions";
  Row row =
      finish("co-attendance, " + which + ", minShared " + std::to_string(minShared), timer, &view);
  row.note = (sessions ? std::to_string(sessions->size()) + " sessions; " : std::string()) +
             "edges counted both ways";
  rows.push_back(row);
  return view;
}

void printTable(const std::vector<Row>& rows) {
  std::printf("| step | wall s | cpu s | vertices | edges | view MB | peak RSS MB | notes |\n");
  std::printf("|---|---:|---:|---:|---:|---:|---:|---|\n");
  for (const auto& r : rows) {
    std::printf("| %s | %.3f | %.3f | %llu | %llu | %.1f | %.0f | %s |\n", r.step.c_str(), r.wall,
                r.cpu, static_cast<unsigned long long>(r.vertices),
                static_cast<unsigned long long>(r.edges), r.viewMb, r.peakMb, r.note.c_str());
  }
}

}  // namespace

int main(int argc, char** argv) {
  Args args = parseArgs(argc, argv);
  auto store = GraphStore::open(args.db, {/*createIfMissing=*/false, /*readOnly=*/true});
  Tokens t = findTokens(*store);
  auto txn = store->begin();
  std::vector<Row> rows;
  {
    GraphView natural = project(*txn, t, Orientation::NATURAL, rows, "natural");
    timePageRank(natural, rows);
  }
  {
    GraphView undirected = project(*txn, t, Orientation::UNDIRECTED, rows, "undirected");
    timeWcc(undirected, rows);
  }
  NodeId module = 0;
  std::vector<NodeId> sessions = oneModuleSessions(*txn, t, module);
  timeCoAttendance(*txn, t, sessions, /*minShared=*/1, rows);
  GraphView pairs = timeCoAttendance(*txn, t, sessions, /*minShared=*/2, rows);
  timeLouvain(pairs, rows);
  if (args.wholeGraph) timeCoAttendance(*txn, t, std::nullopt, /*minShared=*/2, rows);

  std::printf("command: storage_analytics_bench --db %s%s\n\n", args.db.c_str(),
              args.wholeGraph ? " --whole-graph" : "");
  printTable(rows);
  std::printf("\nCo-attendance of module node %llu. Peak RSS is the process's peak so far.\n",
              static_cast<unsigned long long>(module));
  return 0;
}
