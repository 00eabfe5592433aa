#include "repl/commands.h"

#include <CLI/CLI.hpp>
#include <string>

namespace rollcall::repl {
namespace {

// The first line is CLI11's message; the help of the command that failed follows.
void reportUsageError(const CLI::App& app, const CLI::ParseError& e, std::ostream& err) {
  err << "error: " << e.what() << "\n\n";
  std::vector<CLI::App*> chosen = app.get_subcommands();
  err << (chosen.empty() ? app.help() : chosen.front()->help());
}

// CLI11 would report a misspelt command as "A subcommand is required"; name it instead.
bool isUnknownCommand(const CLI::App& app, int argc, const char* const* argv) {
  if (argc < 2 || argv[1][0] == '-') return false;
  for (const CLI::App* sub : app.get_subcommands({})) {
    if (sub->check_name(argv[1])) return false;
  }
  return true;
}

}  // namespace

int runCli(int argc, const char* const* argv, CliContext& ctx) {
  CLI::App app("rollcall: an embedded graph analytics engine speaking Cypher", "rollcall");
  app.set_version_flag("--version", std::string("rollcall ") + ROLLCALL_VERSION);
  app.require_subcommand(1);
  for (CommandRegistrar add : COMMANDS) add(app, ctx);
  if (isUnknownCommand(app, argc, argv)) {
    ctx.err << "error: unknown command '" << argv[1] << "'\n\n" << app.help();
    return EXIT_USAGE;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success))
      return app.exit(e, ctx.out, ctx.err);
    reportUsageError(app, e, ctx.err);
    return EXIT_USAGE;
  }
  return ctx.exitCode;
}

}  // namespace rollcall::repl
