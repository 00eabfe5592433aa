// SIGKILL at random microsecond offsets during the two ways of loading files:
// `rollcall load attendance` (one atomic ingestion: after a kill into an empty database it
// holds everything or nothing, and running the load again completes it) and a script's
// `LOAD CSV ... CALL { } IN TRANSACTIONS OF n ROWS` (the rows that survive are a whole number
// of committed batches, from the file's start). Each kill is followed by `rollcall check`.
#include <chrono>
#include <csignal>

#include "tests/unit/fault/database_probe.h"
#include "tests/unit/fault/fault_test_util.h"

namespace rollcall::fault {
namespace {

using Clock = std::chrono::steady_clock;
using nlohmann::json;

constexpr int LOAD_KILLS = 12;
constexpr int LOAD_CSV_KILLS = 12;
constexpr int BATCH_ROWS = 25;
constexpr int CSV_ROWS = 300;

using KillLoad = FaultTest;

double secondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Runs `args` and kills it after a random part of `fullSeconds` (a little past it, too, so
// some runs finish). Returns the run's output.
Finished runAndKill(const std::vector<std::string>& args, double fullSeconds,
                    std::mt19937_64& rng) {
  // Starting the process and opening the database take a good part of a short run.
  double at = std::uniform_real_distribution<double>(fullSeconds * 0.2, fullSeconds * 1.3)(rng);
  RollcallProcess process(args);
  process.runFor(std::chrono::microseconds(int64_t(at * 1e6)));
  return process.kill();
}

bool hasBulkFiles(const std::string& db) {
  for (const auto& entry : std::filesystem::directory_iterator(db)) {
    if (startsWith(entry.path().filename().string(), "bulk-")) return true;
  }
  return false;
}

constexpr const char* COUNTS_SCRIPT =
    "MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n ORDER BY label;\n"
    "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type;\n";

TEST_F(KillLoad, AttendanceLoadIsAllOrNothing) {
  std::mt19937_64 rng = testRng();
  Finished gen = runRollcall({"generate", "--students", "400", "--sessions", "40", "--attendance",
                              "3000", "--out", path("gen"), "--seed", "5", "--dirty"});
  ASSERT_EQ(gen.exitCode, 0) << gen.err;
  std::vector<std::string> files = {"--students",   path("gen/students.csv"),
                                    "--sessions",   path("gen/sessions.csv"),
                                    "--attendance", path("gen/attendance.csv")};
  auto loadInto = [&](const std::string& db) {
    std::vector<std::string> args = {"load", "attendance", "--db", db};
    args.insert(args.end(), files.begin(), files.end());
    return args;
  };
  auto start = Clock::now();
  ASSERT_EQ(runRollcall(loadInto(path("full"))).exitCode, 0);
  double fullSeconds = secondsSince(start);
  std::vector<json> full = probeDatabase(path("full"), COUNTS_SCRIPT).rows;
  std::vector<json> empty = {json::array(), json::array()};
  int complete = 0;
  start = Clock::now();
  for (int kill = 0; kill < LOAD_KILLS; ++kill) {
    std::string db = path("db" + std::to_string(kill));
    Finished killed = runAndKill(loadInto(db), fullSeconds, rng);
    std::string when = "load kill " + std::to_string(kill) + "\n" + killed.out + killed.err;
    // Killed before it created the database, or while it did: opening finishes the creation.
    Probe probe = probeDatabase(db, COUNTS_SCRIPT);
    expectWhole(probe, when);
    ASSERT_TRUE(probe.rows == full || probe.rows == empty) << when << json(probe.rows).dump();
    complete += probe.rows == full;
    EXPECT_FALSE(hasBulkFiles(db)) << when << ": a killed load's files were left behind";
    if (kill % 4 == 0) {  // the load is idempotent: running it again finishes the job
      ASSERT_EQ(runRollcall(loadInto(db)).exitCode, 0) << when;
      EXPECT_EQ(probeDatabase(db, COUNTS_SCRIPT).rows, full) << when;
      expectConsistent(db, when);  // the command users run
    }
    std::filesystem::remove_all(db);
  }
  std::cout << LOAD_KILLS << " kills of `rollcall load attendance` (a full load takes "
            << fullSeconds << " s): " << complete << " complete, the others empty; "
            << secondsSince(start) << " s\n";
}

std::string rowsCsv() {
  std::string csv = "n,name\n";
  for (int n = 1; n <= CSV_ROWS; ++n) csv += std::to_string(n) + ",row " + std::to_string(n) + "\n";
  return csv;
}

// Each row a node, indexed by a unique constraint, and a relationship to one of 7 groups.
constexpr const char* LOAD_CSV_SCRIPT =
    "CREATE CONSTRAINT row_n IF NOT EXISTS FOR (x:Row) REQUIRE x.n IS UNIQUE;\n"
    "LOAD CSV WITH HEADERS FROM 'file:///rows.csv' AS row CALL { WITH row "
    "CREATE (x:Row {n: toInteger(row.n), name: row.name}) "
    "MERGE (g:Group {g: toInteger(row.n) % 7}) CREATE (x)-[:IN]->(g) } IN TRANSACTIONS OF 25 "
    "ROWS;\n";

constexpr const char* ROWS_SCRIPT =
    "MATCH (x:Row) RETURN count(x) AS c, min(x.n) AS lo, max(x.n) AS hi, "
    "count(DISTINCT x.n) AS d;\n"
    "MATCH (:Row)-[r:IN]->(:Group) RETURN count(r) AS c;\n";

TEST_F(KillLoad, LoadCsvInTransactionsKeepsWholeBatches) {
  static_assert(CSV_ROWS % BATCH_ROWS == 0);
  std::mt19937_64 rng = testRng();
  writeWhole(path("rows.csv"), rowsCsv());
  writeWhole(path("load.cypher"), LOAD_CSV_SCRIPT);
  auto start = Clock::now();
  Finished whole = runRollcall({"run", "--db", path("full"), path("load.cypher")});
  ASSERT_EQ(whole.exitCode, 0) << whole.err;
  double fullSeconds = secondsSince(start);
  start = Clock::now();
  int64_t rowsKept = 0;
  for (int kill = 0; kill < LOAD_CSV_KILLS; ++kill) {
    std::string db = path("db" + std::to_string(kill));
    Finished killed = runAndKill({"run", "--db", db, path("load.cypher")}, fullSeconds, rng);
    std::string when = "LOAD CSV kill " + std::to_string(kill) + "\n" + killed.err;
    Probe probe = probeDatabase(db, ROWS_SCRIPT);
    expectWhole(probe, when);
    const std::vector<json>& rows = probe.rows;
    ASSERT_EQ(rows.size(), 2u) << when;
    int64_t count = rows[0][0][0];
    EXPECT_EQ(count % BATCH_ROWS, 0) << when << ": part of a batch survived";
    if (count > 0) {  // a prefix of the file: rows 1..count, each once
      EXPECT_EQ(rows[0][0][1], 1) << when;
      EXPECT_EQ(rows[0][0][2], count) << when;
      EXPECT_EQ(rows[0][0][3], count) << when;
    }
    EXPECT_EQ(rows[1][0][0], count) << when << ": relationships and nodes disagree";
    rowsKept += count;
    if (kill % 4 == 0) expectConsistent(db, when);  // the command users run
    std::filesystem::remove_all(db);
  }
  std::cout << LOAD_CSV_KILLS << " kills of LOAD CSV IN TRANSACTIONS (a whole run takes "
            << fullSeconds << " s), " << rowsKept << " rows kept in whole batches; "
            << secondsSince(start) << " s\n";
}

}  // namespace
}  // namespace rollcall::fault
