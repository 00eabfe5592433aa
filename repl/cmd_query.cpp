// `rollcall query --db DIR [options] "CYPHER"`: one query string, as one transaction.
#include <CLI/CLI.hpp>
#include <memory>

#include "engine/main/statement_splitter.h"
#include "repl/commands.h"
#include "repl/interrupt.h"
#include "repl/query_options.h"
#include "repl/statement_executor.h"

namespace rollcall::repl {
namespace {

struct QueryCommandOptions : QueryOptions {
  std::string query;
};

// A single statement loses its trailing `;`; anything else goes to the engine as written.
std::string queryText(const std::string& query) {
  std::vector<ScriptStatement> statements = splitStatements(query);
  return statements.size() == 1 ? statements.front().text : query;
}

int runQuery(const QueryCommandOptions& options, CliContext& ctx) {
  Parameters params = options.parameters();
  DatabaseOptions dbOptions = options.databaseOptions();
  dbOptions.cancel = interruptFlag();
  catchInterrupts();
  std::unique_ptr<Database> db = openDatabase(options.dbDir, std::move(dbOptions), ctx.err);
  if (!db) return EXIT_FAILURE_STATEMENT;
  StatementRun run{*db, params, options.outputFormat(), ctx.out, ctx.err, !options.noWarnings};
  if (executeStatement(run, queryText(options.query))) return EXIT_OK;
  return interrupted() ? EXIT_INTERRUPTED : EXIT_FAILURE_STATEMENT;
}

}  // namespace

void registerQueryCommand(CLI::App& app, CliContext& ctx) {
  auto options = std::make_shared<QueryCommandOptions>();
  CLI::App* cmd = app.add_subcommand("query", "Run one Cypher query");
  addQueryOptions(*cmd, *options);
  cmd->add_option("cypher", options->query, "The query text")->required();
  cmd->callback([options, &ctx] { ctx.exitCode = runQuery(*options, ctx); });
}

}  // namespace rollcall::repl
