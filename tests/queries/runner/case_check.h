#pragma once
// Runs one case's query and compares the outcome with what the case expects.
#include <string>

#include "engine/main/database.h"
#include "tests/queries/runner/test_file.h"

namespace rollcall::qtest {

// Empty when the case passes; otherwise a report with the query, expected and actual outcome.
std::string runAndCheck(Database& db, const Case& c, const std::string& location);

}  // namespace rollcall::qtest
