#pragma once
// Private to engine/parser/: bounds how deeply a statement nests, while ANTLR parses it.
//
// ANTLR's parser, the transformer, the binder and the evaluator all recurse once per level of
// genuine nesting, so an input nested 100,000 deep would overflow the stack. Flat chains
// (a OR b OR ..., 1 + 2 + ..., long lists) loop instead and are not limited. The guard listens
// to rule entries and throws SyntaxError NestingTooDeep at the first construct past the limit,
// before ANTLR recurses any further.
#include <cstdint>
#include <string_view>
#include <vector>

#include "tree/ParseTreeListener.h"

namespace rollcall::parser {

class NestingGuard : public antlr4::tree::ParseTreeListener {
 public:
  NestingGuard(size_t limit, const std::vector<uint32_t>& byteOffsets)
      : limit_(limit), byteOffsets_(byteOffsets) {}

  void enterEveryRule(antlr4::ParserRuleContext* ctx) override;
  void exitEveryRule(antlr4::ParserRuleContext* ctx) override;
  void visitTerminal(antlr4::tree::TerminalNode*) override {}
  void visitErrorNode(antlr4::tree::ErrorNode*) override {}

 private:
  size_t limit_;
  size_t depth_ = 0;
  std::vector<size_t> chained_;  // chained levels held by each open postfix/predicate/query
  const std::vector<uint32_t>& byteOffsets_;
};

}  // namespace rollcall::parser
