#include "repl/shell/shell_session.h"

#include <unistd.h>

#include "engine/main/statement_splitter.h"
#include "repl/interrupt.h"
#include "repl/statement_executor.h"
#include "repl/terminal_width.h"

namespace rollcall::repl {

ShellSession::ShellSession(Database& db, OutputFormat format, Parameters params, std::ostream& out,
                           std::ostream& err)
    : db_(db), format_(format), params_(std::move(params)), out_(out), err_(err) {}

bool ShellSession::feedLine(std::string_view line) {
  size_t first = line.find_first_not_of(" \t");
  if (!continuing_ && first != std::string_view::npos && line[first] == ':') {
    buffer_.clear();
    std::string_view command = line.substr(first);
    if (!command.starts_with(":history")) history_.emplace_back(command);
    return runCommand(command);
  }
  buffer_.append(line);
  buffer_ += '\n';
  SplitResult split = splitTerminated(buffer_);
  for (const ScriptStatement& statement : split.complete) runStatement(statement.text);
  buffer_.erase(0, split.tailOffset);
  continuing_ = split.tailHasContent || split.tailOpen;
  // Whitespace and finished comments between statements need not be kept.
  if (!continuing_) buffer_.clear();
  return true;
}

void ShellSession::finish() {
  for (const ScriptStatement& statement : splitStatements(buffer_)) runStatement(statement.text);
  buffer_.clear();
  continuing_ = false;
  if (db_.inTransaction()) {
    db_.rollbackTransaction();
    err_ << "The open transaction was rolled back: it was never committed.\n" << std::flush;
  }
}

void ShellSession::runStatement(std::string_view text) {
  history_.emplace_back(std::string(text) + ";");
  takeInterrupt();  // a Ctrl-C before this statement started is not meant for it
  if (!executeStatement(statementRun(), text)) hadError_ = true;
}

StatementRun ShellSession::statementRun() const {
  std::optional<size_t> width = fitTerminal_ ? terminalWidth(STDOUT_FILENO) : std::nullopt;
  return StatementRun{db_, params_, format_, out_, err_, warnings_, timing_, maxRows_, width};
}

void ShellSession::fail(std::string_view message) {
  err_ << message << '\n' << std::flush;
  hadError_ = true;
}

}  // namespace rollcall::repl
