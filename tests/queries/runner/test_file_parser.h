#pragma once
// Parses the text of a .test file (format: tests/queries/README.md).
#include <stdexcept>
#include <string>
#include <string_view>

#include "tests/queries/runner/test_file.h"

namespace rollcall::qtest {

// A malformed .test file; the message names the file and line.
class FormatError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

TestFile parseTestFile(std::string_view text, const std::string& path,
                       const std::string& suiteName);

// Splits one table line into trimmed cells on `|` outside quotes, brackets and braces.
std::vector<std::string> splitCells(std::string_view line);

}  // namespace rollcall::qtest
