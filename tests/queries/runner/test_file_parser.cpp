#include "tests/queries/runner/test_file_parser.h"

#include <cctype>
#include <set>
#include <sstream>

#include <fstream>

#include "tests/queries/runner/file_session.h"
#include "tests/queries/runner/statement_split.h"

namespace rollcall::qtest {
namespace {

const std::set<std::string, std::less<>> STAT_NAMES = {
    "nodes_created",   "nodes_deleted",     "relationships_created", "relationships_deleted",
    "properties_set",  "labels_added",      "labels_removed",        "indexes_added",
    "indexes_removed", "constraints_added", "constraints_removed"};

struct Line {
  int number = 0;
  std::string text;
};
using Block = std::vector<Line>;

std::string trim(std::string_view s) {
  size_t b = 0;
  size_t e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

std::string rtrim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

bool startsWithWord(std::string_view s, std::string_view word) {
  return s.substr(0, word.size()) == word && (s.size() == word.size() || s[word.size()] == ' ');
}

std::string rest(std::string_view s, std::string_view word) {
  return trim(s.substr(std::min(word.size(), s.size())));
}

class Parser {
 public:
  Parser(const std::string& path) : path_(path) {}

  [[noreturn]] void fail(int line, const std::string& msg) const {
    throw FormatError(path_ + ":" + std::to_string(line) + ": " + msg);
  }

  std::vector<Block> blocks(std::string_view text) const {
    std::vector<Block> out(1);
    std::istringstream in{std::string(text)};
    std::string raw;
    for (int n = 1; std::getline(in, raw); ++n) {
      if (!raw.empty() && raw.back() == '\r') raw.pop_back();
      std::string t = trim(raw);
      if (t.empty()) {
        if (!out.back().empty()) out.emplace_back();
      } else if (t[0] != '#') {
        out.back().push_back({n, raw});
      }
    }
    if (out.back().empty()) out.pop_back();
    return out;
  }

  void parseBlock(const Block& block, TestFile& file) {
    size_t i = 0;
    while (i < block.size()) {
      const Line& l = block[i];
      std::string t = trim(l.text);
      if (t == "reset") {
        file.steps.push_back({StepKind::RESET, l.number, "", {}, {}});
      } else if (startsWithWord(t, "import-dir") || startsWithWord(t, "run-file")) {
        bool imp = startsWithWord(t, "import-dir");
        std::string arg = rest(t, imp ? "import-dir" : "run-file");
        if (arg.empty()) fail(l.number, "missing path");
        file.steps.push_back(
            {imp ? StepKind::IMPORT_DIR : StepKind::RUN_FILE, l.number, arg, {}, {}});
      } else if (t == "setup") {
        parseSetup(block, i + 1, l.number, file);
        return;
      } else if (startsWithWord(t, "case")) {
        parseCase(block, i, file);
        return;
      } else {
        fail(l.number, "expected reset, import-dir, run-file, setup or case, got: " + t);
      }
      ++i;
    }
  }

 private:
  void parseSetup(const Block& block, size_t from, int line, TestFile& file) {
    std::string script;
    for (size_t i = from; i < block.size(); ++i) script += block[i].text + "\n";
    Step step{StepKind::SETUP, line, "", splitStatements(script), {}};
    if (step.statements.empty()) fail(line, "empty setup block");
    file.steps.push_back(std::move(step));
  }

  void checkName(const std::string& name, int line) {
    if (name.empty()) fail(line, "case without a name");
    for (char c : name) {
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_')
        fail(line, "case names use letters, digits and _ only: " + name);
    }
    if (!names_.insert(name).second) fail(line, "duplicate case name: " + name);
  }

  // A file of the query pack as a case's query: it must hold exactly one statement.
  std::string queryFromFile(const std::string& relPath, int line) {
    std::ifstream in(sourcePath(relPath));
    if (!in) fail(line, "cannot read query-file " + relPath);
    std::stringstream text;
    text << in.rdbuf();
    std::vector<std::string> statements = splitStatements(text.str());
    if (statements.size() != 1) fail(line, "query-file " + relPath + " must hold one statement");
    return statements[0];
  }

  // Reads `skip`, `param`, `ordered` and `query-file` lines; returns the index of the first
  // query line.
  size_t parseOptions(const Block& block, size_t i, Case& c) {
    for (; i < block.size(); ++i) {
      std::string t = trim(block[i].text);
      if (startsWithWord(t, "skip")) {
        c.skipReason = rest(t, "skip");
      } else if (startsWithWord(t, "param")) {
        std::string spec = rest(t, "param");
        size_t eq = spec.find('=');
        if (eq == std::string::npos) fail(block[i].number, "param needs `name = <json>`");
        c.params.emplace_back(trim(spec.substr(0, eq)), trim(spec.substr(eq + 1)));
      } else if (t == "ordered") {
        c.expect.ordered = true;
      } else if (startsWithWord(t, "query-file")) {
        c.query = queryFromFile(rest(t, "query-file"), block[i].number);
      } else {
        return i;
      }
    }
    return i;
  }

  void parseCase(const Block& block, size_t i, TestFile& file) {
    Case c;
    c.line = block[i].number;
    c.name = rest(trim(block[i].text), "case");
    checkName(c.name, c.line);
    i = parseOptions(block, i + 1, c);
    bool fromFile = !c.query.empty();
    for (; i < block.size() && trim(block[i].text) != "----"; ++i) {
      if (fromFile) fail(block[i].number, "case " + c.name + " has both a query-file and a query");
      c.query += block[i].text + "\n";
    }
    c.query = trim(c.query);
    if (c.query.empty()) fail(c.line, "case " + c.name + " has no query");
    if (i == block.size()) fail(c.line, "case " + c.name + " has no ---- line");
    parseExpectation(block, i + 1, c);
    Step step{StepKind::CASE, c.line, "", {}, std::move(c)};
    file.steps.push_back(std::move(step));
  }

  void parseStats(const Line& l, Expectation& e) {
    std::istringstream in(rest(trim(l.text), "stats"));
    std::string item;
    while (in >> item) {
      size_t eq = item.find('=');
      std::string key = item.substr(0, eq);
      if (eq == std::string::npos || !STAT_NAMES.contains(key))
        fail(l.number, "bad stats item: " + item);
      e.stats[key] = std::stoll(item.substr(eq + 1));
    }
  }

  void parseError(const Line& l, Expectation& e) {
    std::istringstream in(rest(trim(l.text), "error"));
    std::string cls, detail, extra;
    in >> cls >> detail >> extra;
    if (cls.empty() || !extra.empty()) fail(l.number, "expected: error <Class> [<Detail>]");
    e.errorClass = cls;
    if (!detail.empty()) e.errorDetail = detail;
  }

  // Returns true when the line was a directive rather than table text.
  bool parseExpectDirective(const Line& l, Expectation& e) {
    std::string t = trim(l.text);
    if (t == "ordered")
      e.ordered = true;
    else if (t == "unordered")
      e.ordered = false;
    else if (t == "ok")
      e.ignoreResult = true;
    else if (startsWithWord(t, "stats"))
      parseStats(l, e);
    else if (startsWithWord(t, "error"))
      parseError(l, e);
    else if (startsWithWord(t, "message"))
      e.errorMessage = rest(t, "message");
    else
      return false;
    return true;
  }

  void parseExpectation(const Block& block, size_t i, Case& c) {
    Expectation& e = c.expect;
    while (i < block.size() && parseExpectDirective(block[i], e)) ++i;
    if (e.errorMessage && !e.errorClass) fail(c.line, "message without error");
    if (i == block.size()) return;
    if (e.errorClass || e.ignoreResult) fail(block[i].number, "a table after error/ok");
    if (trim(block[i].text) == "plan") {
      e.plan.emplace();
      for (++i; i < block.size(); ++i) e.plan->push_back(rtrim(block[i].text));
      return;
    }
    e.columns = splitCells(block[i].text);
    for (++i; i < block.size(); ++i) {
      e.rows.push_back(splitCells(block[i].text));
      if (e.rows.back().size() != e.columns.size())
        fail(block[i].number, "row has " + std::to_string(e.rows.back().size()) +
                                  " cells, header has " + std::to_string(e.columns.size()));
    }
  }

  std::string path_;
  std::set<std::string> names_;
};

}  // namespace

std::vector<std::string> splitCells(std::string_view line) {
  std::vector<std::string> cells;
  std::string cur;
  bool quoted = false;
  int depth = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted && c == '\\' && i + 1 < line.size()) {
      cur += c;
      cur += line[++i];
      continue;
    }
    if (c == '\'') quoted = !quoted;
    if (!quoted && (c == '[' || c == '(' || c == '{')) ++depth;
    if (!quoted && (c == ']' || c == ')' || c == '}')) --depth;
    if (c == '|' && !quoted && depth == 0) {
      cells.push_back(trim(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  cells.push_back(trim(cur));
  return cells;
}

TestFile parseTestFile(std::string_view text, const std::string& path,
                       const std::string& suiteName) {
  TestFile file{path, suiteName, {}};
  Parser parser(path);
  for (const Block& block : parser.blocks(text)) parser.parseBlock(block, file);
  return file;
}

}  // namespace rollcall::qtest
