// `rollcall load attendance` in process: the summary lines, the rejects file, the errors.
#include <gtest/gtest.h>

#include <sstream>

#include "repl/commands.h"
#include "tests/unit/loaders/attendance_loader_test_util.h"

namespace rollcall::loaders::testing {
namespace {

struct CliRun {
  int status = 0;
  std::string out;
  std::string err;
};

class LoadCommandTest : public AttendanceLoaderTest {
 protected:
  void SetUp() override {
    AttendanceLoaderTest::SetUp();
    store_.reset();  // the command opens the database itself
  }

  CliRun run(std::vector<std::string> args) {
    args.insert(args.begin(), "rollcall");
    std::vector<const char*> argv;
    for (const std::string& a : args) argv.push_back(a.c_str());
    std::istringstream in;
    std::ostringstream out;
    std::ostringstream err;
    repl::CliContext ctx{in, out, err};
    int status = repl::runCli(static_cast<int>(argv.size()), argv.data(), ctx);
    return {status, out.str(), err.str()};
  }

  std::vector<std::string> loadArgs(const std::string& data) {
    return {"load",         "attendance",
            "--db",         (dir_ / "cli-db").string(),
            "--students",   data + "/students.csv",
            "--sessions",   data + "/sessions.csv",
            "--attendance", data + "/attendance.csv",
            "--rejects",    rejectsPath()};
  }
};

TEST_F(LoadCommandTest, PrintsOneSummaryLinePerFile) {
  CliRun r = run(loadArgs(std::string(ROLLCALL_SOURCE_DIR) + "/data/sample"));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out,
            "students.csv: 13 rows, 12 loaded, 1 rejected\n"
            "sessions.csv: 9 rows, 8 loaded, 1 rejected\n"
            "attendance.csv: 38 rows, 34 loaded, 4 rejected\n"
            "created 26 nodes, 46 relationships; set 0 properties\n"
            "rejected rows are listed in " +
                rejectsPath() + "\n");
  EXPECT_EQ(r.err, "");
  std::string rejects = read(rejectsPath());
  EXPECT_NE(rejects.find("students.csv,14,non-integer student_id 'abc'"), std::string::npos);
  EXPECT_NE(rejects.find("attendance.csv,37,unknown session_id 999"), std::string::npos) << rejects;
}

TEST_F(LoadCommandTest, MalformedFileIsALoadErrorAndLoadsNothing) {
  write("students.csv", "student_id,name\n1,\"Alice\n");
  write("sessions.csv", "session_id\n101\n");
  write("attendance.csv", "student_id,session_id\n1,101\n");
  CliRun r = run(loadArgs(dir_.string()));
  EXPECT_EQ(r.status, repl::EXIT_FAILURE_STATEMENT);
  EXPECT_EQ(r.err.rfind("LoadError: ", 0), 0u) << r.err;
  EXPECT_NE(r.err.find("nothing was loaded"), std::string::npos);
  EXPECT_EQ(r.out, "");
}

TEST_F(LoadCommandTest, MissingFileIsAUsageError) {
  CliRun r = run({"load", "attendance", "--db", (dir_ / "cli-db").string(), "--students",
                  "nope.csv", "--sessions", "nope.csv", "--attendance", "nope.csv"});
  EXPECT_EQ(r.status, repl::EXIT_USAGE);
}

}  // namespace
}  // namespace rollcall::loaders::testing
