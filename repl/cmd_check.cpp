// `rollcall check --db DIR`: reads the whole database and reports where its parts disagree
// (storage/check/consistency_check.h). Exit status 0 when consistent, 1 when not.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <memory>

#include "repl/commands.h"
#include "repl/statement_executor.h"
#include "storage/check/consistency_check.h"

namespace rollcall::repl {
namespace {

int runCheck(const std::string& dbDir, CliContext& ctx) {
  if (!std::filesystem::exists(dbDir)) {
    ctx.err << "error: no database at " << dbDir << "\n";
    return EXIT_USAGE;
  }
  // Locked like every other command, so no writer changes the database while it is read.
  std::unique_ptr<Database> db = openDatabase(dbDir, {}, ctx.err);
  if (!db) return EXIT_FAILURE_STATEMENT;
  storage::ConsistencyReport report;
  if (!runReportingErrors([&] { report = storage::checkConsistency(db->store()); }, ctx.err)) {
    return EXIT_FAILURE_STATEMENT;
  }
  for (const std::string& problem : report.problems) ctx.err << "problem: " << problem << "\n";
  ctx.out << "checked " << report.nodes << " nodes, " << report.relationships
          << " relationships, " << report.indexEntries << " index entries: "
          << (report.ok() ? "consistent" : std::to_string(report.problemCount) + " problems")
          << "\n";
  return report.ok() ? EXIT_OK : EXIT_FAILURE_STATEMENT;
}

}  // namespace

void registerCheckCommand(CLI::App& app, CliContext& ctx) {
  auto dbDir = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand(
      "check", "Read the whole database and report where counts, lists and indexes disagree");
  cmd->add_option("--db", *dbDir, "Database directory")->required();
  cmd->callback([dbDir, &ctx] { ctx.exitCode = runCheck(*dbDir, ctx); });
}

}  // namespace rollcall::repl
