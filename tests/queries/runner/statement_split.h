#pragma once
// Splits a script into statements on `;`, ignoring semicolons inside strings, backtick names and
// comments. A local stand-in until engine/main/statement_splitter.h exists.
#include <string>
#include <string_view>
#include <vector>

namespace rollcall::qtest {

// Statements trimmed; empty ones (only whitespace or comments) dropped.
std::vector<std::string> splitStatements(std::string_view script);

}  // namespace rollcall::qtest
