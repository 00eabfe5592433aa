#include "loaders/export/naming.h"

#include <cctype>

namespace rollcall::loaders {

namespace {

bool isUpper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool isLower(char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }
bool isAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool isVowel(char c) { return std::string_view("aeiou").find(c) != std::string_view::npos; }

// English plural of the last word, by the regular rules; irregular nouns keep the regular form
// (person -> persons), which is unambiguous if not always idiomatic.
std::string plural(std::string word) {
  if (word.empty()) return word;
  for (std::string_view s : {"s", "x", "z", "ch", "sh"}) {
    if (endsWith(word, s)) return word + "es";
  }
  if (word.size() >= 2 && word.back() == 'y' && !isVowel(word[word.size() - 2])) {
    return word.substr(0, word.size() - 1) + "ies";
  }
  return word + "s";
}

}  // namespace

std::string snakeCase(std::string_view name) {
  std::string out;
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (!isAlnum(c) && static_cast<unsigned char>(c) < 0x80) {
      if (!out.empty() && out.back() != '_') out.push_back('_');
      continue;
    }
    // A word starts at an upper-case letter after a lower-case one or digit ("studyGroup"), or at
    // the last capital of an acronym followed by lower case ("HTTPServer").
    bool boundary = isUpper(c) && i > 0 &&
                    (isLower(name[i - 1]) || std::isdigit(static_cast<unsigned char>(name[i - 1])) ||
                     (isUpper(name[i - 1]) && i + 1 < name.size() && isLower(name[i + 1])));
    if (boundary && !out.empty() && out.back() != '_') out.push_back('_');
    out.push_back(isUpper(c) ? char(std::tolower(static_cast<unsigned char>(c))) : c);
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out.empty() ? "t" : out;
}

std::string tableNameForLabel(std::string_view label) { return plural(snakeCase(label)); }

std::string tableNameForRelType(std::string_view type) {
  // The seed's relational schema (seeds/001) calls the ATTENDED pairs `attendance`.
  if (type == "ATTENDED") return "attendance";
  return snakeCase(type);
}

namespace {

// The longest prefix of `name` of at most `max` bytes that does not split a UTF-8 character.
std::string fit(const std::string& name, size_t max) {
  if (name.size() <= max) return name;
  size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(name[end]) & 0xC0) == 0x80) --end;
  return name.substr(0, end);
}

}  // namespace

// SQLite compares names without regard to ASCII case ("Name" and "name" are one column).
std::string NameScope::folded(const std::string& name) {
  std::string out = name;
  for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string NameScope::claim(const std::string& wanted) {
  std::string name = fit(wanted, MAX_NAME_BYTES);
  for (int n = 2; used_.count(folded(name)); ++n) {
    std::string suffix = "_" + std::to_string(n);
    name = fit(wanted, MAX_NAME_BYTES - suffix.size()) + suffix;
  }
  used_.insert(folded(name));
  return name;
}

}  // namespace rollcall::loaders
