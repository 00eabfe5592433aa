// Exit statuses and messages of the command line itself; no statement is executed.
#include <filesystem>

#include "tests/unit/repl/cli_runner.h"

namespace rollcall::repl::testing {
namespace {

using CliUsage = CliTest;

TEST_F(CliUsage, VersionAndHelpExitZero) {
  CliOutput version = run("--version");
  EXPECT_EQ(version.status, 0);
  EXPECT_EQ(version.out, "rollcall 0.1.0\n");
  CliOutput help = run("--help");
  EXPECT_EQ(help.status, 0);
  for (const char* command : {"run", "query", "shell"})
    EXPECT_NE(help.out.find(command), std::string::npos) << command;
  CliOutput runHelp = run("run --help");
  EXPECT_EQ(runHelp.status, 0);
  EXPECT_NE(runHelp.out.find("--param"), std::string::npos);
  EXPECT_NE(runHelp.out.find("--import-dir"), std::string::npos);
  EXPECT_EQ(runHelp.err, "");
}

TEST_F(CliUsage, NoCommandOrUnknownCommandIsUsageError) {
  CliOutput none = run("");
  EXPECT_EQ(none.status, 2);
  EXPECT_NE(none.err.find("Usage"), std::string::npos) << none.err;
  CliOutput unknown = run("frobnicate --db x");
  EXPECT_EQ(unknown.status, 2);
  EXPECT_EQ(unknown.out, "");
}

TEST_F(CliUsage, MissingDbIsUsageError) {
  CliOutput r = run("query 'RETURN 1'");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--db"), std::string::npos) << r.err;
}

TEST_F(CliUsage, MissingFileIsUsageErrorAndOpensNothing) {
  CliOutput r = run("run --db '" + db() + "' '" + path("absent.cypher") + "'");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("absent.cypher"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(db()));
}

TEST_F(CliUsage, UnknownOptionAndBadFormat) {
  EXPECT_EQ(run("query --db '" + db() + "' --frob 'RETURN 1'").status, 2);
  CliOutput format = run("query --db '" + db() + "' --format xml 'RETURN 1'");
  EXPECT_EQ(format.status, 2);
  EXPECT_NE(format.err.find("xml"), std::string::npos) << format.err;
}

TEST_F(CliUsage, InvalidParamJsonIsUsageError) {
  CliOutput r = run("query --db '" + db() + "' --param 'x={' 'RETURN $x'");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("parameter 'x': invalid JSON"), std::string::npos) << r.err;
  EXPECT_EQ(run("query --db '" + db() + "' --param noequals 'RETURN 1'").status, 2);
  EXPECT_FALSE(std::filesystem::exists(db()));
}

TEST_F(CliUsage, ParamTakesOneValueSoFilesFollow) {
  // A greedy --param would swallow the file name and complain about NAME=JSON instead.
  CliOutput r =
      run("run --db '" + db() + "' --param a=1 --param b=2 '" + path("absent.cypher") + "'");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(firstLine(r.err).find("absent.cypher"), std::string::npos) << r.err;
}

TEST_F(CliUsage, QueryNeedsItsText) { EXPECT_EQ(run("query --db '" + db() + "'").status, 2); }

}  // namespace
}  // namespace rollcall::repl::testing
