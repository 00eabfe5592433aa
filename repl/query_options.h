#pragma once
// Options shared by the commands that run Cypher: --db, --format, --param, --import-dir,
// --timeout, --memory-limit, --no-warnings, --read-only.
#include <string>
#include <vector>

#include "engine/main/database.h"
#include "repl/printer/result_printer.h"

namespace CLI {
class App;
}

namespace rollcall::repl {

struct QueryOptions {
  std::string dbDir;
  std::string format = "table";
  std::vector<std::string> params;  // NAME=JSON, validated while parsing the command line
  std::string importDir;            // empty: the command's default
  double timeoutSeconds = 0;        // per statement; 0: no limit
  std::string memoryLimit;          // per statement, as written ("2GiB", "off"); empty: default
  bool noWarnings = false;          // --no-warnings: notifications are not printed on stderr
  bool readOnly = false;            // no write lock: runs beside a writer, refuses writes

  // DatabaseOptions with this command line's import directory, time and memory limits and
  // read-only flag.
  DatabaseOptions databaseOptions() const;

  OutputFormat outputFormat() const;
  Parameters parameters() const;
};

// Adds the options to `cmd`. A malformed --param or --format fails the parse (exit status 2).
void addQueryOptions(CLI::App& cmd, QueryOptions& options);

}  // namespace rollcall::repl
