#include <algorithm>
#include <cctype>

#include "repl/shell/line_reader.h"
#include "repl/shell/shell_session.h"

#if __has_include("engine/parser/keywords.h")
#include "engine/parser/keywords.h"
#define ROLLCALL_HAVE_KEYWORD_LIST 1
#endif

namespace rollcall::repl {
namespace {

#ifndef ROLLCALL_HAVE_KEYWORD_LIST
// Used until the parser publishes its keyword list (engine/parser/keywords.h).
std::vector<std::string> cypherKeywords() {
  return {"MATCH",    "OPTIONAL",   "WHERE",       "RETURN",  "WITH",    "UNWIND", "CREATE",
          "MERGE",    "SET",        "DELETE",      "DETACH",  "REMOVE",  "ORDER",  "BY",
          "SKIP",     "LIMIT",      "DISTINCT",    "AS",      "AND",     "OR",     "XOR",
          "NOT",      "IN",         "IS",          "NULL",    "TRUE",    "FALSE",  "CASE",
          "WHEN",     "THEN",       "ELSE",        "END",     "ASC",     "DESC",   "LOAD",
          "CSV",      "HEADERS",    "FROM",        "CALL",    "YIELD",   "UNION",  "ALL",
          "INDEX",    "CONSTRAINT", "ON",          "FOR",     "REQUIRE", "UNIQUE", "DROP",
          "SHOW",     "INDEXES",    "CONSTRAINTS", "EXPLAIN", "PROFILE", "STARTS", "ENDS",
          "CONTAINS", "EXISTS",     "COUNT"};
}
#endif

std::string lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool isLowercase(std::string_view text) {
  return std::none_of(text.begin(), text.end(),
                      [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
}

}  // namespace

const std::vector<std::string>& completionWords() {
  static const std::vector<std::string> words = [] {
    std::vector<std::string> all = cypherKeywords();
    for (std::string_view command : shellCommandNames()) all.emplace_back(command);
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
  }();
  return words;
}

std::vector<std::string> completionsFor(std::string_view prefix) {
  std::string wanted = lowercase(prefix);
  bool keepLowercase = !prefix.empty() && isLowercase(prefix);
  std::vector<std::string> matches;
  for (const std::string& word : completionWords()) {
    std::string lower = lowercase(word);
    if (lower.compare(0, wanted.size(), wanted) != 0) continue;
    matches.push_back(keepLowercase ? lower : word);
  }
  return matches;
}

}  // namespace rollcall::repl
