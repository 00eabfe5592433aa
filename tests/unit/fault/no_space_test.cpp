// A full disk during writes: on a small tmpfs (skipped where mounting is not permitted), a
// filler file takes the free space, then statements and a bulk load run into ENOSPC. Each must
// fail with a StorageError saying there is no space, without crashing; once space is freed the
// database opens with every acknowledged statement, and `rollcall check` finds it consistent.
#include <sys/mount.h>

#include <cerrno>
#include <cstring>

#include "tests/unit/fault/fault_test_util.h"

namespace rollcall::fault {
namespace {

namespace fs = std::filesystem;

constexpr const char* TMPFS_OPTIONS = "size=16m";
constexpr int STATEMENTS = 400;

// A tmpfs mounted for the test's lifetime, unmounted even when an assertion fails.
class SmallDisk {
 public:
  explicit SmallDisk(const fs::path& dir) : dir_(dir) {
    fs::create_directories(dir);
    if (::mount("tmpfs", dir.c_str(), "tmpfs", 0, TMPFS_OPTIONS) != 0)
      error_ = std::strerror(errno);
  }
  ~SmallDisk() {
    if (error_.empty()) ::umount2(dir_.c_str(), MNT_DETACH);
  }
  const std::string& error() const { return error_; }

 private:
  fs::path dir_;
  std::string error_;
};

// Writes until the file system is full; returns how many bytes the file got.
size_t fill(const fs::path& file) {
  std::FILE* f = std::fopen(file.c_str(), "wb");
  std::string chunk(4096, 'x');
  size_t written = 0;
  while (f && std::fwrite(chunk.data(), 1, chunk.size(), f) == chunk.size()) {
    written += chunk.size();
    if (std::fflush(f) != 0) break;
  }
  if (f) std::fclose(f);
  return written;
}

void expectNoSpaceError(const Finished& f, const std::string& what) {
  EXPECT_EQ(f.signal, 0) << what << " crashed\n" << f.err;
  EXPECT_EQ(f.exitCode, 1) << what << "\n" << f.err;
  EXPECT_TRUE(startsWith(f.err, "StorageError: ")) << what << "\n" << f.err;
  EXPECT_NE(f.err.find("no space left on device"), std::string::npos) << what << "\n" << f.err;
}

class NoSpace : public FaultTest {
 protected:
  void SetUp() override {
    FaultTest::SetUp();
    disk_ = std::make_unique<SmallDisk>(dir_ / "disk");
    if (!disk_->error().empty()) {
      GTEST_SKIP() << "cannot mount a size-limited tmpfs here (" << disk_->error() << ")";
    }
  }
  void TearDown() override {
    disk_.reset();
    FaultTest::TearDown();
  }

  std::string db() const { return (dir_ / "disk" / "db").string(); }
  fs::path filler() const { return dir_ / "disk" / "filler"; }

  std::unique_ptr<SmallDisk> disk_;
};

std::string manyWrites() {
  std::string script, text(1500, 'w');
  for (int i = 1; i <= STATEMENTS; ++i) {
    script += "CREATE (:Note {n: " + std::to_string(i) + ", text: '" + text + "'});\n";
  }
  return script;
}

TEST_F(NoSpace, StatementsFailClearlyAndCommittedOnesSurvive) {
  writeWhole(path("schema.cypher"),
             "CREATE CONSTRAINT note_n FOR (x:Note) REQUIRE x.n IS UNIQUE;\n");
  ASSERT_EQ(runRollcall({"run", "--db", db(), path("schema.cypher")}).exitCode, 0);
  writeWhole(path("writes.cypher"), manyWrites());
  fill(filler());
  // Leave a little room: the open and some statements fit, then the log cannot grow.
  fs::resize_file(filler(), fs::file_size(filler()) - 256 * 1024);
  Finished run = runRollcall({"run", "--db", db(), "--format", "json", path("writes.cypher")});
  size_t acknowledged = completeLines(run.out).size();
  std::cout << acknowledged << " statements committed before the disk was full\n";
  ASSERT_LT(acknowledged, size_t(STATEMENTS)) << "the disk never filled up";
  expectNoSpaceError(run, "statements on a full disk");

  fs::remove(filler());
  writeWhole(path("count.cypher"), "MATCH (x:Note) RETURN count(x) AS c, max(x.n) AS hi;\n");
  std::vector<nlohmann::json> rows = queryRows(db(), path("count.cypher"), "after freeing space");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0][0][0], acknowledged) << "acknowledged statements lost, or a failed one kept";
  expectConsistent(db(), "after freeing space");
}

TEST_F(NoSpace, OpeningAFullDiskFailsClearly) {
  ASSERT_EQ(runRollcall({"query", "--db", db(), "CREATE (:Seed {n: 1})"}).exitCode, 0);
  fill(filler());
  Finished query = runRollcall({"query", "--db", db(), "CREATE (:Seed {n: 2})"});
  EXPECT_EQ(query.signal, 0) << query.err;
  if (query.exitCode != 0) expectNoSpaceError(query, "a write on a full disk");
  fs::remove(filler());
  expectConsistent(db(), "after freeing space");
}

TEST_F(NoSpace, BulkLoadFailsClearlyAndLoadsNothing) {
  Finished gen = runRollcall({"generate", "--students", "3000", "--sessions", "100", "--attendance",
                              "60000", "--out", path("gen"), "--seed", "3"});
  ASSERT_EQ(gen.exitCode, 0) << gen.err;
  ASSERT_EQ(runRollcall({"query", "--db", db(), "CREATE (:Seed {n: 1})"}).exitCode, 0);
  fill(filler());
  fs::resize_file(filler(), fs::file_size(filler()) - 512 * 1024);
  Finished load = runRollcall({"load", "attendance", "--db", db(), "--students",
                               path("gen/students.csv"), "--sessions", path("gen/sessions.csv"),
                               "--attendance", path("gen/attendance.csv")});
  expectNoSpaceError(load, "a bulk load on a full disk");
  EXPECT_NE(load.err.find("nothing was loaded"), std::string::npos) << load.err;

  fs::remove(filler());
  writeWhole(path("count.cypher"), "MATCH (n) RETURN count(n) AS c;\n");
  std::vector<nlohmann::json> rows = queryRows(db(), path("count.cypher"), "after freeing space");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0][0][0], 1) << "a failed load left data behind";
  for (const auto& entry : fs::directory_iterator(db())) {
    EXPECT_FALSE(startsWith(entry.path().filename().string(), "bulk-")) << entry.path();
  }
  expectConsistent(db(), "after freeing space");
}

}  // namespace
}  // namespace rollcall::fault
