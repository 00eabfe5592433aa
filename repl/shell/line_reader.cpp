#include "repl/shell/line_reader.h"

#include <cstdlib>
#include <cstring>

#include "repl/interrupt.h"

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
// readline's completion protocol has no user data: the one terminal reader's state is here.
CompletionSource completionSource;
std::vector<std::string> pendingMatches;
size_t nextMatch = 0;

// Called with state 0 first, then until it returns null.
char* nextCompletion(const char* /*text*/, int /*state*/) {
  return nextMatch < pendingMatches.size() ? strdup(pendingMatches[nextMatch++].c_str()) : nullptr;
}

char** completeWord(const char* text, int start, int /*end*/) {
  CompletionNames names = completionSource ? completionSource() : CompletionNames{};
  std::string_view line = rl_line_buffer ? rl_line_buffer : "";
  pendingMatches = completionsAt(line, size_t(start), text, names);
  // A completed keyword is followed by a space; a label, type, key or parameter is not, since
  // `)`, `]` or an operator usually comes next.
  char before = start > 0 && size_t(start) <= line.size() ? line[size_t(start) - 1] : ' ';
  rl_completion_append_character =
      std::string_view(":.$|").find(before) == std::string_view::npos ? ' ' : '\0';
  nextMatch = 0;
  rl_attempted_completion_over = 1;  // no file name completion when nothing matches
  return rl_completion_matches(text, nextCompletion);
}

// Words end at these, so `(s:Stu`, `s.na`, `$li` and `[:ATT` complete the name after them.
char wordBreaks[] = " \t\n\"\\'`@$><=;|&{}()[]:.,+-*/%^!";

std::string historyPath() {
  const char* home = std::getenv("HOME");
  return home && *home ? std::string(home) + "/.rollcall_history" : std::string();
}

class EditLineReader : public LineReader {
 public:
  explicit EditLineReader(CompletionSource names) : history_(historyPath()) {
    completionSource = std::move(names);
    rl_readline_name = "rollcall";
    rl_attempted_completion_function = completeWord;
    // libedit reads the basic set; GNU readline the completer's.
    rl_basic_word_break_characters = wordBreaks;
    rl_completer_word_break_characters = wordBreaks;
    stifle_history(1000);
    if (!history_.empty()) read_history(history_.c_str());
  }
  ~EditLineReader() override {
    if (!history_.empty()) write_history(history_.c_str());
  }

  std::optional<std::string> readLine(const std::string& prompt) override {
    interrupted_ = false;
    char* raw = readline(prompt.c_str());
    if (raw == nullptr) {
      interrupted_ = takeInterrupt();
      return std::nullopt;
    }
    std::string line(raw);
    std::free(raw);
    if (line.find_first_not_of(" \t") != std::string::npos) add_history(line.c_str());
    return line;
  }
  bool interrupted() const override { return interrupted_; }

 private:
  bool interrupted_ = false;
  std::string history_;
};
#endif

}  // namespace

std::unique_ptr<LineReader> makeStreamLineReader(std::istream& in) {
  return std::make_unique<StreamLineReader>(in);
}

std::unique_ptr<LineReader> makeTerminalLineReader(std::istream& in, std::ostream& out,
                                                   CompletionSource names) {
#ifdef ROLLCALL_HAVE_LIBEDIT
  (void)in;
  (void)out;
  return std::make_unique<EditLineReader>(std::move(names));
#else
  (void)names;
  return std::make_unique<PromptingLineReader>(in, out);
#endif
}

}  // namespace rollcall::repl
