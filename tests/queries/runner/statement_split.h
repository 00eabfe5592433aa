#pragma once
// Statement splitting for setup blocks and run-file: the engine's own splitter, so test scripts
// are split exactly as `rollcall run` splits them.
#include <string>
#include <string_view>
#include <vector>

namespace rollcall::qtest {

// Statements without their `;` and leading comments; empty ones dropped.
std::vector<std::string> splitStatements(std::string_view script);

}  // namespace rollcall::qtest
