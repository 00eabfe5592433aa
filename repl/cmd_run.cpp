// `rollcall run --db DIR [options] FILE...`: the statements of each file, in order, each its own
// transaction; stops at the first failing statement.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>
#include <sstream>

#include "engine/main/statement_splitter.h"
#include "repl/commands.h"
#include "repl/interrupt.h"
#include "repl/query_options.h"
#include "repl/statement_executor.h"

namespace rollcall::repl {
namespace {

constexpr std::string_view STDIN_NAME = "-";

struct RunOptions : QueryOptions {
  std::vector<std::string> files;
};

std::optional<std::string> readScript(const std::string& path, std::istream& in) {
  if (path == STDIN_NAME) return std::string(std::istreambuf_iterator<char>(in), {});
  std::ifstream file(path, std::ios::binary);
  if (!file) return std::nullopt;
  std::ostringstream text;
  text << file.rdbuf();
  if (file.bad()) return std::nullopt;
  return text.str();
}

// LOAD CSV in a script finds files next to the script unless --import-dir says otherwise.
std::string importDirFor(const RunOptions& options, const std::string& path) {
  if (!options.importDir.empty()) return options.importDir;
  if (path == STDIN_NAME) return "";
  std::error_code ec;
  std::filesystem::path absolute = std::filesystem::absolute(path, ec);
  return ec ? "" : absolute.parent_path().string();
}

// Returns the exit status: the script's first failing statement ends the run.
int runScript(Database& db, const RunOptions& options, const std::string& path,
              const StatementRun& run, CliContext& ctx) {
  std::optional<std::string> text = readScript(path, ctx.in);
  if (!text) {
    ctx.err << "error: cannot read file '" << path << "'\n";
    return EXIT_USAGE;
  }
  db.setImportDir(importDirFor(options, path));
  std::string name = path == STDIN_NAME ? "<stdin>" : path;
  for (const ScriptStatement& statement : splitStatements(*text)) {
    std::string location = "  in " + name + ", statement at line " + std::to_string(statement.line);
    if (!executeStatement(run, statement.text, location)) return EXIT_FAILURE_STATEMENT;
  }
  return EXIT_OK;
}

int runScripts(const RunOptions& options, CliContext& ctx) {
  Parameters params = options.parameters();
  DatabaseOptions dbOptions = options.databaseOptions();
  dbOptions.cancel = interruptFlag();
  catchInterrupts();
  std::unique_ptr<Database> db = openDatabase(options.dbDir, std::move(dbOptions), ctx.err);
  if (!db) return EXIT_FAILURE_STATEMENT;
  StatementRun run{*db, params, options.outputFormat(), ctx.out, ctx.err, !options.noWarnings};
  for (const std::string& path : options.files) {
    int status = runScript(*db, options, path, run, ctx);
    // Ctrl-C stopped (and rolled back) the running statement: the script ends there.
    if (interrupted()) return EXIT_INTERRUPTED;
    if (status != EXIT_OK) return status;
  }
  return EXIT_OK;
}

std::string existingFileOrStdin(std::string& path) {
  if (path == STDIN_NAME) return "";
  return CLI::ExistingFile(path);
}

}  // namespace

void registerRunCommand(CLI::App& app, CliContext& ctx) {
  auto options = std::make_shared<RunOptions>();
  CLI::App* cmd = app.add_subcommand("run", "Run the statements of Cypher script files");
  addQueryOptions(*cmd, *options);
  cmd->add_option("files", options->files, "Script files, '-' for standard input")
      ->required()
      ->check(CLI::Validator(existingFileOrStdin, "FILE"));
  cmd->callback([options, &ctx] { ctx.exitCode = runScripts(*options, ctx); });
}

}  // namespace rollcall::repl
