#pragma once
// Where the shell's input lines come from: a terminal with line editing, history and keyword
// completion (libedit), or a plain stream read without prompts (pipes, files, tests).
#include <functional>
#include <istream>
#include <map>
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
  // The next line without its newline; nullopt at end of input, or when Ctrl-C interrupted the
  // read (then interrupted() says so).
  virtual std::optional<std::string> readLine(const std::string& prompt) = 0;
  virtual bool interrupted() const { return false; }
};

// Reads `in` line by line and never prompts.
std::unique_ptr<LineReader> makeStreamLineReader(std::istream& in);

// What completion offers besides keywords and shell commands: the database's names, read when
// Tab is pressed (so a label created a moment ago completes).
struct CompletionNames {
  std::vector<std::string> labels, types, keys, params, functions;
  // The keys nodes of each label hold: after `s.` where the line says `(s:Student`, only
  // Student's keys are offered.
  std::map<std::string, std::vector<std::string>, std::less<>> keysByLabel;
};
using CompletionSource = std::function<CompletionNames()>;

// Reads the terminal on stdin, prompting; keeps history in ~/.rollcall_history. Without libedit
// it falls back to prompting on `out` and reading `in`.
std::unique_ptr<LineReader> makeTerminalLineReader(std::istream& in, std::ostream& out,
                                                   CompletionSource names = {});

// Words the shell completes: the Cypher keywords and the shell's commands, sorted.
const std::vector<std::string>& completionWords();
// The completion words starting with `prefix`, ignoring case; a lowercase prefix gets lowercase
// keywords back so completion keeps the user's style.
std::vector<std::string> completionsFor(std::string_view prefix);

// The completions of the word `prefix`, which starts at `start` in `line`, by what precedes it:
// labels after `(n:` (or `n:` elsewhere), relationship types after `[:` or `[r:`, property keys
// after `.`, parameters after `$`, shell commands at the start of a line beginning with `:`, and
// otherwise keywords and function names.
std::vector<std::string> completionsAt(std::string_view line, size_t start, std::string_view prefix,
                                       const CompletionNames& names);

}  // namespace rollcall::repl
