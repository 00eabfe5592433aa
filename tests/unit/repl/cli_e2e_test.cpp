// The command line end to end: these need a working engine and storage.
#include <nlohmann/json.hpp>
#include <regex>

#include "engine/main/database.h"
#include "tests/unit/repl/cli_runner.h"

namespace rollcall::repl::testing {
namespace {

using nlohmann::json;
using CliEndToEnd = CliTest;

const std::string ZERO_STATS =
    R"("stats":{"nodes_created":0,"nodes_deleted":0,"relationships_created":0,)"
    R"("relationships_deleted":0,"properties_set":0,"labels_added":0,"labels_removed":0})";

std::vector<json> jsonLines(const std::string& out) {
  std::vector<json> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) lines.push_back(json::parse(line));
  return lines;
}

TEST_F(CliEndToEnd, QueryPrintsOneJsonLine) {
  CliOutput r = run("query --db '" + db() + "' --format json 'RETURN 1 AS x, 2.0 AS y'");
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, R"({"columns":["x","y"],"rows":[[1,2.0]],)" + ZERO_STATS + "}\n");
}

TEST_F(CliEndToEnd, DefaultFormatIsATable) {
  CliOutput r = run("query --db '" + db() + "' 'RETURN 1 AS x;'");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "+---+\n| x |\n+---+\n| 1 |\n+---+\n1 row\n");
}

// EXPLAIN prints the plan with its estimates and no (empty) result table after it.
TEST_F(CliEndToEnd, ExplainPrintsThePlanOnly) {
  CliOutput r = run("query --db '" + db() + "' 'EXPLAIN RETURN 1 AS x'");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "+ Projection  (est. rows 1)\n  + Argument  (est. rows 1)\n");
}

TEST_F(CliEndToEnd, TableShowsWhatAWriteChanged) {
  CliOutput r = run("query --db '" + db() + "' \"CREATE (:Student {name: 'Ann', age: 20})\"");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "Created 1 node, set 2 properties, added 1 label\n");
}

TEST_F(CliEndToEnd, CsvFormat) {
  CliOutput r =
      run("query --db '" + db() + "' --format csv \"RETURN 'x,y' AS a, null AS b, 1.5 AS c\"");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "a,b,c\n\"x,y\",,1.5\n");
}

TEST_F(CliEndToEnd, RunStopsAtTheFirstFailingStatement) {
  writeWhole(path("script.cypher"),
             "CREATE (:Student {name: 'Ann'});\nRETURN 1 AS one;\n\n// next one is broken\n"
             "RETURN 1 +;\nCREATE (:Student {name: 'Bob'});\n");
  CliOutput r = run("run --db '" + db() + "' --format json '" + path("script.cypher") + "'");
  EXPECT_EQ(r.status, 1);
  std::vector<json> lines = jsonLines(r.out);
  ASSERT_EQ(lines.size(), 2u) << r.out;
  EXPECT_EQ(lines[0]["stats"]["nodes_created"], 1);
  EXPECT_EQ(lines[1]["rows"], json::parse("[[1]]"));
  EXPECT_TRUE(startsWith(r.err, "SyntaxError")) << r.err;
  std::istringstream err(r.err);
  std::string first, second;
  std::getline(err, first);
  std::getline(err, second);
  EXPECT_EQ(second, "  in " + path("script.cypher") + ", statement at line 5");

  // Statements before the failure stay committed; the ones after never ran.
  CliOutput names =
      run("query --db '" + db() + "' --format json 'MATCH (s:Student) RETURN s.name AS name'");
  EXPECT_EQ(names.status, 0) << names.err;
  EXPECT_EQ(jsonLines(names.out).at(0)["rows"], json::parse(R"([["Ann"]])"));
}

TEST_F(CliEndToEnd, RunReadsStdinAndSeveralFilesInOrder) {
  writeWhole(path("a.cypher"), "RETURN 'a;b' AS s // trailing comment\n");
  CliOutput r = run("run --db '" + db() + "' --format json - '" + path("a.cypher") + "'",
                    "RETURN 1 AS n; /* ; */ RETURN 2 AS n");
  EXPECT_EQ(r.status, 0) << r.err;
  std::vector<json> lines = jsonLines(r.out);
  ASSERT_EQ(lines.size(), 3u) << r.out;
  EXPECT_EQ(lines[0]["rows"], json::parse("[[1]]"));
  EXPECT_EQ(lines[1]["rows"], json::parse("[[2]]"));
  EXPECT_EQ(lines[2]["rows"], json::parse(R"([["a;b"]])"));
}

