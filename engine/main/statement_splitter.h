#pragma once
// Splits a Cypher script into statements at top-level semicolons. A `;` inside a string ('..'
// or ".." with backslash escapes), a quoted name (`..`) or a comment (// to end of line, /* */)
// does not end a statement. Shared by `rollcall run`, the shell and the loaders.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rollcall {

struct ScriptStatement {
  // From the first character that is not whitespace or comment to the last one, without the
  // terminating `;`. Comments inside the statement are kept so error columns stay meaningful.
  std::string text;
  // 1-based line and byte offset, in the script, of the first character of `text`.
  uint32_t line = 1;
  size_t offset = 0;
};

struct SplitResult {
  // Statements ended by `;`, in order; empty ones (only whitespace and comments) are dropped.
  std::vector<ScriptStatement> complete;
  // Where the unterminated tail starts: script.substr(tailOffset) holds no `;` at top level.
  size_t tailOffset = 0;
  // True when the tail holds something besides whitespace and comments; `tail` is then that
  // unterminated statement.
  bool tailHasContent = false;
  ScriptStatement tail;
  // True when the script ends inside a string, a quoted name or a block comment.
  bool tailOpen = false;
};

// Splits off every `;`-terminated statement; the tail is left for the caller (the shell keeps
// reading lines until it is terminated).
SplitResult splitTerminated(std::string_view script);

// A whole script: the last statement may omit its `;`. Empty statements are dropped.
std::vector<ScriptStatement> splitStatements(std::string_view script);

}  // namespace rollcall
