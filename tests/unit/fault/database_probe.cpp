#include "tests/unit/fault/database_probe.h"

#include <gtest/gtest.h>

#include <sstream>

#include "engine/main/database.h"
#include "engine/main/statement_splitter.h"
#include "repl/printer/result_printer.h"

namespace rollcall::fault {

Probe probeDatabase(const std::string& dir, const std::string& script) {
  Probe probe;
  try {
    Database db(dir);
    for (const ScriptStatement& statement : splitStatements(script)) {
      std::ostringstream json;
      repl::printResult(repl::OutputFormat::JSON, db.execute(statement.text), json);
      probe.rows.push_back(nlohmann::json::parse(json.str())["rows"]);
    }
    probe.report = storage::checkConsistency(db.store());
  } catch (const std::exception& e) {
    probe.error = e.what();
  }
  return probe;
}

void expectWhole(const Probe& probe, const std::string& when) {
  EXPECT_EQ(probe.error, "") << when;
  std::string problems;
  for (const std::string& p : probe.report.problems) problems += "problem: " + p + "\n";
  EXPECT_TRUE(probe.report.ok()) << when << "\n" << problems;
}

}  // namespace rollcall::fault
