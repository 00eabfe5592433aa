// `rollcall report --db DIR [-o FILE] [--from DATE] [--to DATE] [--module NAME] [--threshold X]`:
// one self-contained HTML page of figures, charts and tables, each from a query of
// queries/report/ run on the database.
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <memory>

#include "repl/commands.h"
#include "repl/report/report_file.h"
#include "repl/statement_executor.h"
#include "storage/common/temporal/temporal_text.h"

namespace rollcall::repl {
namespace {

struct ReportOptions {
  std::string db;
  std::string out = "report.html";
  std::string from, to, module;  // empty: no filter
  double threshold = 0.5;
};

// The dates were checked while parsing the command line (dateValidator).
ReportScope scopeOf(const ReportOptions& options) {
  ReportScope scope;
  if (!options.from.empty()) scope.from = temporal::parseDate(options.from);
  if (!options.to.empty()) scope.to = temporal::parseDate(options.to);
  if (!options.module.empty()) scope.module = options.module;
  scope.threshold = options.threshold;
  return scope;
}

CLI::Validator dateValidator() {
  return CLI::Validator(
      [](const std::string& text) -> std::string {
        return temporal::parseDate(text) ? "" : "not a date (YYYY-MM-DD): " + text;
      },
      "DATE");
}

// An unknown --module would give an empty report that looks like a quiet module; say so instead.
bool moduleExists(Database& db, const std::string& module, std::ostream& err) {
  QueryResult modules;
  if (!runReportingErrors(
          [&] { modules = runReportQuery(db, reportQuery("modules"), scopeParameters({})); },
          err)) {
    return false;
  }
  std::string names;
  for (const auto& row : modules.rows) {
    if (row[0].kind() == Value::Kind::STRING && row[0].asString() == module) return true;
    if (!row[0].isNull()) names += (names.empty() ? "" : ", ") + row[0].asString();
  }
  err << "error: no module named '" << module << "' in the database"
      << (names.empty() ? " (it has no modules)" : "; modules: " + names) << "\n";
  return false;
}

int runReport(const ReportOptions& options, CliContext& ctx) {
  ReportScope scope = scopeOf(options);
  if (scope.from && scope.to && *scope.to < *scope.from) {
    ctx.err << "error: --from " << options.from << " is after --to " << options.to << "\n";
    return EXIT_USAGE;
  }
  auto started = std::chrono::steady_clock::now();
  DatabaseOptions dbOptions;
  dbOptions.readOnly = true;  // a report only reads, so it may run beside a writer
  auto db = openDatabase(options.db, std::move(dbOptions), ctx.err);
  if (!db) return EXIT_FAILURE_STATEMENT;
  if (scope.module && !moduleExists(*db, *scope.module, ctx.err)) return EXIT_FAILURE_STATEMENT;
  auto bytes = writeReport(*db, scope, options.db, options.out, ctx.err);
  if (!bytes) return EXIT_FAILURE_STATEMENT;
  std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
  char seconds[32];
  std::snprintf(seconds, sizeof seconds, "%.2f s", took.count());
  ctx.out << "Wrote " << options.out << " (" << fileSizeText(*bytes) << ") in " << seconds << "\n";
  return EXIT_OK;
}

}  // namespace

void registerReportCommand(CLI::App& app, CliContext& ctx) {
  auto options = std::make_shared<ReportOptions>();
  CLI::App* cmd = app.add_subcommand(
      "report",
      "Write an HTML report of attendance: figures, charts and tables, with their Cypher");
  cmd->add_option("--db", options->db, "Database directory")
      ->required()
      ->check(CLI::ExistingDirectory);
  cmd->add_option("-o,--out", options->out, "The HTML file to write")->capture_default_str();
  cmd->add_option("--from", options->from, "First session date included (YYYY-MM-DD)")
      ->check(dateValidator());
  cmd->add_option("--to", options->to, "Last session date included (YYYY-MM-DD)")
      ->check(dateValidator());
  cmd->add_option("--module", options->module, "Only the sessions of this module");
  cmd->add_option("--threshold", options->threshold,
                  "Students at risk attended under this share of a module's sessions")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  cmd->callback([options, &ctx] { ctx.exitCode = runReport(*options, ctx); });
}

}  // namespace rollcall::repl
