// `--read-only` readers beside a writing process, and the errors around them. The processes are
// the real binary: a writing `rollcall shell` fed through a pipe, readers run with popen.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <set>
#include <sstream>
#include <thread>
#include <vector>

#include "engine/main/database.h"
#include "tests/unit/repl/cli_runner.h"

namespace rollcall::repl::testing {
namespace {

using CliReaders = CliTest;

constexpr int BATCH = 100;
constexpr const char* COUNT_BATCHES =
    "MATCH (n:Item) RETURN n.batch AS b, count(*) AS c ORDER BY b";

std::string createBatch(int batch) {
  return "UNWIND range(1, " + std::to_string(BATCH) +
         ") AS i CREATE (:Item {batch: " + std::to_string(batch) + ", i: i});\n";
}

std::string readAll(std::FILE* pipe) {
  std::string text;
  char buf[4096];
  while (size_t n = std::fread(buf, 1, sizeof buf, pipe)) text.append(buf, n);
  return text;
}

// The batches a reader's CSV shows; fails the test unless they are 0..n-1, each whole.
int wholeBatches(const std::string& csv) {
  std::istringstream in(csv);
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "b,c");
  int expected = 0;
  while (std::getline(in, line)) {
    EXPECT_EQ(line, std::to_string(expected) + "," + std::to_string(BATCH)) << csv;
    ++expected;
  }
  return expected;
}

class Writer {
 public:
  Writer(const std::string& command, int batches) : pipe_(popen(command.c_str(), "w")) {
    thread_ = std::thread([this, batches] {
      for (int b = 1; b <= batches && pipe_; ++b) {
        std::string statement = createBatch(b);
        std::fwrite(statement.data(), 1, statement.size(), pipe_);
        std::fflush(pipe_);
        std::this_thread::sleep_for(std::chrono::milliseconds(15));
      }
      done_ = true;
    });
  }
  bool done() const { return done_; }
  // Waits for the statements to be sent and the shell to exit; its exit status.
  int finish() {
    thread_.join();
    int raw = pclose(pipe_);
    return WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  }

 private:
  std::FILE* pipe_;
  std::atomic<bool> done_{false};
  std::thread thread_;
};

// A shell commits 100-node batches while rounds of three `query --read-only` run at once:
// each reader sees whole batches only, 0..n-1, never fewer than a reader before it.
TEST_F(CliReaders, ReadersBesideAWriterSeeWholeBatches) {
  const std::string bin = std::string("'") + ROLLCALL_BINARY + "'";
  ASSERT_EQ(run("query --db '" + db() + "' \"" + createBatch(0) + "\"").status, 0);
  constexpr int BATCHES = 120;
  Writer writer(bin + " shell --db '" + db() + "' >'" + path("writer.out") + "' 2>'" +
                    path("writer.err") + "'",
                BATCHES);
  std::string reader =
      bin + " query --read-only --db '" + db() + "' --format csv '" + COUNT_BATCHES + "' 2>&1";
  int rounds = 0, seen = 0;
  std::set<int> distinct;
  while (!writer.done() || rounds < 3) {
    std::vector<std::FILE*> readers;
    for (int i = 0; i < 3; ++i) readers.push_back(popen(reader.c_str(), "r"));
    for (std::FILE* pipe : readers) {
      ASSERT_NE(pipe, nullptr);
      std::string out = readAll(pipe);
      EXPECT_EQ(pclose(pipe), 0) << out;
      int batches = wholeBatches(out);
      EXPECT_GE(batches, 1);
      distinct.insert(batches);
      seen = std::max(seen, batches);
    }
    ++rounds;
  }
  EXPECT_EQ(writer.finish(), 0) << readWhole(dir_ / "writer.err");
  EXPECT_EQ(readWhole(dir_ / "writer.err"), "");
  EXPECT_GE(distinct.size(), 2u) << "the readers never overlapped the writer's commits";

  CliOutput check = run("check --db '" + db() + "'");
  EXPECT_EQ(check.status, 0) << check.out << check.err;
  CliOutput total = run("query --db '" + db() + "' --format csv '" + COUNT_BATCHES + "'");
  EXPECT_EQ(wholeBatches(total.out), BATCHES + 1);
}

TEST_F(CliReaders, WriteInAReadOnlyProcessFailsAndChangesNothing) {
  ASSERT_EQ(run("query --db '" + db() + "' 'CREATE (:Item {batch: 0})'").status, 0);
  Database holder(db());  // a writer holds it meanwhile
  CliOutput r = run("query --read-only --db '" + db() + "' 'MATCH (n) SET n.batch = 1'");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "SemanticError: AccessMode: database opened read-only (--read-only): SET is not "
            "allowed\nline 1, column 11\n  MATCH (n) SET n.batch = 1\n            ^\n");

  writeWhole(path("script.cypher"),
             "MATCH (n) RETURN count(n) AS n;\nCREATE INDEX FOR (n:Item) ON (n.batch);\n");
  CliOutput script =
      run("run --read-only --db '" + db() + "' --format csv '" + path("script.cypher") + "'");
  EXPECT_EQ(script.status, 1);
  EXPECT_EQ(script.out, "n\n1\n");
  EXPECT_TRUE(startsWith(script.err,
                         "SemanticError: AccessMode: database opened read-only "
                         "(--read-only): CREATE INDEX is not allowed\n"))
      << script.err;

  CliOutput shell = run("shell --read-only --db '" + db() + "'",
                        "CALL algo.wcc.write({property: 'component'});\n"
                        "MATCH (n {batch: 0}) RETURN count(*) AS c;\n");
  EXPECT_EQ(shell.status, 1);
  EXPECT_TRUE(startsWith(shell.err,
                         "SemanticError: AccessMode: database opened read-only "
                         "(--read-only): CALL algo.wcc.write is not allowed\n"))
      << shell.err;
  EXPECT_NE(shell.out.find("| 1 |"), std::string::npos) << shell.out;

  CliOutput after = run("query --read-only --db '" + db() +
                        "' --format csv 'MATCH (n) RETURN n.batch AS b, n.component AS c'");
  EXPECT_EQ(after.out, "b,c\n0,\n");
  CliOutput indexes = run("query --read-only --db '" + db() + "' --format csv 'SHOW INDEXES'");
  EXPECT_EQ(indexes.status, 0) << indexes.err;
  EXPECT_EQ(firstLine(indexes.out), "name,type,labelsOrTypes,properties,owningConstraint");
  EXPECT_EQ(indexes.out.find("Item"), std::string::npos) << indexes.out;
}

TEST_F(CliReaders, SecondWriterIsToldTheHoldersPid) {
  ASSERT_EQ(run("query --db '" + db() + "' 'RETURN 1'").status, 0);
  Database holder(db());
  CliOutput r = run("query --db '" + db() + "' 'CREATE ()'");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(firstLine(r.err), "StorageError: database '" + db() +
                                  "' is in use by another process (pid " +
                                  std::to_string(getpid()) + ")");
}

TEST_F(CliReaders, ReadOnlyOfAMissingDatabase) {
  CliOutput r = run("query --read-only --db '" + db() + "' 'RETURN 1'");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(firstLine(r.err), "StorageError: database '" + db() + "' does not exist");
  EXPECT_FALSE(std::filesystem::exists(db()));
}

}  // namespace
}  // namespace rollcall::repl::testing
