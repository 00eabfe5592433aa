#pragma once
// The in-memory form of one .test file: an ordered list of steps (setup, reset, file loads and
// cases) that share one database. See tests/queries/README.md for the text format.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace rollcall::qtest {

enum class StepKind { RESET, IMPORT_DIR, RUN_FILE, SETUP, CASE };

// What a case expects from its query.
struct Expectation {
  bool ordered = false;
  bool ignoreResult = false;               // `ok`: the query must succeed; its rows are not checked
  std::map<std::string, int64_t> stats;    // only the listed counters are checked
  std::optional<std::string> errorClass;   // "SyntaxError"
  std::optional<std::string> errorDetail;  // "UndefinedVariable"
  std::optional<std::string> errorMessage;  // a substring of the message
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;  // cells in canonical rendering
  // `plan`: EXPLAIN's lines, indentation kept, estimates left out (they follow the statistics).
  std::optional<std::vector<std::string>> plan;
};

struct Case {
  std::string name;
  int line = 0;
  std::optional<std::string> skipReason;
  std::vector<std::pair<std::string, std::string>> params;  // name, JSON text
  std::string query;
  Expectation expect;
};

struct Step {
  StepKind kind = StepKind::SETUP;
  int line = 0;
  std::string argument;                 // IMPORT_DIR and RUN_FILE: a path from the repo root
  std::vector<std::string> statements;  // SETUP
  std::optional<Case> testCase;         // CASE
};

struct TestFile {
  std::string path;       // as given to the parser
  std::string suiteName;  // "match/basic" for tests/queries/match/basic.test
  std::vector<Step> steps;
};

}  // namespace rollcall::qtest