TEST_F(CliEndToEnd, ParamsOfEveryKind) {
  CliOutput r = run("query --db '" + db() + "' --format json --param n=5 --param f=2.5 " +
                    "--param 'd={\"~date\":\"2024-05-01\"}' --param 'm={\"k\":[1,\"x\",null]}' " +
                    "'RETURN $n AS n, $f AS f, $d AS d, $m AS m'");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, R"({"columns":["n","f","d","m"],"rows":[[5,2.5,{"~date":"2024-05-01"},)"
                   R"({"k":[1,"x",null]}]],)" +
                       ZERO_STATS + "}\n");
}

TEST_F(CliEndToEnd, EntitiesAndPathsInJson) {
  writeWhole(path("graph.cypher"),
             "CREATE (:Student {name: 'Ann'})-[:ATTENDED {minutes: 50}]->(:Session {code: 'S1'});\n"
             "MATCH p = (a:Student)-[r:ATTENDED]->(s:Session) RETURN a, r, p;\n"
             "MATCH p = (s:Session)<-[:ATTENDED]-(:Student) RETURN p;\n");
  CliOutput r = run("run --db '" + db() + "' --format json '" + path("graph.cypher") + "'");
  EXPECT_EQ(r.status, 0) << r.err;
  std::vector<json> lines = jsonLines(r.out);
  ASSERT_EQ(lines.size(), 3u) << r.out;
  const json& row = lines[1]["rows"].at(0);
  const json& a = row[0]["~node"];
  const json& rel = row[1]["~rel"];
  EXPECT_EQ(a["labels"], json::parse(R"(["Student"])"));
  EXPECT_EQ(a["properties"], json::parse(R"({"name":"Ann"})"));
  EXPECT_EQ(rel["type"], "ATTENDED");
  EXPECT_EQ(rel["start"], a["id"]);
  EXPECT_EQ(rel["properties"], json::parse(R"({"minutes":50})"));
  EXPECT_FALSE(rel.contains("direction"));
  const json& path = row[2]["~path"];
  ASSERT_EQ(path.size(), 3u);
  EXPECT_EQ(path[1]["~rel"]["direction"], "->");
  const json& reversed = lines[2]["rows"].at(0)[0]["~path"];
  ASSERT_EQ(reversed.size(), 3u);
  EXPECT_EQ(reversed[0]["~node"]["labels"], json::parse(R"(["Session"])"));
  EXPECT_EQ(reversed[1]["~rel"]["direction"], "<-");
}

TEST_F(CliEndToEnd, FailedQueryPrintsNothingOnStdout) {
  CliOutput r = run("query --db '" + db() + "' 'RETURN 1 +'");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(startsWith(r.err, "SyntaxError")) << r.err;
}

TEST_F(CliEndToEnd, LockedDatabaseIsAStorageError) {
  Database holder(db());
  CliOutput r = run("query --db '" + db() + "' 'RETURN 1'");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(startsWith(r.err, "StorageError: ")) << r.err;
  EXPECT_NE(firstLine(r.err).find("is in use by another process"), std::string::npos) << r.err;
}

TEST_F(CliEndToEnd, LoadCsvFindsFilesBesideTheScript) {
  std::filesystem::create_directories(path("scripts"));
  std::filesystem::create_directories(path("elsewhere"));
  writeWhole(path("scripts/students.csv"), "name\nAnn\nBob\n");
  writeWhole(path("elsewhere/students.csv"), "name\nCid\n");
  writeWhole(path("scripts/load.cypher"),
             "LOAD CSV WITH HEADERS FROM 'file:///students.csv' AS row\n"
             "CREATE (:Student {name: row.name});\n");
  CliOutput beside = run("run --db '" + db() + "' '" + path("scripts/load.cypher") + "'");
  EXPECT_EQ(beside.status, 0) << beside.err;
  CliOutput overridden = run("run --db '" + db() + "' --import-dir '" + path("elsewhere") + "' '" +
                             path("scripts/load.cypher") + "'");
  EXPECT_EQ(overridden.status, 0) << overridden.err;
  CliOutput names = run("query --db '" + db() +
                        "' --format csv 'MATCH (s:Student) RETURN s.name AS name ORDER BY name'");
  EXPECT_EQ(names.out, "name\nAnn\nBob\nCid\n");
}

