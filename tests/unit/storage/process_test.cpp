// Multi-process behaviour: the directory lock and crash safety. Children are fresh processes
// (this binary re-executed with a gtest filter) so no RocksDB state is inherited through fork.
#include <rocksdb/db.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <set>

#include "storage/check/consistency_check.h"
#include "storage/common/storage_error.h"
#include "tests/unit/storage/storage_test_util.h"

namespace rollcall::storage::testing {
namespace {

const char* childMode() { return std::getenv("ROLLCALL_STORAGE_CHILD"); }
std::string childDir() { return std::getenv("ROLLCALL_STORAGE_DIR"); }

// Runs ProcessChild.Main in a new process; returns its pid. `fd` is inherited.
pid_t spawnChild(const std::string& mode, const std::string& dir, int fd = -1) {
  pid_t pid = fork();
  if (pid == 0) {
    setenv("ROLLCALL_STORAGE_CHILD", mode.c_str(), 1);
    setenv("ROLLCALL_STORAGE_DIR", dir.c_str(), 1);
    setenv("ROLLCALL_STORAGE_FD", std::to_string(fd).c_str(), 1);
    execl("/proc/self/exe", "unit_storage", "--gtest_filter=ProcessChild.Main", nullptr);
    _exit(127);
  }
  return pid;
}

int waitExit(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string lockedBy(const std::string& dir, pid_t holder) {
  return "database '" + dir + "' is in use by another process (pid " + std::to_string(holder) + ")";
}

// Exits 0 when opening the directory fails with exactly the expected LOCKED error, naming the
// parent as the holder.
void childOpenLocked() {
  try {
    GraphStore::open(childDir());
  } catch (const StorageError& e) {
    bool ok = e.kind() == StorageErrorKind::LOCKED &&
              std::string(e.what()) == lockedBy(childDir(), getppid());
    _exit(ok ? 0 : 2);
  }
  _exit(1);
}

// Commits groups forever: group i = 3 nodes with seq=i and 2 relationships, then reports i.
void childWriteForever() {
  int fd = std::atoi(std::getenv("ROLLCALL_STORAGE_FD"));
  auto store = GraphStore::open(childDir());
  auto& c = store->catalog();
  auto group = c.getOrCreateLabel("Group");
  auto seq = c.getOrCreatePropKey("seq");
  auto link = c.getOrCreateRelType("LINK");
  for (int64_t i = 0;; ++i) {
    auto txn = store->begin();
    NodeId a = txn->createNode({group}, {{seq, i}});
    NodeId b = txn->createNode({group}, {{seq, i}});
    NodeId d = txn->createNode({group}, {{seq, i}});
    txn->createRel(link, a, b, {{seq, i}});
    txn->createRel(link, b, d, {{seq, i}});
    txn->commit();
    if (write(fd, &i, sizeof i) != sizeof i) _exit(3);
  }
}

TEST(ProcessChild, Main) {
  if (!childMode()) GTEST_SKIP() << "runs only as a child of the process tests";
  std::string mode = childMode();
  if (mode == "locked") childOpenLocked();
  if (mode == "writer") childWriteForever();
  _exit(4);
}

TEST(ProcessTest, SecondProcessGetsLocked) {
  auto dir = uniqueTempDir("lock");
  {
    auto store = GraphStore::open(dir);
    EXPECT_EQ(waitExit(spawnChild("locked", dir)), 0);
    // The same process opening it twice gets the same error.
    try {
      GraphStore::open(dir);
      FAIL();
    } catch (const StorageError& e) {
      EXPECT_EQ(e.kind(), StorageErrorKind::LOCKED);
    }
  }
  EXPECT_FALSE(std::filesystem::exists(dir + "/rollcall.pid"));  // removed at close
  EXPECT_NO_THROW(GraphStore::open(dir));                        // released on close
  std::filesystem::remove_all(dir);
}

TEST(ProcessTest, NotADatabaseAndFormatVersion) {
  auto dir = uniqueTempDir("notdb");
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "/notes.txt") << "hello";
  try {
    GraphStore::open(dir);
    FAIL();
  } catch (const StorageError& e) {
    EXPECT_EQ(e.kind(), StorageErrorKind::NOT_A_DATABASE);
    EXPECT_EQ(std::string(e.what()), "'" + dir + "' is not a rollcall database");
  }
  std::filesystem::remove_all(dir);
  GraphStore::open(dir).reset();
  {  // pretend a newer build wrote it
    std::vector<std::string> names;
    ASSERT_TRUE(rocksdb::DB::ListColumnFamilies({}, dir, &names).ok());
    std::vector<rocksdb::ColumnFamilyDescriptor> cfs;
    for (auto& n : names) cfs.emplace_back(n, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* db = nullptr;
    ASSERT_TRUE(rocksdb::DB::Open({}, dir, cfs, &handles, &db).ok());
    db->Put({}, "meta:format", std::string("\0\0\0\x09", 4));
    for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
    delete db;
  }
  try {
    GraphStore::open(dir);
    FAIL();
  } catch (const StorageError& e) {
    EXPECT_EQ(e.kind(), StorageErrorKind::FORMAT_VERSION) << e.what();
  }
  std::filesystem::remove_all(dir);
}

std::vector<int64_t> readReports(int fd, size_t atLeast, bool untilEof) {
  std::vector<int64_t> out;
  int64_t v;
  while ((untilEof || out.size() < atLeast) && read(fd, &v, sizeof v) == sizeof v) {
    out.push_back(v);
  }
  return out;
}

TEST(ProcessTest, KilledWriterLosesNoCommittedTransaction) {
  auto dir = uniqueTempDir("crash");
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  pid_t pid = spawnChild("writer", dir, fds[1]);
  close(fds[1]);
  auto reported = readReports(fds[0], 25, /*untilEof=*/false);
  kill(pid, SIGKILL);
  waitExit(pid);
  auto rest = readReports(fds[0], 0, /*untilEof=*/true);
  close(fds[0]);
  reported.insert(reported.end(), rest.begin(), rest.end());
  ASSERT_GE(reported.size(), 25u);

  auto store = GraphStore::open(dir);
  auto& c = store->catalog();
  auto seq = *c.findPropKey("seq");
  auto txn = store->begin();
  std::map<int64_t, int> nodesPerSeq, relsPerSeq;
  auto nodes = txn->scanAllNodes();
  for (NodeId id : drain(*nodes)) nodesPerSeq[txn->nodeProperty(id, seq).asInt()]++;
  auto rels = txn->scanAllRels();
  for (const auto& r : drain(*rels)) relsPerSeq[txn->relProperty(r.id, seq).asInt()]++;
  for (int64_t s : reported) {
    EXPECT_EQ(nodesPerSeq[s], 3) << s;
    EXPECT_EQ(relsPerSeq[s], 2) << s;
  }
  // At most the transaction in flight committed without being reported, and nothing is partial.
  EXPECT_LE(nodesPerSeq.size(), reported.size() + 1);
  for (auto [s, n] : nodesPerSeq) EXPECT_EQ(n, 3) << s;
  for (auto [s, n] : relsPerSeq) EXPECT_EQ(n, 2) << s;
  EXPECT_EQ(store->nodeCount(), 3 * nodesPerSeq.size());
  EXPECT_EQ(store->relCount(), 2 * relsPerSeq.size());
  txn.reset();
  store.reset();
  std::filesystem::remove_all(dir);
}

std::unique_ptr<GraphStore> openReader(const std::string& dir) {
  OpenOptions options;
  options.createIfMissing = false;
  options.readOnly = true;
  return GraphStore::open(dir, options);
}

// The writer child's groups as `store` sees them: every group whole (3 nodes, 2 relationships),
// groups 0..n-1 all there, the counts agreeing. Returns n.
uint64_t wholeGroups(GraphStore& store) {
  auto seq = store.catalog().findPropKey("seq");
  if (!seq) return 0;
  auto txn = store.begin();
  std::map<int64_t, int> nodesPerSeq;
  auto nodes = txn->scanAllNodes();
  for (NodeId id : drain(*nodes)) nodesPerSeq[txn->nodeProperty(id, *seq).asInt()]++;
  int64_t expected = 0;
  for (auto [s, n] : nodesPerSeq) {
    EXPECT_EQ(s, expected++);
    EXPECT_EQ(n, 3) << s;
  }
  EXPECT_EQ(store.nodeCount(), 3 * nodesPerSeq.size());
  EXPECT_EQ(store.relCount(), 2 * nodesPerSeq.size());
  return nodesPerSeq.size();
}

// Read-only opens (RocksDB secondary instances) beside a process committing all the time: each
// sees whole transactions only, a consistent database, and keeps the state it opened on.
TEST(ProcessTest, ReadersBesideAWriterSeeWholeTransactions) {
  auto dir = uniqueTempDir("readers");
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  pid_t pid = spawnChild("writer", dir, fds[1]);
  close(fds[1]);
  struct Killer {  // also when an assertion or an exception ends the test early
    pid_t pid;
    ~Killer() {
      kill(pid, SIGKILL);
      waitExit(pid);
    }
  };
  std::unique_ptr<Killer> killer(new Killer{pid});
  // Every commit reported (the child reports after its commit returned) is seen by a reader
  // opened afterwards; the child is usually further on than its reports read so far.
  uint64_t reported = readReports(fds[0], 5, /*untilEof=*/false).size();
  ASSERT_EQ(reported, 5u);
  try {
    GraphStore::open(dir);
    ADD_FAILURE() << "a second writer opened the database";
  } catch (const StorageError& e) {
    EXPECT_EQ(std::string(e.what()), lockedBy(dir, pid));
  }
  uint64_t previous = 0;
  for (int round = 0; round < 8; ++round) {
    reported += readReports(fds[0], 20, /*untilEof=*/false).size();
    auto reader = openReader(dir);
    uint64_t groups = wholeGroups(*reader);
    EXPECT_GE(groups, std::max(reported, previous));
    ConsistencyReport report = checkConsistency(*reader);
    EXPECT_TRUE(report.ok()) << (report.problems.empty() ? "" : report.problems.front());
    reported += readReports(fds[0], 20, /*untilEof=*/false).size();
    EXPECT_EQ(wholeGroups(*reader), groups);  // what it opened on
    previous = groups;
  }
  killer.reset();
  close(fds[0]);
  auto store = GraphStore::open(dir);
  EXPECT_GE(wholeGroups(*store), previous);
  EXPECT_TRUE(checkConsistency(*store).ok());
  store.reset();
  std::filesystem::remove_all(dir);
}

// Nobody holding the database: a reader opens it, writes nothing into its directory and leaves
// nothing behind; writing through it fails. A directory that is no database stays absent.
TEST(ProcessTest, ReaderOfAClosedDatabase) {
  auto dir = uniqueTempDir("reader");
  {
    auto store = GraphStore::open(dir);
    auto txn = store->begin();
    txn->createNode({store->catalog().getOrCreateLabel("A")}, {});
    txn->commit();
  }
  auto listing = [&] {
    std::set<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
      names.insert(e.path().filename().string());
    }
    return names;
  };
  std::set<std::string> before = listing();
  {
    auto reader = openReader(dir);
    EXPECT_EQ(reader->nodeCount(), 1u);
    auto txn = reader->begin();
    EXPECT_THROW(txn->createNode({}, {}), StorageError);
  }
  EXPECT_EQ(listing(), before);
  {
    auto reader = openReader(dir);
    EXPECT_NO_THROW(GraphStore::open(dir));  // a reader holds no lock
  }
  std::filesystem::remove_all(dir);
  try {
    openReader(dir);
    ADD_FAILURE() << "opened a database that does not exist";
  } catch (const StorageError& e) {
    EXPECT_EQ(e.kind(), StorageErrorKind::NOT_A_DATABASE);
  }
  EXPECT_FALSE(std::filesystem::exists(dir));
}

// A reader killed before closing leaves its private directory under the temporary directory;
// the next reader removes it, and leaves alone those of live processes.
TEST(ProcessTest, ReaderRemovesTheDirectoriesOfKilledReaders) {
  auto dir = uniqueTempDir("orphans");
  GraphStore::open(dir).reset();
  pid_t dead = fork();
  if (dead == 0) _exit(0);
  waitExit(dead);
  auto base = std::filesystem::temp_directory_path();
  auto orphan = base / ("rollcall-reader-" + std::to_string(dead) + "-killed");
  auto alive = base / ("rollcall-reader-" + std::to_string(getppid()) + "-alive");
  std::filesystem::create_directories(orphan / "inner");
  std::filesystem::create_directories(alive);
  openReader(dir).reset();
  EXPECT_FALSE(std::filesystem::exists(orphan));
  EXPECT_TRUE(std::filesystem::exists(alive));
  std::filesystem::remove_all(alive);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace rollcall::storage::testing
