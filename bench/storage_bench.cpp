// Storage figures: bulk insert, relationship-type scan, index lookups, neighbour reads and
// transactional inserts.
// Usage: storage_bench [--nodes N] [--rels M] [--dir DIR] [--keep] [--reuse]
// Defaults: 1,000,000 nodes and 10,000,000 relationships of one type in a fresh /tmp directory.
#include <time.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>

#include "bench/bench_timer.h"
#include "storage/graph/bulk_writer.h"
#include "storage/graph/graph_store.h"

using namespace rollcall::storage;

namespace {

struct Args {
  uint64_t nodes = 1'000'000;
  uint64_t rels = 10'000'000;
  std::string dir = "/tmp/rollcall-storage-bench-" + std::to_string(::getpid());
  bool keep = false;
  bool reuse = false;  // read phases only, over a database kept by an earlier --keep run
};

Args parseArgs(int argc, char** argv) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    bool more = i + 1 < argc;
    if (arg == "--nodes" && more)
      a.nodes = std::strtoull(argv[++i], nullptr, 10);
    else if (arg == "--rels" && more)
      a.rels = std::strtoull(argv[++i], nullptr, 10);
    else if (arg == "--dir" && more)
      a.dir = argv[++i];
    else if (arg == "--keep")
      a.keep = true;
    else if (arg == "--reuse")
      a.reuse = a.keep = true;
    else {
      std::fprintf(stderr,
                   "usage: storage_bench [--nodes N] [--rels M] [--dir DIR] [--keep] [--reuse]\n");
      std::exit(2);
    }
  }
  return a;
}

using rollcall::bench::Timer;

struct Tokens {
  LabelId person;
  PropKeyId id;
  RelTypeId knows;
};

std::vector<NodeId> bulkLoad(GraphStore& store, const Args& a, const Tokens& t) {
  auto bulk = store.bulkWriter();
  std::vector<NodeId> ids;
  ids.reserve(a.nodes);
  Timer nodesTimer;
  for (uint64_t i = 0; i < a.nodes; ++i) {
    ids.push_back(bulk->addNode({t.person}, {{t.id, int64_t(i)}}));
  }
  double nodeSeconds = nodesTimer.seconds();
  std::mt19937_64 rng(42);
  Timer relsTimer;
  for (uint64_t i = 0; i < a.rels; ++i) {
    bulk->addRel(t.knows, ids[rng() % a.nodes], ids[rng() % a.nodes], {});
  }
  double addSeconds = relsTimer.seconds();
  Timer finishTimer;
  bulk->finish();
  double finishSeconds = finishTimer.seconds();
  double relSeconds = addSeconds + finishSeconds;
  double relCpu = relsTimer.cpuSeconds();
  std::printf("bulk nodes:          %llu in %.2f s (%.0f nodes/s, before finish)\n",
              (unsigned long long)a.nodes, nodeSeconds, a.nodes / nodeSeconds);
  std::printf("bulk rels: %llu in %.2f s = add %.2f + finish %.2f (%.0f rels/s; cpu %.2f s)\n",
              (unsigned long long)a.rels, relSeconds, addSeconds, finishSeconds,
              a.rels / relSeconds, relCpu);
  return ids;
}

void scanRels(GraphStore& store, const Tokens& t, const char* what) {
  auto txn = store.begin();
  Timer timer;
  auto cursor = txn->scanRelType(t.knows);
  std::vector<RelEntry> buf(4096);
  uint64_t count = 0, checksum = 0;
  while (size_t n = cursor->next(buf.data(), buf.size())) {
    count += n;
    for (size_t i = 0; i < n; ++i) checksum += buf[i].end;
  }
  double s = timer.seconds(), cpu = timer.cpuSeconds();
  std::printf("scan rel type (%s): %llu rels in %.3f s, cpu %.3f s (%.0f rels/s) [sum %llu]\n",
              what, (unsigned long long)count, s, cpu, count / s, (unsigned long long)checksum);
}

