#include <algorithm>
#include <cctype>

#include "engine/parser/keywords.h"
#include "repl/shell/line_reader.h"
#include "repl/shell/shell_session.h"

namespace rollcall::repl {
namespace {

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
