#include "repl/shell/line_reader.h"

#include <cstdlib>
#include <cstring>

#ifdef ROLLCALL_HAVE_LIBEDIT
#include <editline/readline.h>
#endif

namespace rollcall::repl {
namespace {

class StreamLineReader : public LineReader {
 public:
  explicit StreamLineReader(std::istream& in) : in_(in) {}
  std::optional<std::string> readLine(const std::string&) override {
    std::string line;
    if (!std::getline(in_, line)) return std::nullopt;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
  }

 private:
  std::istream& in_;
};

#ifndef ROLLCALL_HAVE_LIBEDIT
// A terminal without libedit: prompts, but no editing or history.
class PromptingLineReader : public StreamLineReader {
 public:
  PromptingLineReader(std::istream& in, std::ostream& out) : StreamLineReader(in), out_(out) {}
  std::optional<std::string> readLine(const std::string& prompt) override {
    out_ << prompt << std::flush;
    return StreamLineReader::readLine(prompt);
  }

 private:
  std::ostream& out_;
};
#endif

#ifdef ROLLCALL_HAVE_LIBEDIT
// readline's completion protocol: called with state 0 first, then until it returns null.
char* nextCompletion(const char* text, int state) {
  static std::vector<std::string> matches;
  static size_t next = 0;
  if (state == 0) {
    matches = completionsFor(text);
    next = 0;
  }
  return next < matches.size() ? strdup(matches[next++].c_str()) : nullptr;
}

char** completeWord(const char* text, int /*start*/, int /*end*/) {
  return rl_completion_matches(text, nextCompletion);
}

std::string historyPath() {
  const char* home = std::getenv("HOME");
  return home && *home ? std::string(home) + "/.rollcall_history" : std::string();
}

class EditLineReader : public LineReader {
 public:
  EditLineReader() : history_(historyPath()) {
    rl_readline_name = "rollcall";
    rl_attempted_completion_function = completeWord;
    stifle_history(1000);
    if (!history_.empty()) read_history(history_.c_str());
  }
  ~EditLineReader() override {
    if (!history_.empty()) write_history(history_.c_str());
  }

  std::optional<std::string> readLine(const std::string& prompt) override {
    char* raw = readline(prompt.c_str());
    if (raw == nullptr) return std::nullopt;
    std::string line(raw);
    std::free(raw);
    if (line.find_first_not_of(" \t") != std::string::npos) add_history(line.c_str());
    return line;
  }

 private:
  std::string history_;
};
#endif

}  // namespace

std::unique_ptr<LineReader> makeStreamLineReader(std::istream& in) {
  return std::make_unique<StreamLineReader>(in);
}

std::unique_ptr<LineReader> makeTerminalLineReader(std::istream& in, std::ostream& out) {
#ifdef ROLLCALL_HAVE_LIBEDIT
  (void)in;
  (void)out;
  return std::make_unique<EditLineReader>();
#else
  return std::make_unique<PromptingLineReader>(in, out);
#endif
}

}  // namespace rollcall::repl
