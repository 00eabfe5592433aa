#include "repl/query_options.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <stdexcept>

#include "repl/params.h"

namespace rollcall::repl {

OutputFormat QueryOptions::outputFormat() const {
  return parseOutputFormat(format).value_or(OutputFormat::TABLE);
}

Parameters QueryOptions::parameters() const { return parseParamAssignments(params); }

DatabaseOptions QueryOptions::databaseOptions() const {
  DatabaseOptions options;
  options.importDir = importDir;
  options.readOnly = readOnly;
  // A positive limit under a millisecond still limits: 1 ms, not 0 (no limit).
  if (timeoutSeconds > 0) {
    options.statementTimeout =
        std::chrono::milliseconds(std::max<int64_t>(1, int64_t(timeoutSeconds * 1000)));
  }
  if (!memoryLimit.empty()) options.memoryLimit = parseMemorySize(memoryLimit);
  return options;
}

void addQueryOptions(CLI::App& cmd, QueryOptions& options) {
  cmd.add_option("--db", options.dbDir, "Database directory (created when missing)")->required();
  cmd.add_option("--format", options.format, "Output format: table, csv or json")
      ->check(CLI::IsMember({"table", "csv", "json"}))
      ->capture_default_str();
  // One value per --param, so that the script files after it are not taken as parameters.
  cmd.add_option("--param", options.params, "Query parameter NAME=JSON (repeatable)")
      ->allow_extra_args(false)
      ->check(CLI::Validator(
          [](std::string& text) -> std::string {
            try {
              parseParamAssignment(text);
              return "";
            } catch (const ParamError& e) {
              return e.what();
            }
          },
          "NAME=JSON"));
  cmd.add_flag("--read-only", options.readOnly,
               "Open without the write lock, beside a process writing to the database: see what "
               "was committed when this command started; statements that write fail");
  cmd.add_option("--import-dir", options.importDir, "Directory LOAD CSV reads file:/// URLs from");
  cmd.add_flag("--no-warnings", options.noWarnings,
               "Do not print warnings (a label, type or property key that does not exist)");
  cmd.add_option("--timeout", options.timeoutSeconds,
                 "Stop (and roll back) a statement running longer than SECONDS; 0: no limit")
      ->check(CLI::NonNegativeNumber);
  cmd.add_option("--memory-limit", options.memoryLimit,
                 "Stop (and roll back) a statement holding more memory than SIZE (512MiB, 2G; "
                 "off: no limit); default: half of this machine's memory (" +
                     formatMemorySize(defaultMemoryLimit()) + ")")
      ->check(CLI::Validator(
          [](std::string& text) -> std::string {
            try {
              parseMemorySize(text);
              return "";
            } catch (const std::invalid_argument& e) {
              return e.what();
            }
          },
          "SIZE"));
}

}  // namespace rollcall::repl
