#include "engine/main/statement_splitter.h"

#include <algorithm>
#include <cctype>

namespace rollcall {
namespace {

enum class ScanState : uint8_t {
  CODE,
  SINGLE_QUOTED,
  DOUBLE_QUOTED,
  BACKTICKED,
  LINE_COMMENT,
  BLOCK_COMMENT
};

// One pass over the script with a small state machine; quoting and comments are tracked only as
// far as needed to tell which semicolons are statement ends.
class Scanner {
 public:
  explicit Scanner(std::string_view script) : s_(script) {}

  SplitResult run() {
    while (pos_ < s_.size()) step();
    result_.tailOffset = segmentBegin_;
    result_.tailHasContent = hasStart_;
    if (hasStart_) result_.tail = currentStatement();
    result_.tailOpen = state_ != ScanState::CODE && state_ != ScanState::LINE_COMMENT;
    return std::move(result_);
  }

 private:
  char at(size_t i) const { return i < s_.size() ? s_[i] : '\0'; }

  void advance(size_t n) {
    for (size_t end = pos_ + n; pos_ < end && pos_ < s_.size(); ++pos_) {
      if (s_[pos_] == '\n') ++line_;
    }
  }

  // Bytes [pos_, pos_ + n) belong to the statement's text.
  void keep(size_t n) {
    if (!hasStart_) {
      hasStart_ = true;
      start_ = pos_;
      startLine_ = line_;
    }
    end_ = std::min(pos_ + n, s_.size());
    advance(n);
  }

  ScriptStatement currentStatement() const {
    return {std::string(s_.substr(start_, end_ - start_)), startLine_, start_};
  }

  void endStatement() {
    if (hasStart_) result_.complete.push_back(currentStatement());
    hasStart_ = false;
    advance(1);
    segmentBegin_ = pos_;
  }

  void step() {
    switch (state_) {
      case ScanState::CODE:
        return stepCode();
      case ScanState::SINGLE_QUOTED:
        return stepQuoted('\'', /*escapes=*/true);
      case ScanState::DOUBLE_QUOTED:
        return stepQuoted('"', /*escapes=*/true);
      case ScanState::BACKTICKED:
        return stepQuoted('`', /*escapes=*/false);
      case ScanState::LINE_COMMENT:
        if (s_[pos_] == '\n') state_ = ScanState::CODE;
        return advance(1);
      case ScanState::BLOCK_COMMENT:
        if (s_[pos_] == '*' && at(pos_ + 1) == '/') {
          state_ = ScanState::CODE;
          return advance(2);
        }
        return advance(1);
    }
  }

  void stepCode() {
    char c = s_[pos_];
    if (c == ';') return endStatement();
    if (c == '/' && at(pos_ + 1) == '/') {
      state_ = ScanState::LINE_COMMENT;
      return advance(2);
    }
    if (c == '/' && at(pos_ + 1) == '*') {
      state_ = ScanState::BLOCK_COMMENT;
      return advance(2);
    }
    if (std::isspace(static_cast<unsigned char>(c))) return advance(1);
    if (c == '\'') state_ = ScanState::SINGLE_QUOTED;
    if (c == '"') state_ = ScanState::DOUBLE_QUOTED;
    if (c == '`') state_ = ScanState::BACKTICKED;
    keep(1);
  }

  // A doubled backtick needs no special case: it closes the name and opens it again.
  void stepQuoted(char quote, bool escapes) {
    char c = s_[pos_];
    if (escapes && c == '\\') return keep(2);
    if (c == quote) state_ = ScanState::CODE;
    keep(1);
  }

  std::string_view s_;
  size_t pos_ = 0;
  uint32_t line_ = 1;
  ScanState state_ = ScanState::CODE;
  bool hasStart_ = false;
  size_t start_ = 0;
  size_t end_ = 0;
  uint32_t startLine_ = 1;
  size_t segmentBegin_ = 0;
  SplitResult result_;
};

}  // namespace

SplitResult splitTerminated(std::string_view script) { return Scanner(script).run(); }

std::vector<ScriptStatement> splitStatements(std::string_view script) {
  SplitResult split = splitTerminated(script);
  if (split.tailHasContent) split.complete.push_back(std::move(split.tail));
  return std::move(split.complete);
}

}  // namespace rollcall
