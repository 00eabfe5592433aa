#pragma once
// The rollcall command line: a CLI11 app with one subcommand per repl/cmd_<name>.cpp.
//
// Adding a subcommand: write repl/cmd_<name>.cpp defining register<Name>Command, declare it
// below and list it in COMMANDS.
#include <istream>
#include <ostream>

namespace CLI {
class App;
}

namespace rollcall::repl {

// Exit statuses of the rollcall binary.
inline constexpr int EXIT_OK = 0;
inline constexpr int EXIT_FAILURE_STATEMENT = 1;  // a statement or the database failed
inline constexpr int EXIT_USAGE = 2;              // bad option, unknown command, missing file

// What a command needs besides its options: the process's streams (tests pass string streams)
// and the slot for its exit status.
struct CliContext {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  // stdin is a terminal: the shell prompts and edits lines.
  bool interactive = false;
  int exitCode = EXIT_OK;
};

// Adds one subcommand to `app`; its callback runs the command and sets ctx.exitCode.
using CommandRegistrar = void (*)(CLI::App& app, CliContext& ctx);

void registerRunCommand(CLI::App& app, CliContext& ctx);
void registerQueryCommand(CLI::App& app, CliContext& ctx);
void registerShellCommand(CLI::App& app, CliContext& ctx);
void registerLoadCommand(CLI::App& app, CliContext& ctx);
void registerDemoCommand(CLI::App& app, CliContext& ctx);
void registerGenerateCommand(CLI::App& app, CliContext& ctx);
void registerExportCommand(CLI::App& app, CliContext& ctx);
void registerCheckCommand(CLI::App& app, CliContext& ctx);
void registerReportCommand(CLI::App& app, CliContext& ctx);

inline constexpr CommandRegistrar COMMANDS[] = {
    registerRunCommand,    registerQueryCommand, registerShellCommand,
    registerLoadCommand,   registerDemoCommand,  registerGenerateCommand,
    registerExportCommand, registerCheckCommand, registerReportCommand,
};

inline constexpr const char* ROLLCALL_VERSION = "0.1.0";

// Parses argv and runs the chosen command; returns the process exit status.
int runCli(int argc, const char* const* argv, CliContext& ctx);

}  // namespace rollcall::repl
