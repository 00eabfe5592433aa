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

// The names starting with `prefix`, ignoring case, as they are spelled.
std::vector<std::string> matching(const std::vector<std::string>& names, std::string_view prefix) {
  std::string wanted = lowercase(prefix);
  std::vector<std::string> out;
  for (const std::string& name : names) {
    if (lowercase(name).compare(0, wanted.size(), wanted) == 0) out.push_back(name);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Whether the `:` before position `at` is inside a relationship's brackets: the nearest bracket
// or parenthesis before it is an unclosed `[`.
bool insideBrackets(std::string_view line, size_t at) {
  for (size_t i = at; i-- > 0;) {
    char c = line[i];
    if (c == '[') return true;
    if (c == '(' || c == ')' || c == ']') return false;
  }
  return false;
}

bool isNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// The label written for `variable` on the line (`(s:Student` or `s:Student`), if any.
std::string_view labelOf(std::string_view line, std::string_view variable) {
  for (size_t at = line.find(variable); at != std::string_view::npos;
       at = line.find(variable, at + 1)) {
    size_t end = at + variable.size();
    if ((at > 0 && isNameChar(line[at - 1])) || end >= line.size() || line[end] != ':') continue;
    size_t labelEnd = end + 1;
    while (labelEnd < line.size() && isNameChar(line[labelEnd])) ++labelEnd;
    if (labelEnd > end + 1) return line.substr(end + 1, labelEnd - end - 1);
  }
  return {};
}

// Keys after `variable.`: those of the variable's label when the line names one and its nodes
// hold a key with this prefix, else every key.
std::vector<std::string> keysAfter(std::string_view line, size_t dot, std::string_view prefix,
                                   const CompletionNames& names) {
  size_t begin = dot;
  while (begin > 0 && isNameChar(line[begin - 1])) --begin;
  std::string_view label = labelOf(line, line.substr(begin, dot - begin));
  auto it = label.empty() ? names.keysByLabel.end() : names.keysByLabel.find(label);
  if (it != names.keysByLabel.end()) {
    std::vector<std::string> narrowed = matching(it->second, prefix);
    if (!narrowed.empty()) return narrowed;
  }
  return matching(names.keys, prefix);
}

}  // namespace

std::vector<std::string> completionsAt(std::string_view line, size_t start, std::string_view prefix,
                                       const CompletionNames& names) {
  // The character before the word, skipping the `|` of `[:A|B` and spaces after `:`.
  size_t i = start;
  while (i > 0 && line[i - 1] == ' ') --i;
  char before = i > 0 ? line[i - 1] : '\0';
  if (before == '$') return matching(names.params, prefix);
  if (before == '.') return keysAfter(line, i - 1, prefix, names);
  if (before == ':' || (before == '|' && insideBrackets(line, i - 1))) {
    // A line starting with `:` is a shell command; the `:` is already typed.
    if (line.find_first_not_of(" \t") == i - 1) {
      std::vector<std::string> commands;
      for (const std::string& c : completionsFor(":" + std::string(prefix))) {
        if (c.starts_with(':')) commands.push_back(c.substr(1));
      }
      return commands;
    }
    return matching(insideBrackets(line, i - 1) ? names.types : names.labels, prefix);
  }
  std::vector<std::string> out = completionsFor(prefix);
  // `count` is both a keyword (COUNT { }) and a function: offer it once.
  for (std::string& f : matching(names.functions, prefix)) {
    if (std::find(out.begin(), out.end(), f) == out.end()) out.push_back(std::move(f));
  }
  return out;
}

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
