// The shell's colon commands.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "engine/common/error.h"
#include "engine/common/value_ops.h"
#include "engine/main/statement_splitter.h"
#include "repl/params.h"
#include "repl/printer/table_printer.h"
#include "repl/shell/schema_printer.h"
#include "repl/shell/shell_session.h"
#include "repl/statement_executor.h"
#include "storage/common/storage_error.h"

namespace rollcall::repl {
namespace {

constexpr std::string_view HELP_TEXT =
    "Statements end with ';' and may span several lines.\n"
    "Commands:\n"
    "  :help                      this text\n"
    "  :quit, :exit               leave the shell\n"
    "  :format table|csv|json     how results are printed\n"
    "  :param NAME => VALUE       set $NAME to a JSON value or a Cypher expression\n"
    "  :params                    list the parameters\n"
    "  :schema                    labels and relationship types with counts, indexes and\n"
    "                             constraints\n"
    "  :timeout [SECONDS|off]     stop (and roll back) statements running longer; no\n"
    "                             argument: show the limit\n"
    "  :memory-limit [SIZE|off]   stop (and roll back) statements holding more memory\n"
    "                             (512MiB, 2G); no argument: show the limit\n"
    "  :timing [on|off]           show how long each statement took after its row count\n"
    "  :max-rows [N|off]          show at most N rows of a table (the count is of all)\n"
    "  :source FILE               run the statements of a script; stops at the first error\n"
    "  :history                   the statements and commands of this session\n"
    "  :clear                     clear the screen\n"
    "  :begin                     open a transaction: the statements that follow see each\n"
    "                             other's writes, nobody else sees them (the prompt shows #)\n"
    "  :commit                    make the open transaction's writes durable and visible\n"
    "  :rollback                  undo everything since :begin\n"
    "A statement that fails while writing inside a transaction rolls the whole transaction\n"
    "back; leaving the shell rolls back a transaction still open.\n"
    "At a terminal, cells too wide for it are cut with '\xE2\x80\xA6'; :format csv or json shows\n"
    "them whole.\n";

std::string_view trim(std::string_view text) {
  size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return {};
  size_t end = text.find_last_not_of(" \t\r\n");
  return text.substr(begin, end - begin + 1);
}

// ":param x => 1;" tolerates the `;` a Cypher habit puts there.
std::string_view trimParamValue(std::string_view text) {
  text = trim(text);
  if (!text.empty() && text.back() == ';') text = trim(text.substr(0, text.size() - 1));
  return text;
}

}  // namespace

const std::vector<std::string_view>& shellCommandNames() {
  static const std::vector<std::string_view> names = {
      ":help",    ":quit",    ":exit",         ":format", ":param",    ":params",
      ":schema",  ":timeout", ":memory-limit", ":timing", ":max-rows", ":source",
      ":history", ":clear",   ":begin",        ":commit", ":rollback"};
  return names;
}

bool ShellSession::runCommand(std::string_view line) {
  line = trim(line);
  size_t space = line.find_first_of(" \t");
  std::string_view name = line.substr(0, space);
  std::string_view argument = space == std::string_view::npos ? "" : trim(line.substr(space));
  if (name == ":quit" || name == ":exit") return false;
  if (name == ":help")
    printHelp();
  else if (name == ":format")
    setFormat(argument);
  else if (name == ":param")
    setParam(argument);
  else if (name == ":params")
    listParams();
  else if (name == ":schema")
    printSchema();
  else if (name == ":timeout")
    setTimeout(argument);
  else if (name == ":memory-limit")
    setMemoryLimit(argument);
  else if (name == ":timing")
    setTiming(argument);
  else if (name == ":max-rows")
    setMaxRows(argument);
  else if (name == ":source")
    source(argument);
  else if (name == ":history")
    printHistory();
  else if (name == ":clear")
    out_ << "\033[2J\033[H" << std::flush;  // erase the screen, cursor to the top left
  else if (name == ":begin")
    transactionCommand(&Database::beginTransaction);
  else if (name == ":commit")
    transactionCommand(&Database::commitTransaction);
  else if (name == ":rollback")
    transactionCommand(&Database::rollbackTransaction);
  else
    fail("Unknown command '" + std::string(name) + "', type :help for the list");
  return true;
}

// As `rollcall run` does with a file: statements in order, each error naming the file and the
// statement's line, and nothing after the first failure.
void ShellSession::source(std::string_view argument) {
  if (argument.empty()) return fail("Usage: :source FILE");
  std::string path(argument);
  std::ifstream file(path, std::ios::binary);
  if (!file) return fail("Cannot read file '" + path + "'");
  std::ostringstream text;
  text << file.rdbuf();
  for (const ScriptStatement& statement : splitStatements(text.str())) {
    std::string location = "  in " + path + ", statement at line " + std::to_string(statement.line);
    if (!executeStatement(statementRun(), statement.text, location)) {
      hadError_ = true;
      return;
    }
  }
}

void ShellSession::transactionCommand(void (Database::*action)()) {
  try {
    (db_.*action)();
  } catch (const CypherError& e) {
    fail(e.what());
  }
}

void ShellSession::printHistory() {
  for (size_t i = 0; i < history_.size(); ++i) {
    // A statement over several lines is listed with its continuation lines indented.
    std::string entry = history_[i];
    for (size_t at = entry.find('\n'); at != std::string::npos; at = entry.find('\n', at + 1)) {
      entry.insert(at + 1, "      ");
    }
    char number[16];
    std::snprintf(number, sizeof number, "%4zu  ", i + 1);
    out_ << number << entry << '\n';
  }
  out_ << std::flush;
}

void ShellSession::setTiming(std::string_view argument) {
  if (argument.empty()) {
    out_ << "timing " << (timing_ ? "on" : "off") << "\n" << std::flush;
  } else if (argument == "on" || argument == "off") {
    timing_ = argument == "on";
  } else {
    fail("Usage: :timing on|off");
  }
}

void ShellSession::setMaxRows(std::string_view argument) {
  if (argument.empty()) {
    out_ << (maxRows_ ? "at most " + std::to_string(*maxRows_) + " rows shown" : "all rows shown")
         << "\n"
         << std::flush;
    return;
  }
  if (argument == "off") {
    maxRows_.reset();
    return;
  }
  char* end = nullptr;
  std::string text(argument);
  long long n = std::strtoll(text.c_str(), &end, 10);
  if (end != text.c_str() + text.size() || n < 1) {
    return fail("Usage: :max-rows N (a positive integer) or :max-rows off");
  }
  maxRows_ = size_t(n);
}

void ShellSession::setTimeout(std::string_view argument) {
  using std::chrono::milliseconds;
  if (argument.empty()) {
    milliseconds limit = db_.options().statementTimeout;
    char text[48];
    std::snprintf(text, sizeof text, "time limit %g s", double(limit.count()) / 1000);
    out_ << (limit.count() == 0 ? "no time limit" : text) << "\n" << std::flush;
    return;
  }
  if (argument == "off" || argument == "0") return db_.setStatementTimeout(milliseconds(0));
  char* end = nullptr;
  std::string text(argument);
  double seconds = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || !(seconds > 0) || seconds > 1e9) {
    return fail("Usage: :timeout SECONDS (a positive number) or :timeout off");
  }
  db_.setStatementTimeout(milliseconds(std::max<int64_t>(1, int64_t(seconds * 1000))));
}

