#include "engine/main/statement_cache.h"

#include "engine/parser/parser.h"

namespace rollcall {

std::shared_ptr<const ast::Statement> StatementCache::get(std::string_view text) {
  if (text.size() > MAX_TEXT) return parseStatement(text);
  if (auto found = byText_.find(text); found != byText_.end()) {
    entries_.splice(entries_.begin(), entries_, found->second);
    return found->second->second;
  }
  std::shared_ptr<const ast::Statement> stmt = parseStatement(text);
  entries_.emplace_front(std::string(text), stmt);
  byText_.emplace(entries_.front().first, entries_.begin());
  if (entries_.size() > CAPACITY) {
    byText_.erase(entries_.back().first);
    entries_.pop_back();
  }
  return stmt;
}

}  // namespace rollcall
