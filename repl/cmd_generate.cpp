// `rollcall generate --students N --sessions M --attendance K --out DIR [--seed S] [--dirty]`:
// deterministic attendance data in the three-file format of data/sample (loaders/generate).
#include <CLI/CLI.hpp>
#include <chrono>
#include <stdexcept>

#include "loaders/csv/csv_error.h"
#include "loaders/generate/generator.h"
#include "repl/commands.h"

namespace rollcall::repl {
namespace {

struct GenerateOptions {
  loaders::GeneratorOptions generator;
  std::string out;
};

int runGenerate(const GenerateOptions& options, CliContext& ctx) {
  auto start = std::chrono::steady_clock::now();
  try {
    loaders::GeneratedRows rows = loaders::generateAttendance(options.generator, options.out);
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ctx.out << "wrote " << options.out << "/students.csv (" << rows.students << " rows), "
            << "sessions.csv (" << rows.sessions << " rows), attendance.csv (" << rows.attendance
            << " rows) in " << seconds << " s\n";
    return EXIT_OK;
  } catch (const std::invalid_argument& e) {
    ctx.err << "error: " << e.what() << "\n";
    return EXIT_USAGE;
  } catch (const csv::CsvError& e) {
    ctx.err << "LoadError: " << e.what() << "\n";
    return EXIT_FAILURE_STATEMENT;
  }
}

}  // namespace

void registerGenerateCommand(CLI::App& app, CliContext& ctx) {
  auto options = std::make_shared<GenerateOptions>();
  CLI::App* cmd = app.add_subcommand(
      "generate",
      "Write deterministic, skewed attendance data (students, sessions, attendance CSV)");
  auto& g = options->generator;
  cmd->add_option("--students", g.students, "Number of students")->required();
  cmd->add_option("--sessions", g.sessions, "Number of sessions")->required();
  cmd->add_option("--attendance", g.attendance, "Distinct attendance pairs")->required();
  cmd->add_option("--out", options->out, "Output directory (created if missing)")->required();
  cmd->add_option("--seed", g.seed, "Random seed (same seed, same files)");
  cmd->add_flag("--dirty", g.dirty, "Add realistic mess to about 1% of rows");
  cmd->callback([options, &ctx] { ctx.exitCode = runGenerate(*options, ctx); });
}

}  // namespace rollcall::repl
