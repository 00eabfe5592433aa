#pragma once
// Where the shell's input lines come from: a terminal with line editing, history and keyword
// completion (libedit), or a plain stream read without prompts (pipes, files, tests).
#include <istream>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace rollcall::repl {

class LineReader {
 public:
  virtual ~LineReader() = default;
  // The next line without its newline; nullopt at end of input.
  virtual std::optional<std::string> readLine(const std::string& prompt) = 0;
};

// Reads `in` line by line and never prompts.
std::unique_ptr<LineReader> makeStreamLineReader(std::istream& in);

// Reads the terminal on stdin, prompting; keeps history in ~/.rollcall_history. Without libedit
// it falls back to prompting on `out` and reading `in`.
std::unique_ptr<LineReader> makeTerminalLineReader(std::istream& in, std::ostream& out);

// Words the shell completes: the Cypher keywords and the shell's commands, sorted.
const std::vector<std::string>& completionWords();
// The completion words starting with `prefix`, ignoring case; a lowercase prefix gets lowercase
// keywords back so completion keeps the user's style.
std::vector<std::string> completionsFor(std::string_view prefix);

}  // namespace rollcall::repl
