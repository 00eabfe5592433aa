#pragma once
// Parsed statements by their text, most recently used first. Parsing is most of the time of a
// short query run again and again (an index seek for one student: the ANTLR parse tree is built
// and torn down for 0.2 ms of a 0.4 ms query), and a statement's AST depends on its text alone,
// so the same text, with whatever parameters, reuses it. Binding and planning still run each
// time: they read the catalog and the statistics, which writes change.
#include <list>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "engine/parser/ast/statement.h"

namespace rollcall {

class StatementCache {
 public:
  static constexpr size_t CAPACITY = 256;
  // Statements longer than this (scripts, long UNWIND lists) are parsed each time.
  static constexpr size_t MAX_TEXT = 16 * 1024;

  // The statement parsed from `text`, parsing it (and remembering it) when not cached. Throws
  // what the parser throws; a statement that does not parse is not remembered.
  std::shared_ptr<const ast::Statement> get(std::string_view text);

 private:
  using Entry = std::pair<std::string, std::shared_ptr<const ast::Statement>>;
  std::list<Entry> entries_;  // most recently used first
  std::unordered_map<std::string_view, std::list<Entry>::iterator> byText_;
};

}  // namespace rollcall
