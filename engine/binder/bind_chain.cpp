// Binding of flat operator chains (a OR b OR c, 1 + 2 - 3): one loop however long the chain.
#include <optional>
#include <utility>

#include "engine/binder/binder.h"

namespace rollcall {
namespace {

bool isLogical(ast::BinaryOp op) {
  return op == ast::BinaryOp::AND || op == ast::BinaryOp::OR || op == ast::BinaryOp::XOR;
}

struct GroupedPrefix {
  size_t operands = 0;  // how many leading operands the grouping key covers
  Slot slot = 0;
};

// While binding aggregating items, a sub-expression whose text is a grouping key reads the key's
// slot. In a chain the sub-expressions are its leading parts (`a + 1` of `a + 1 + count(*)`, as
// in the left-nested operators the chain stands for): find the longest one that is a key.
std::optional<GroupedPrefix> groupedPrefix(Binder& b, const ast::ChainExpr& chain) {
  if (!b.groupKeyTexts || b.insideAggregate) return std::nullopt;
  std::optional<GroupedPrefix> best;
  uint32_t begin = chain.range.begin;
  for (const auto& [text, slot] : *b.groupKeyTexts) {
    uint32_t end = begin + uint32_t(text.size());
    if (b.textOf({begin, end}) != text) continue;
    // Two operands at least; the whole chain was already looked up by bindExpression.
    for (size_t i = 1; i + 1 < chain.operands.size(); ++i) {
      if (chain.operands[i]->range.end != end) continue;
      if (!best || best->operands < i + 1) best = GroupedPrefix{i + 1, slot};
    }
  }
  return best;
}

}  // namespace

BoundExprPtr Binder::bindChain(const ast::ChainExpr& chain) {
  auto out = std::make_unique<ChainOpExpr>(chain.range.begin);
  bool logical = isLogical(chain.ops[0]);  // a chain holds one precedence level
  size_t first = 0;
  if (auto prefix = groupedPrefix(*this, chain)) {
    out->operands.push_back(std::make_unique<SlotRef>(chain.range.begin, prefix->slot));
    first = prefix->operands;
  }
  for (size_t i = first; i < chain.operands.size(); ++i) {
    const ast::Expression& operand = *chain.operands[i];
    out->operands.push_back(logical ? bindPredicate(operand) : bindExpression(operand));
  }
  out->ops.assign(chain.ops.begin() + (first == 0 ? 0 : first - 1), chain.ops.end());
  return out;
}

}  // namespace rollcall
