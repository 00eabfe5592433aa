// SIGKILL during `rollcall run` of write statements. A statement is acknowledged once its
// output line has been read from the child's stdout (run prints and flushes each statement's
// result after its commit). After every kill the reopened database must hold exactly the
// acknowledged statements' effects, or those plus the next statement's (committed, not yet
// printed), never part of a statement; and `rollcall check` must find it consistent.
#include <chrono>
#include <csignal>

#include "tests/unit/fault/database_probe.h"
#include "tests/unit/fault/fault_test_util.h"
#include "tests/unit/fault/statement_model.h"

namespace rollcall::fault {
namespace {

constexpr int KILLS = 28;
constexpr int STATEMENTS_PER_RUN = 16;
constexpr int MAX_KILL_DELAY_US = 4000;

using KillStatements = FaultTest;

struct Round {
  std::vector<GraphModel> states;  // states[i]: after the first i statements
  std::string script;
};

Round makeRound(const GraphModel& start, std::mt19937_64& rng) {
  Round round{{start}, ""};
  for (int i = 0; i < STATEMENTS_PER_RUN; ++i) {
    GraphModel next = round.states.back();
    round.script += nextStatement(next, rng) + ";\n";
    round.states.push_back(std::move(next));
  }
  return round;
}

// Which state the database is in: `acknowledged` statements, or one more.
const GraphModel* matchingState(const Round& round, size_t acknowledged,
                                const std::vector<nlohmann::json>& rows) {
  for (size_t i : {acknowledged + 1, acknowledged}) {
    if (i < round.states.size() && round.states[i].rows() == rows) return &round.states[i];
  }
  return nullptr;
}

TEST_F(KillStatements, EveryAcknowledgedStatementSurvivesAndNoneIsHalfApplied) {
  std::mt19937_64 rng = testRng();
  std::string db = path("db"), script = path("writes.cypher");
  writeWhole(path("schema.cypher"), SCHEMA_SCRIPT);
  ASSERT_EQ(runRollcall({"run", "--db", db, path("schema.cypher")}).exitCode, 0);
  GraphModel model;
  auto started = std::chrono::steady_clock::now();
  size_t acknowledgedTotal = 0;
  for (int kill = 0; kill < KILLS; ++kill) {
    Round round = makeRound(model, rng);
    writeWhole(script, round.script);
    size_t target = std::uniform_int_distribution<size_t>(0, STATEMENTS_PER_RUN - 1)(rng);
    auto delay =
        std::chrono::microseconds(std::uniform_int_distribution<int>(0, MAX_KILL_DELAY_US)(rng));
    RollcallProcess run({"run", "--db", db, "--format", "json", script});
    if (run.waitForLines(target, std::chrono::seconds(60))) run.runFor(delay);
    Finished killed = run.kill();
    size_t acknowledged = completeLines(killed.out).size();
    acknowledgedTotal += acknowledged;
    std::string when = "kill " + std::to_string(kill) + " after " + std::to_string(acknowledged) +
                       " acknowledged statements of:\n" + round.script + killed.err;
    ASSERT_TRUE(killed.signal == SIGKILL || killed.exitCode == 0) << when;
    Probe probe = probeDatabase(db, DUMP_SCRIPT);
    expectWhole(probe, when);
    const GraphModel* state = matchingState(round, acknowledged, probe.rows);
    ASSERT_NE(state, nullptr) << when << "\ndatabase holds:\n" << nlohmann::json(probe.rows).dump();
    model = *state;
  }
  expectConsistent(db, "after the last kill");  // the command users run, once
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cout << KILLS << " kills of `rollcall run`, " << acknowledgedTotal
            << " acknowledged statements, " << seconds << " s\n";
}

}  // namespace
}  // namespace rollcall::fault