TEST_F(CliEndToEnd, ShellReadsPipedStatements) {
  CliOutput r =
      run("shell --db '" + db() + "'", "RETURN 1 AS x;\nRETURN\n  2 AS y\n;\nRETURN 3 AS z");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out,
            "+---+\n| x |\n+---+\n| 1 |\n+---+\n1 row\n"
            "+---+\n| y |\n+---+\n| 2 |\n+---+\n1 row\n"
            "+---+\n| z |\n+---+\n| 3 |\n+---+\n1 row\n");
}

TEST_F(CliEndToEnd, ShellGoesOnAfterAnError) {
  CliOutput r = run("shell --db '" + db() + "' --format csv", "RETURN 1 +;\nRETURN 3 AS z;\n");
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(startsWith(r.err, "SyntaxError")) << r.err;
  EXPECT_EQ(r.out, "z\n3\n");
}

TEST_F(CliEndToEnd, ShellCommands) {
  CliOutput r =
      run("shell --db '" + db() + "'",
          ":format json\n:param n => 5\n:param d => date('2024-05-01')\n"
          "RETURN $n AS n, $d AS d;\n:format csv\n:params\n:nonsense\n:quit\nRETURN 9;\n");
  EXPECT_EQ(r.status, 1);  // :nonsense
  EXPECT_EQ(r.out, R"({"columns":["n","d"],"rows":[[5,{"~date":"2024-05-01"}]],)" + ZERO_STATS +
                       "}\n" +
                       "+------+------------+\n"
                       "| name | value      |\n"
                       "+------+------------+\n"
                       "| d    | 2024-05-01 |\n"
                       "| n    | 5          |\n"
                       "+------+------------+\n");
  EXPECT_EQ(r.err, "Unknown command ':nonsense', type :help for the list\n");
}

TEST_F(CliEndToEnd, ShellSchema) {
  CliOutput r = run("shell --db '" + db() + "'",
                    "CREATE (:Student)-[:ATTENDED]->(:Session), (:Student);\n:schema\n");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("| Student |     2 |"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("| Session |     1 |"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("| ATTENDED |             1 |"), std::string::npos) << r.out;
}

// --timeout on the command line and :timeout in the shell: the statement stops with
// TransactionTimedOut, nothing it wrote stays, and the next statement runs.
TEST_F(CliEndToEnd, TimeoutStopsALongStatement) {
  const std::string longWrite =
      "UNWIND range(1, 10000) AS a UNWIND range(1, 10000) AS b CREATE (:T {a: a})";
  CliOutput q = run("query --db '" + db() + "' --timeout 0.1 '" + longWrite + "'");
  EXPECT_EQ(q.status, 1);
  EXPECT_TRUE(startsWith(q.err,
                         "TransactionTimedOut: the statement ran past its time limit of "
                         "0.1 s and was stopped"))
      << q.err;
  CliOutput r = run("shell --db '" + db() + "' --format csv",
                    ":timeout\n:timeout 0.1\n:timeout\n" + longWrite +
                        ";\nMATCH (t:T) RETURN count(t) AS n;\n:timeout off\n:timeout\n"
                        ":timeout -1\n");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "no time limit\ntime limit 0.1 s\nn\n0\nno time limit\n");
  EXPECT_TRUE(startsWith(r.err, "TransactionTimedOut: ")) << r.err;
  EXPECT_NE(r.err.find("Usage: :timeout SECONDS"), std::string::npos) << r.err;
  EXPECT_EQ(run("query --db '" + db() + "' --timeout -2 'RETURN 1'").status, 2);
}

// --memory-limit on the command line and :memory-limit in the shell: MemoryLimitExceeded,
// nothing written stays, the shell goes on.
TEST_F(CliEndToEnd, MemoryLimitStopsABigStatement) {
  const std::string bigSort =
      "UNWIND range(1, 1000) AS a UNWIND range(1, 1000) AS b RETURN a ORDER BY a * b";
  CliOutput q = run("query --db '" + db() + "' --memory-limit 8MiB '" + bigSort + "'");
  EXPECT_EQ(q.status, 1);
  EXPECT_TRUE(startsWith(q.err,
                         "MemoryLimitExceeded: the statement needed more than its memory "
                         "limit of 8.0 MiB ("))
      << q.err;
  EXPECT_NE(q.err.find("for sorting rows)"), std::string::npos) << q.err;
  CliOutput r = run(
      "shell --db '" + db() + "' --format csv --memory-limit off",
      ":memory-limit\n:memory-limit 4M\n:memory-limit\nUNWIND range(1, 200) AS a "
      "UNWIND range(1, 1000) AS b CREATE (:T {a: a, b: b});\nMATCH (t:T) RETURN count(t) AS n;\n"
      ":memory-limit lots\n");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "no memory limit\nmemory limit 4.0 MiB\nn\n0\n");
  EXPECT_TRUE(startsWith(r.err, "MemoryLimitExceeded: ")) << r.err;
  EXPECT_NE(r.err.find("for uncommitted writes)"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Usage: :memory-limit SIZE"), std::string::npos) << r.err;
  EXPECT_EQ(run("query --db '" + db() + "' --memory-limit 12XB 'RETURN 1'").status, 2);
}

TEST_F(CliEndToEnd, CheckReportsAConsistentDatabase) {
  ASSERT_EQ(
      run("query --db '" + db() + "' 'CREATE (:Student {name: \"Ann\"})-[:ATTENDED]->(:Session)'")
          .status,
      0);
  CliOutput r = run("check --db '" + db() + "'");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "checked 2 nodes, 1 relationships, 0 index entries: consistent\n");
  EXPECT_EQ(run("check --db '" + path("nowhere") + "'").status, 2);
}

}  // namespace
}  // namespace rollcall::repl::testing

