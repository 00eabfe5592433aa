// `rollcall shell --db DIR`: the interactive shell. With a terminal on stdin it prompts and edits
// lines; otherwise it reads statements from stdin silently, so it can be piped and tested.
#include <CLI/CLI.hpp>
#include <memory>

#include "engine/exec/function/function_registry.h"
#include "repl/commands.h"
#include "repl/interrupt.h"
#include "repl/query_options.h"
#include "repl/shell/line_reader.h"
#include "repl/shell/shell_session.h"
#include "repl/statement_executor.h"
#include "storage/catalog/catalog.h"
#include "storage/graph/graph_store.h"

namespace rollcall::repl {
namespace {

// Inside a transaction the prompts end with '#' instead of '>', as cypher-shell's do.
constexpr const char* PROMPT = "rollcall> ";
constexpr const char* CONTINUATION_PROMPT = "     ...> ";
constexpr const char* TRANSACTION_PROMPT = "rollcall# ";
constexpr const char* TRANSACTION_CONTINUATION_PROMPT = "     ...# ";

const char* promptFor(const ShellSession& session) {
  if (session.inTransaction()) {
    return session.continuing() ? TRANSACTION_CONTINUATION_PROMPT : TRANSACTION_PROMPT;
  }
  return session.continuing() ? CONTINUATION_PROMPT : PROMPT;
}

// Tab completes the database's labels, types and keys (each label's own, from the statistics)
// as they are when Tab is pressed, the session's parameters and the function names.
CompletionSource completionNames(Database& db, const ShellSession& session) {
  return [&db, &session] {
    CompletionNames names;
    const storage::Catalog& catalog = db.store().catalog();
    for (auto& [id, name] : catalog.labels()) names.labels.push_back(name);
    for (auto& [id, name] : catalog.relTypes()) names.types.push_back(name);
    for (auto& [id, name] : catalog.propKeys()) names.keys.push_back(name);
    for (auto& [label, labelName] : catalog.labels()) {
      std::vector<std::string>& keys = names.keysByLabel[labelName];
      for (auto& [key, keyName] : catalog.propKeys()) {
        if (db.store().propertyStats(label, key).count > 0) keys.push_back(keyName);
      }
    }
    for (auto& [name, value] : session.params()) names.params.push_back(name);
    for (std::string_view f : allFunctionNames()) names.functions.emplace_back(f);
    return names;
  };
}

// Ctrl-C at the prompt drops the statement being typed; a second one at an empty prompt leaves.
void readLines(LineReader& reader, ShellSession& session, std::ostream& out) {
  bool interruptedBefore = false;
  while (true) {
    std::optional<std::string> line = reader.readLine(promptFor(session));
    if (!line && reader.interrupted()) {
      bool empty = !session.continuing();
      if (empty && interruptedBefore) break;
      session.abandonStatement();
      out << (empty ? "\n(Ctrl-C again to leave, or :quit)\n" : "\n") << std::flush;
      interruptedBefore = empty;
      continue;
    }
    interruptedBefore = false;
    if (!line || !session.feedLine(*line)) break;
  }
  session.finish();
}

// Piped input reports failure through the exit status, as `run` does, but keeps going.
int runShell(const QueryOptions& options, CliContext& ctx) {
  Parameters params = options.parameters();
  DatabaseOptions dbOptions = options.databaseOptions();
  dbOptions.cancel = interruptFlag();
  catchInterrupts();
  std::unique_ptr<Database> db = openDatabase(options.dbDir, std::move(dbOptions), ctx.err);
  if (!db) return EXIT_FAILURE_STATEMENT;
  ShellSession session(*db, options.outputFormat(), std::move(params), ctx.out, ctx.err);
  session.setWarnings(!options.noWarnings);
  if (ctx.interactive) session.setTerminalDefaults();
  if (!ctx.interactive) {
    readLines(*makeStreamLineReader(ctx.in), session, ctx.out);
    return session.hadError() ? EXIT_FAILURE_STATEMENT : EXIT_OK;
  }
  ctx.out << "rollcall " << ROLLCALL_VERSION << " on " << options.dbDir
          << (options.readOnly ? " (read-only)" : "")
          << ". Statements end with ';'. Type :help for help, :quit to leave.\n"
          << std::flush;
  readLines(*makeTerminalLineReader(ctx.in, ctx.out, completionNames(*db, session)), session,
            ctx.out);
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
