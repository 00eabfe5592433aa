#include "tests/queries/runner/statement_split.h"

#include <cctype>

namespace rollcall::qtest {
namespace {

std::string trim(std::string_view s) {
  size_t b = 0;
  size_t e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

// True when the statement holds something besides whitespace and `//` comments.
bool hasCode(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (std::isspace(static_cast<unsigned char>(s[i]))) {
      ++i;
    } else if (s.substr(i, 2) == "//") {
      while (i < s.size() && s[i] != '\n') ++i;
    } else {
      return true;
    }
  }
  return false;
}

// Index just past the quoted run that starts at `i` (s[i] is the quote).
size_t skipQuoted(std::string_view s, size_t i) {
  char quote = s[i++];
  while (i < s.size() && s[i] != quote) i += (s[i] == '\\' && quote != '`') ? 2 : 1;
  return i + 1;
}

size_t skipComment(std::string_view s, size_t i) {
  if (s[i + 1] == '/') {
    while (i < s.size() && s[i] != '\n') ++i;
    return i;
  }
  size_t end = s.find("*/", i + 2);
  return end == std::string_view::npos ? s.size() : end + 2;
}

}  // namespace

std::vector<std::string> splitStatements(std::string_view script) {
  std::vector<std::string> out;
  size_t start = 0;
  size_t i = 0;
  auto flush = [&](size_t end) {
    std::string stmt = trim(script.substr(start, end - start));
    if (hasCode(stmt)) out.push_back(std::move(stmt));
  };
  while (i < script.size()) {
    char c = script[i];
    if (c == '\'' || c == '"' || c == '`') {
      i = skipQuoted(script, i);
    } else if (c == '/' && i + 1 < script.size() &&
               (script[i + 1] == '/' || script[i + 1] == '*')) {
      i = skipComment(script, i);
    } else if (c == ';') {
      flush(i);
      start = ++i;
    } else {
      ++i;
    }
  }
  if (start < script.size()) flush(script.size());
  return out;
}

}  // namespace rollcall::qtest