void ShellSession::setMemoryLimit(std::string_view argument) {
  if (argument.empty()) {
    uint64_t limit = db_.options().memoryLimit;
    out_ << (limit == 0 ? "no memory limit" : "memory limit " + formatMemorySize(limit)) << "\n"
         << std::flush;
    return;
  }
  try {
    db_.setMemoryLimit(parseMemorySize(argument));
  } catch (const std::invalid_argument& e) {
    fail(std::string("Usage: :memory-limit SIZE (512MiB, 2G) or :memory-limit off: ") + e.what());
  }
}

void ShellSession::printHelp() { out_ << HELP_TEXT << std::flush; }

void ShellSession::setFormat(std::string_view argument) {
  std::optional<OutputFormat> format = parseOutputFormat(argument);
  if (!format) return fail("Usage: :format table|csv|json");
  format_ = *format;
}

void ShellSession::setParam(std::string_view argument) {
  size_t arrow = argument.find("=>");
  std::string_view name = arrow == std::string_view::npos ? "" : trim(argument.substr(0, arrow));
  if (name.size() >= 2 && name.front() == '`' && name.back() == '`')
    name = name.substr(1, name.size() - 2);
  if (name.empty()) return fail("Usage: :param NAME => VALUE");
  std::string_view text = trimParamValue(argument.substr(arrow + 2));
  try {
    params_.insert_or_assign(std::string(name), valueFromJson(text));
  } catch (const ParamError&) {
    // Not JSON: let Cypher evaluate it, so date('2024-05-01') or [1, 2] + $x work too.
    try {
      params_.insert_or_assign(std::string(name), evaluateParam(text));
    } catch (const CypherError& e) {
      fail(e.what());
    } catch (const storage::StorageError& e) {
      fail(std::string("StorageError: ") + e.what());
    }
  }
}

Value ShellSession::evaluateParam(std::string_view expression) {
  QueryResult result = db_.execute("RETURN " + std::string(expression) + " AS value", params_);
  if (result.rows.size() != 1 || result.rows.front().size() != 1)
    throw argumentError("InvalidArgumentValue", "a parameter value must be a single value");
  return result.rows.front().front();
}

void ShellSession::listParams() {
  std::vector<std::vector<std::string>> rows;
  for (const auto& [name, value] : params_) rows.push_back({name, toDisplayString(value, false)});
  printTextTable({"name", "value"}, rows, {}, out_);
  out_ << std::flush;
}

void ShellSession::printSchema() {
  try {
    printStoreSchema(db_.store(), out_);
  } catch (const storage::StorageError& e) {
    fail(std::string("StorageError: ") + e.what());
  }
  out_ << std::flush;
}

}  // namespace rollcall::repl
