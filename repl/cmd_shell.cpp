// `rollcall shell --db DIR`: the interactive shell. With a terminal on stdin it prompts and edits
// lines; otherwise it reads statements from stdin silently, so it can be piped and tested.
#include <CLI/CLI.hpp>
#include <memory>

#include "repl/commands.h"
#include "repl/query_options.h"
#include "repl/shell/line_reader.h"
#include "repl/shell/shell_session.h"
#include "repl/statement_executor.h"

namespace rollcall::repl {
namespace {

constexpr const char* PROMPT = "rollcall> ";
constexpr const char* CONTINUATION_PROMPT = "     ...> ";

void readLines(LineReader& reader, ShellSession& session) {
  while (std::optional<std::string> line =
             reader.readLine(session.continuing() ? CONTINUATION_PROMPT : PROMPT)) {
    if (!session.feedLine(*line)) return;
  }
  session.finish();
}

// Piped input reports failure through the exit status, as `run` does, but keeps going.
int runShell(const QueryOptions& options, CliContext& ctx) {
  Parameters params = options.parameters();
  std::unique_ptr<Database> db = openDatabase(options.dbDir, options.databaseOptions(), ctx.err);
  if (!db) return EXIT_FAILURE_STATEMENT;
  ShellSession session(*db, options.outputFormat(), std::move(params), ctx.out, ctx.err);
  if (!ctx.interactive) {
    readLines(*makeStreamLineReader(ctx.in), session);
    return session.hadError() ? EXIT_FAILURE_STATEMENT : EXIT_OK;
  }
  ctx.out << "rollcall " << ROLLCALL_VERSION << " on " << options.dbDir
          << (options.readOnly ? " (read-only)" : "")
          << ". Statements end with ';'. Type :help for help, :quit to leave.\n"
          << std::flush;
  readLines(*makeTerminalLineReader(ctx.in, ctx.out), session);
  ctx.out << std::endl;
  return EXIT_OK;
}

}  // namespace

void registerShellCommand(CLI::App& app, CliContext& ctx) {
  auto options = std::make_shared<QueryOptions>();
  CLI::App* cmd = app.add_subcommand("shell", "Interactive Cypher shell");
  addQueryOptions(*cmd, *options);
  cmd->callback([options, &ctx] { ctx.exitCode = runShell(*options, ctx); });
}

}  // namespace rollcall::repl
