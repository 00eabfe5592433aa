// `rollcall export sql --db DIR --dialect postgres|sqlite [-o FILE] [--schema-only|--data-only]
// [--star]`: the graph as a relational SQL script (loaders/export, docs/export.md). The script
// goes to FILE (written beside it and renamed into place once complete, so a failed export
// leaves no partial file) or to stdout; notes about the mapping and a summary go to stderr.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>

#include "loaders/export/sql_export.h"
#include "repl/commands.h"
#include "repl/statement_executor.h"

namespace rollcall::repl {
namespace {

struct ExportOptions {
  std::string dbDir;
  std::string dialect;
  std::string output;
  bool schemaOnly = false;
  bool dataOnly = false;
  bool star = false;
  bool readOnly = false;
};

// One line of stderr, redrawn: "writing [##########....................]  33%  3,700,000 rows".
void drawProgress(std::ostream& err, std::string_view phase, uint64_t done, uint64_t total) {
  constexpr int WIDTH = 30;
  double fraction = total ? std::min(1.0, double(done) / double(total)) : 1.0;
  int filled = int(fraction * WIDTH);
  char line[160];
  std::snprintf(line, sizeof line, "\r%-8s [%s%s] %3d%%  %llu rows ", std::string(phase).c_str(),
                std::string(filled, '#').c_str(), std::string(WIDTH - filled, '.').c_str(),
                int(fraction * 100), static_cast<unsigned long long>(done));
  err << line << std::flush;
}

loaders::SqlExportOptions exportOptions(const ExportOptions& options, CliContext& ctx) {
  loaders::SqlExportOptions o;
  o.dialect = options.dialect == "sqlite" ? loaders::SqlDialect::SQLITE
                                          : loaders::SqlDialect::POSTGRES;
  o.shape = options.star ? loaders::SqlShape::STAR : loaders::SqlShape::GENERIC;
  o.schema = !options.dataOnly;
  o.data = !options.schemaOnly;
  if (&ctx.err == &std::cerr && ::isatty(STDERR_FILENO)) {
    o.progress = [&ctx](std::string_view phase, uint64_t done, uint64_t total) {
      drawProgress(ctx.err, phase, done, total);
    };
  }
  return o;
}

bool toStdout(const ExportOptions& options) {
  return options.output.empty() || options.output == "-";
}

// Runs the export into `out`; false (reported) on failure.
bool exportTo(Database& db, const ExportOptions& options, std::ostream& out, CliContext& ctx) {
  loaders::SqlExportOptions o = exportOptions(options, ctx);
  auto started = std::chrono::steady_clock::now();
  loaders::SqlExportSummary summary;
  bool ok = runReportingErrors([&] { summary = loaders::exportSql(db.store(), o, out); }, ctx.err);
  if (o.progress) ctx.err << "\n";
  if (!ok) return false;
  for (const std::string& note : summary.notes) ctx.err << "note: " << note << "\n";
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  char line[200];
  std::snprintf(line, sizeof line, "exported %llu tables, %llu rows in %.2f s\n",
                static_cast<unsigned long long>(summary.tables),
                static_cast<unsigned long long>(summary.rows), seconds);
  (toStdout(options) ? ctx.err : ctx.out) << line;
  return true;
}

int runExport(const ExportOptions& options, CliContext& ctx) {
  if (!std::filesystem::exists(options.dbDir)) {
    ctx.err << "error: no database at " << options.dbDir << "\n";
    return EXIT_USAGE;
  }
  // Opened like every other command (locked) unless --read-only: a database of an older format
  // is then brought up to date first, and the mapping relies on the counts that gives it (read
  // only, it falls back to reading records, graph_survey.cpp).
  DatabaseOptions open;
  open.readOnly = options.readOnly;
  std::unique_ptr<Database> db = openDatabase(options.dbDir, open, ctx.err);
  if (!db) return EXIT_FAILURE_STATEMENT;
  if (toStdout(options)) return exportTo(*db, options, ctx.out, ctx) ? EXIT_OK : EXIT_FAILURE_STATEMENT;
  std::string partial = options.output + ".partial";
  std::ofstream file(partial, std::ios::binary | std::ios::trunc);
  if (!file) {
    ctx.err << "error: cannot write " << partial << "\n";
    return EXIT_USAGE;
  }
  bool ok = exportTo(*db, options, file, ctx);
  file.close();
  std::error_code ec;
  if (ok && file) std::filesystem::rename(partial, options.output, ec);
  if (!ok || !file || ec) {
    std::filesystem::remove(partial, ec);
    if (ok) ctx.err << "error: cannot write " << options.output << "\n";
    return EXIT_FAILURE_STATEMENT;
  }
  return EXIT_OK;
}

}  // namespace

void registerExportCommand(CLI::App& app, CliContext& ctx) {
  CLI::App* exportCmd = app.add_subcommand("export", "Write the graph in another format");
  exportCmd->require_subcommand(1);
  auto options = std::make_shared<ExportOptions>();
  CLI::App* cmd = exportCmd->add_subcommand(
      "sql", "The graph as relational tables: a SQL script for PostgreSQL or SQLite");
  cmd->add_option("--db", options->dbDir, "Database directory")->required();
  cmd->add_option("--dialect", options->dialect, "postgres or sqlite")
      ->required()
      ->check(CLI::IsMember({"postgres", "sqlite"}));
  cmd->add_option("-o,--output", options->output, "Output file ('-' or none: stdout)");
  auto* schemaOnly = cmd->add_flag("--schema-only", options->schemaOnly, "Tables and keys, no rows");
  auto* dataOnly = cmd->add_flag("--data-only", options->dataOnly, "Rows only, into existing tables");
  schemaOnly->excludes(dataOnly);
  cmd->add_flag("--read-only", options->readOnly,
                "Open without the write lock, beside a process writing to the database: export "
                "what was committed when the export started");
  cmd->add_flag("--star", options->star,
                "Star schema for BI tools: dim_* tables and fact_attendance");
  cmd->callback([options, &ctx] { ctx.exitCode = runExport(*options, ctx); });
}

}  // namespace rollcall::repl