namespace rollcall::repl::testing {
namespace {

// A long algorithm draws a progress line on stderr when stderr is a terminal (here a pty made
// by script(1), from util-linux), erased before the result; piped output never gets one.
TEST_F(CliEndToEnd, ProgressLineOnATerminalOnly) {
  ASSERT_EQ(run("query --db '" + db() + "' 'UNWIND range(1, 2000) AS i CREATE (:C {i: i})'").status,
            0);
  ASSERT_EQ(run("query --db '" + db() +
                "' 'MATCH (a:C), (b:C) WHERE b.i = a.i + 1 CREATE (a)-[:NEXT]->(b)'")
                .status,
            0);
  writeWhole(dir_ / "between.cypher",
             "CALL algo.betweenness({direction: 'BOTH'}) YIELD node, score "
             "RETURN count(*) AS n, max(score) AS top;\n");
  std::string runCommand = std::string("'") + ROLLCALL_BINARY + "' run --db '" + db() +
                           "' --format csv '" + path("between.cypher") + "'";
  std::string command =
      "script -qec \"" + runCommand + "\" /dev/null > '" + path("tty.txt") + "' 2>&1";
  ASSERT_EQ(std::system(command.c_str()), 0);
  std::string tty = readWhole(dir_ / "tty.txt");
  EXPECT_NE(tty.find("\r\033[Kalgo.betweenness: betweenness  "), std::string::npos) << tty;
  EXPECT_NE(tty.find("n,top"), std::string::npos) << tty;
  CliOutput piped = run("run --db '" + db() + "' --format csv '" + path("between.cypher") + "'");
  EXPECT_EQ(piped.status, 0);
  EXPECT_EQ(piped.out, "n,top\n2000,999000.0\n");
  EXPECT_EQ(piped.err, "");
}

// Piped, the shell shows no time and every row unless :timing and :max-rows ask for them.
TEST_F(CliEndToEnd, ShellTimingAndMaxRowsCommands) {
  CliOutput r = run("shell --db '" + db() + "'",
                    "UNWIND range(1, 3) AS i RETURN i;\n:timing on\n:max-rows 1\n"
                    "UNWIND range(1, 3) AS i RETURN i;\n:max-rows off\n:timing off\n:timing\n"
                    ":max-rows\n:max-rows -1\n");
  EXPECT_EQ(r.status, 1) << r.err;  // the last command's usage error
  EXPECT_NE(r.out.find("| 3 |\n+---+\n3 rows\n"), std::string::npos) << r.out;
  std::regex capped(R"(\| 1 \|\n\+---\+\n\.\.\. 2 more rows\n3 rows \(\d+(\.\d)? ms\)\n)");
  EXPECT_TRUE(std::regex_search(r.out, capped)) << r.out;
  EXPECT_NE(r.out.find("timing off\nall rows shown\n"), std::string::npos) << r.out;
  EXPECT_EQ(r.err, "Usage: :max-rows N (a positive integer) or :max-rows off\n");
}

// :source runs a script inside the shell as `run` does: in order, errors naming the file and
// line, nothing after the first failure; the shell goes on.
TEST_F(CliEndToEnd, ShellSourceRunsAScript) {
  writeWhole(
      dir_ / "script.cypher",
      "CREATE (:N {i: 1});\nMATCH (n:N) RETURN count(n) AS n;\nRETURN 2 +;\nCREATE (:N {i: 2});\n");
  CliOutput r = run("shell --db '" + db() + "'", ":source " + path("script.cypher") +
                                                     "\nMATCH (n:N) RETURN count(n) AS total;\n"
                                                     ":source " +
                                                     path("missing.cypher") + "\n");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("| n |\n+---+\n| 1 |"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("| total |\n+-------+\n|     1 |"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("in " + path("script.cypher") + ", statement at line 3"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("Cannot read file '" + path("missing.cypher") + "'"), std::string::npos)
      << r.err;
}

// :history lists this session's statements (with their `;`) and commands, numbered; :clear
// writes the terminal's erase-screen sequence.
TEST_F(CliEndToEnd, ShellHistoryAndClear) {
  CliOutput r = run("shell --db '" + db() + "'",
                    "RETURN 1 AS a;\n:timing off\nRETURN\n  2 AS b;\n:history\n:clear\n");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("   1  RETURN 1 AS a;\n   2  :timing off\n   3  RETURN\n        2 AS b;\n"),
            std::string::npos)
      << r.out;
  EXPECT_TRUE(r.out.ends_with("\033[2J\033[H")) << r.out;
}

// The demo's closing lines say how to run rollcall from where the user stands: `rollcall` when
// the PATH has this binary under that name (after `make install`), else the binary's path.
TEST_F(CliEndToEnd, DemoEndsWithCommandsThatWorkFromHere) {
  std::filesystem::create_directories(dir_ / "bin");
  std::filesystem::create_symlink(ROLLCALL_BINARY, dir_ / "bin" / "rollcall");
  std::string demo = std::string("'") + ROLLCALL_BINARY + "' demo --db '" + path("demo.db") +
                     "' --root '" + ROLLCALL_SOURCE_DIR + "'";
  ASSERT_EQ(std::system(("cd '" + dir_.string() + "' && PATH=/usr/bin:/bin " + demo + " > '" +
                         path("plain.txt") + "' 2>&1")
                            .c_str()),
            0);
  std::string plain = readWhole(dir_ / "plain.txt");
  std::string relative = std::filesystem::relative(ROLLCALL_BINARY, dir_).string();
  EXPECT_NE(plain.find("  " + relative + " shell --db " + path("demo.db") + "\n"),
            std::string::npos)
      << plain.substr(plain.size() > 600 ? plain.size() - 600 : 0);
  EXPECT_NE(plain.find("(`make install` puts rollcall on the PATH.)"), std::string::npos);
  std::string script = std::filesystem::relative(std::filesystem::path(ROLLCALL_SOURCE_DIR) /
                                                     "queries/attendance/08_study_partners.cypher",
                                                 dir_)
                           .string();
  EXPECT_NE(plain.find(" --param name='\"Bilel\"' " + script + "\n"), std::string::npos)
      << plain.substr(plain.size() > 600 ? plain.size() - 600 : 0);
  std::filesystem::remove_all(dir_ / "demo.db");
  ASSERT_EQ(std::system(("PATH='" + path("bin") + "':/usr/bin:/bin " + demo + " > '" +
                         path("installed.txt") + "' 2>&1")
                            .c_str()),
            0);
  std::string installed = readWhole(dir_ / "installed.txt");
  EXPECT_NE(installed.find("  rollcall shell --db " + path("demo.db") + "\n"), std::string::npos)
      << installed.substr(installed.size() > 600 ? installed.size() - 600 : 0);
  EXPECT_EQ(installed.find("make install"), std::string::npos);
}

// Ctrl-C (SIGINT) during `query` stops the statement, rolls it back and exits with 130.
TEST_F(CliEndToEnd, InterruptedQueryExitsWith130AndChangesNothing) {
  ASSERT_EQ(run("query --db '" + db() + "' 'CREATE (:Seed)'").status, 0);
  std::string query = std::string("'") + ROLLCALL_BINARY + "' query --db '" + db() +
                      "' 'UNWIND range(1, 100000000) AS i CREATE (:X {i: i})'";
  std::string script = "(" + query + " > /dev/null 2>&1 & pid=$!; sleep 1; kill -INT $pid; " +
                       "wait $pid; echo $? > '" + path("status.txt") + "')";
  ASSERT_EQ(std::system(script.c_str()), 0);
  EXPECT_EQ(readWhole(dir_ / "status.txt"), "130\n");
  CliOutput count = run("query --db '" + db() + "' --format csv 'MATCH (n) RETURN count(n) AS n'");
  EXPECT_EQ(count.out, "n\n1\n");
}

}  // namespace
}  // namespace rollcall::repl::testing
