#include "repl/query_options.h"

#include <CLI/CLI.hpp>

#include "repl/params.h"

namespace rollcall::repl {

OutputFormat QueryOptions::outputFormat() const {
  return parseOutputFormat(format).value_or(OutputFormat::TABLE);
}

Parameters QueryOptions::parameters() const { return parseParamAssignments(params); }

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
  cmd.add_option("--import-dir", options.importDir, "Directory LOAD CSV reads file:/// URLs from");
}

}  // namespace rollcall::repl
