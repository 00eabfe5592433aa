#pragma once
// The interactive shell's state machine, independent of where lines come from: statements end
// with `;` and may span lines; a line starting with `:` (outside a statement) is a command.
// Errors are reported and the session goes on.
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "engine/main/database.h"
#include "repl/printer/result_printer.h"
#include "repl/statement_executor.h"

namespace rollcall::repl {

// ":help", ":quit", ... for completion and the help text.
const std::vector<std::string_view>& shellCommandNames();

class ShellSession {
 public:
  ShellSession(Database& db, OutputFormat format, Parameters params, std::ostream& out,
               std::ostream& err);

  // Feeds one input line (without its newline). Returns false once the user asked to quit.
  bool feedLine(std::string_view line);
  // End of input or :quit: runs a last statement left without its `;`, then rolls back a
  // transaction left open, saying so on the error stream.
  void finish();

  // A statement has begun but is not terminated yet: prompt for its continuation.
  bool continuing() const { return continuing_; }
  // A transaction is open (:begin): the prompt shows it.
  bool inTransaction() const { return db_.inTransaction(); }
  bool hadError() const { return hadError_; }
  OutputFormat format() const { return format_; }
  void setWarnings(bool on) { warnings_ = on; }
  // Ctrl-C at the prompt: the statement being typed is dropped.
  void abandonStatement() {
    buffer_.clear();
    continuing_ = false;
  }
  // At a terminal the shell shows each statement's time and at most 1,000 rows of a table, and
  // cuts cells so tables fit the terminal's width; piped, it does none of these unless
  // :timing / :max-rows ask.
  void setTerminalDefaults() {
    timing_ = true;
    maxRows_ = 1000;
    fitTerminal_ = true;
  }
  const Parameters& params() const { return params_; }

 private:
  void runStatement(std::string_view text);
  // How statements run and print now (:format, :timing, :max-rows, the terminal's width).
  StatementRun statementRun() const;
  bool warnings_ = true;
  bool timing_ = false;
  std::optional<size_t> maxRows_;
  bool fitTerminal_ = false;
  void setTiming(std::string_view argument);
  void setMaxRows(std::string_view argument);
  void source(std::string_view argument);
  void printHistory();
  void transactionCommand(void (Database::*action)());
  // The statements and commands of this session, in order (:history lists them).
  std::vector<std::string> history_;
  // Colon commands (shell_commands.cpp). Returns false for :quit / :exit.
  bool runCommand(std::string_view line);
  void setFormat(std::string_view argument);
  void setParam(std::string_view argument);
  Value evaluateParam(std::string_view expression);
  void listParams();
  void printSchema();
  void setTimeout(std::string_view argument);
  void setMemoryLimit(std::string_view argument);
  void printHelp();
  void fail(std::string_view message);

  Database& db_;
  OutputFormat format_;
  Parameters params_;
  std::ostream& out_;
  std::ostream& err_;
  std::string buffer_;
  bool continuing_ = false;
  bool hadError_ = false;
};

}  // namespace rollcall::repl
