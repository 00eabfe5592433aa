#pragma once
// Opening the database and running statements for the commands, with the error reporting the
// command-line contract fixes: on stderr, the first line starts with the error class
// ("SyntaxError: ..."), then where the statement came from, then the error's context lines.
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "engine/main/database.h"
#include "repl/printer/result_printer.h"

namespace rollcall::repl {

// Opens (and locks) the database; on failure reports the error and returns null.
// Runs `action`; an escaping error (CypherError, StorageError, any exception) is reported on
// `err` like a failed statement's, and false is returned.
bool runReportingErrors(const std::function<void()>& action, std::ostream& err);

std::unique_ptr<Database> openDatabase(const std::string& dir, DatabaseOptions options,
                                       std::ostream& err);

// Writes `message` (an error's what()) with `location` ("  in x.cypher, statement at line 3")
// inserted as its second line when not empty.
void reportError(std::string_view message, std::string_view location, std::ostream& err);

struct StatementRun {
  Database& db;
  const Parameters& params;
  OutputFormat format;
  std::ostream& out;
  std::ostream& err;
  bool warnings = true;  // print the statement's notifications on `err` (--no-warnings: false)
  // Table format only (the shell's :timing and :max-rows, and its terminal's width): the time
  // after the row count, at most this many rows shown, cells cut to fit this many columns.
  bool timing = false;
  std::optional<size_t> maxRows{};
  std::optional<size_t> maxWidth{};
};

// Executes one statement and prints its result; on an error prints nothing on `out`, reports
// the error and returns false.
bool executeStatement(const StatementRun& run, std::string_view statement,
                      std::string_view location = {});

}  // namespace rollcall::repl