void indexLookups(GraphStore& store, const Args& a, const Tokens& t) {
  auto txn = store.begin();
  std::mt19937_64 rng(7);
  const uint64_t lookups = 500'000;
  uint64_t found = 0;
  Timer timer;
  for (uint64_t i = 0; i < lookups; ++i) {
    found += txn->indexSeek(t.person, t.id, int64_t(rng() % a.nodes)).size();
  }
  double s = timer.seconds(), cpu = timer.cpuSeconds();
  std::printf(
      "index point lookups: %llu in %.3f s, cpu %.3f s (%.0f/s wall, %.0f/s cpu; %llu found)\n",
      (unsigned long long)lookups, s, cpu, lookups / s, lookups / cpu, (unsigned long long)found);
}

void neighbourReads(GraphStore& store, const std::vector<NodeId>& ids, const Tokens& t) {
  auto txn = store.begin();
  std::vector<Edge> edges;
  std::mt19937_64 rng(9);
  const uint64_t reads = 200'000;
  uint64_t total = 0;
  Timer timer;
  for (uint64_t i = 0; i < reads; ++i) {
    txn->neighbours(ids[rng() % ids.size()], t.knows, Direction::OUT, edges);
    total += edges.size();
  }
  double s = timer.seconds(), cpu = timer.cpuSeconds();
  std::printf("neighbour list read: %.2f us per node wall, %.2f us cpu (avg degree %.1f)\n",
              s / reads * 1e6, cpu / reads * 1e6, double(total) / reads);
  uint64_t degrees = 0;
  Timer degreeTimer;
  for (uint64_t i = 0; i < reads; ++i) {
    degrees += txn->degree(ids[rng() % ids.size()], t.knows, Direction::IN);
  }
  s = degreeTimer.seconds();
  cpu = degreeTimer.cpuSeconds();
  std::printf("degree(node,type,dir): %.2f us per call wall, %.2f us cpu [sum %llu]\n",
              s / reads * 1e6, cpu / reads * 1e6, (unsigned long long)degrees);
}

void transactionalInserts(GraphStore& store, const std::vector<NodeId>& ids, const Tokens& t) {
  std::mt19937_64 rng(11);
  for (int perTxn : {1, 1000}) {
    const int txns = perTxn == 1 ? 2000 : 20;
    Timer timer;
    for (int i = 0; i < txns; ++i) {
      auto txn = store.begin();
      for (int j = 0; j < perTxn; ++j) {
        txn->createRel(t.knows, ids[rng() % ids.size()], ids[rng() % ids.size()], {});
      }
      txn->commit();
    }
    double s = timer.seconds();
    std::printf("txn inserts, %4d rel/txn: %.0f rels/s, %.0f commits/s (synced; cpu %.2f s)\n",
                perTxn, txns * perTxn / s, txns / s, timer.cpuSeconds());
  }
}

}  // namespace

int main(int argc, char** argv) {
  Args a = parseArgs(argc, argv);
  if (!a.reuse) std::filesystem::remove_all(a.dir);
  std::printf("storage_bench: %llu nodes, %llu rels of one type, dir %s\n",
              (unsigned long long)a.nodes, (unsigned long long)a.rels, a.dir.c_str());
  std::vector<NodeId> ids;
  {
    auto store = GraphStore::open(a.dir);
    Tokens t{store->catalog().getOrCreateLabel("Person"), store->catalog().getOrCreatePropKey("id"),
             store->catalog().getOrCreateRelType("KNOWS")};
    if (a.reuse) {
      for (uint64_t i = 0; i < a.nodes; ++i) ids.push_back(i);
      scanRels(*store, t, "first");
      scanRels(*store, t, "warm");
      indexLookups(*store, a, t);
      neighbourReads(*store, ids, t);
      return 0;
    }
    store->createIndex({"person_id", t.person, t.id, /*unique=*/true});
    ids = bulkLoad(*store, a, t);
    scanRels(*store, t, "first");
    scanRels(*store, t, "warm");
    indexLookups(*store, a, t);
    neighbourReads(*store, ids, t);
    transactionalInserts(*store, ids, t);
    std::printf("counts: nodes %llu, rels %llu\n", (unsigned long long)store->nodeCount(),
                (unsigned long long)store->relCount());
  }
  uint64_t bytes = 0;
  for (auto& e : std::filesystem::recursive_directory_iterator(a.dir)) {
    if (e.is_regular_file()) bytes += e.file_size();
  }
  std::printf("database size: %.1f MB\n", bytes / 1e6);
  if (!a.keep) std::filesystem::remove_all(a.dir);
}
