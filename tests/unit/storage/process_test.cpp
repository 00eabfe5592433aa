// Multi-process behaviour: the directory lock and crash safety. Children are fresh processes
// (this binary re-executed with a gtest filter) so no RocksDB state is inherited through fork.
#include <rocksdb/db.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <set>

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

// Exits 0 when opening the directory fails with exactly the expected LOCKED error.
void childOpenLocked() {
  try {
    GraphStore::open(childDir());
  } catch (const StorageError& e) {
    bool ok = e.kind() == StorageErrorKind::LOCKED &&
              std::string(e.what()) == "database '" + childDir() + "' is in use by another process";
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
  EXPECT_NO_THROW(GraphStore::open(dir));  // released on close
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

}  // namespace
}  // namespace rollcall::storage::testing
