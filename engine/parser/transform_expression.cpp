#include "engine/parser/transformer.h"

namespace rollcall::parser {
namespace {

ast::ExprPtr makeBinary(ast::BinaryOp op, ast::ExprPtr left, ast::ExprPtr right) {
  ast::SourceRange range{left->range.begin, right->range.end};
  return std::make_unique<ast::BinaryExpr>(range, op, std::move(left), std::move(right));
}

// `operands[0] ops[0] operands[1] ...` folded to the left: the operand alone, a BinaryExpr for
// two, a flat ChainExpr for more, so long generated chains never nest.
ast::ExprPtr makeChain(std::vector<ast::ExprPtr> operands, std::vector<ast::BinaryOp> ops) {
  if (operands.size() == 1) return std::move(operands[0]);
  if (operands.size() == 2) {
    return makeBinary(ops[0], std::move(operands[0]), std::move(operands[1]));
  }
  auto chain = std::make_unique<ast::ChainExpr>(
      ast::SourceRange{operands.front()->range.begin, operands.back()->range.end});
  chain->operands = std::move(operands);
  chain->ops = std::move(ops);
  return chain;
}

// `operand (op operand)*` with one operator throughout.
template <class Ctx, class Fn>
ast::ExprPtr chainOf(const std::vector<Ctx*>& operands, ast::BinaryOp op, Fn transformOne) {
  std::vector<ast::ExprPtr> exprs;
  exprs.reserve(operands.size());
  for (Ctx* operand : operands) exprs.push_back(transformOne(*operand));
  return makeChain(std::move(exprs), std::vector<ast::BinaryOp>(operands.size() - 1, op));
}

}  // namespace

ast::ExprPtr Transformer::transformExpression(P::ExpressionContext& ctx) {
  return transformOr(*ctx.orExpression());
}

ast::ExprPtr Transformer::transformOr(P::OrExpressionContext& ctx) {
  return chainOf(ctx.xorExpression(), ast::BinaryOp::OR,
                 [this](auto& c) { return transformXor(c); });
}

ast::ExprPtr Transformer::transformXor(P::XorExpressionContext& ctx) {
  return chainOf(ctx.andExpression(), ast::BinaryOp::XOR,
                 [this](auto& c) { return transformAnd(c); });
}

ast::ExprPtr Transformer::transformAnd(P::AndExpressionContext& ctx) {
  return chainOf(ctx.notExpression(), ast::BinaryOp::AND,
                 [this](auto& c) { return transformNot(c); });
}

ast::ExprPtr Transformer::transformNot(P::NotExpressionContext& ctx) {
  if (auto* inner = ctx.notExpression()) {
    return std::make_unique<ast::UnaryExpr>(rangeOf(ctx), ast::UnaryOp::NOT, transformNot(*inner));
  }
  return transformComparison(*ctx.comparisonExpression());
}

namespace {

ast::BinaryOp comparisonOp(P::ComparisonOperatorContext& ctx, uint32_t offset) {
  if (ctx.EQ()) return ast::BinaryOp::EQ;
  if (ctx.NE()) return ast::BinaryOp::NE;
  if (ctx.LT()) return ast::BinaryOp::LT;
  if (ctx.LE()) return ast::BinaryOp::LE;
  if (ctx.GT()) return ast::BinaryOp::GT;
  if (ctx.GE()) return ast::BinaryOp::GE;
  throw syntaxError("UnexpectedSyntax",
                    "Invalid input '!=': Cypher writes inequality as '<>' (use a <> b)", offset);
}

}  // namespace

// a < b < c means (a < b) AND (b < c). The middle operand is transformed twice from the parse
// tree, which gives each comparison its own copy without an AST clone.
ast::ExprPtr Transformer::transformComparison(P::ComparisonExpressionContext& ctx) {
  auto operands = ctx.predicateExpression();
  auto ops = ctx.comparisonOperator();
  ast::ExprPtr first = transformPredicate(*operands[0]);
  if (ops.empty()) return first;
  std::vector<ast::ExprPtr> pairs;
  pairs.reserve(ops.size());
  for (size_t i = 0; i < ops.size(); ++i) {
    ast::BinaryOp op = comparisonOp(*ops[i], rangeOf(*ops[i]).begin);
    ast::ExprPtr left = i == 0 ? std::move(first) : transformPredicate(*operands[i]);
    pairs.push_back(makeBinary(op, std::move(left), transformPredicate(*operands[i + 1])));
  }
  return makeChain(std::move(pairs),
                   std::vector<ast::BinaryOp>(ops.size() - 1, ast::BinaryOp::AND));
}

ast::ExprPtr Transformer::transformPredicate(P::PredicateExpressionContext& ctx) {
  ast::ExprPtr result = transformAdditive(*ctx.additiveExpression());
  for (auto* suffix : ctx.predicateSuffix()) {
    result = applyPredicateSuffix(std::move(result), *suffix);
  }
  return result;
}

ast::ExprPtr Transformer::applyPredicateSuffix(ast::ExprPtr left, P::PredicateSuffixContext& ctx) {
  if (auto* isNull = dynamic_cast<P::IsNullContext*>(&ctx)) {
    ast::SourceRange range{left->range.begin, rangeOf(ctx).end};
    return std::make_unique<ast::IsNullExpr>(range, std::move(left), isNull->K_NOT() != nullptr);
  }
  ast::BinaryOp op = ast::BinaryOp::IN;
  P::AdditiveExpressionContext* right = nullptr;
  if (auto* c = dynamic_cast<P::StartsWithContext*>(&ctx)) {
    op = ast::BinaryOp::STARTS_WITH, right = c->additiveExpression();
  } else if (auto* c = dynamic_cast<P::EndsWithContext*>(&ctx)) {
    op = ast::BinaryOp::ENDS_WITH, right = c->additiveExpression();
  } else if (auto* c = dynamic_cast<P::ContainsOpContext*>(&ctx)) {
    op = ast::BinaryOp::CONTAINS, right = c->additiveExpression();
  } else if (auto* c = dynamic_cast<P::RegexMatchContext*>(&ctx)) {
    op = ast::BinaryOp::REGEX_MATCH, right = c->additiveExpression();
  } else {
    right = dynamic_cast<P::InListContext&>(ctx).additiveExpression();
  }
  return makeBinary(op, std::move(left), transformAdditive(*right));
}

ast::ExprPtr Transformer::transformAdditive(P::AdditiveExpressionContext& ctx) {
  std::vector<ast::ExprPtr> operands;
  for (auto* operand : ctx.multiplicativeExpression()) {
    operands.push_back(transformMultiplicative(*operand));
  }
  std::vector<ast::BinaryOp> ops;
  for (auto* op : ctx.additiveOperator()) {
    ops.push_back(op->PLUS() ? ast::BinaryOp::ADD : ast::BinaryOp::SUB);
  }
  return makeChain(std::move(operands), std::move(ops));
}

ast::ExprPtr Transformer::transformMultiplicative(P::MultiplicativeExpressionContext& ctx) {
  std::vector<ast::ExprPtr> operands;
  for (auto* operand : ctx.powerExpression()) operands.push_back(transformPower(*operand));
  std::vector<ast::BinaryOp> ops;
  for (auto* op : ctx.multiplicativeOperator()) {
    ops.push_back(op->STAR()    ? ast::BinaryOp::MUL
                  : op->SLASH() ? ast::BinaryOp::DIV
                                : ast::BinaryOp::MOD);
  }
  return makeChain(std::move(operands), std::move(ops));
}

// openCypher 9 makes ^ left-associative: 2 ^ 3 ^ 2 = (2 ^ 3) ^ 2.
ast::ExprPtr Transformer::transformPower(P::PowerExpressionContext& ctx) {
  return chainOf(ctx.unaryExpression(), ast::BinaryOp::POW,
                 [this](auto& c) { return transformUnary(c); });
}

namespace {

// The number literal a unary minus applies to directly, if any ("-1", not "-(1)" or "-x.y").
P::NumberLiteralContext* bareNumber(P::UnaryExpressionContext& operand) {
  auto* postfix = operand.postfixExpression();
  if (!postfix || !postfix->postfixOperator().empty() || postfix->nodeLabels()) return nullptr;
  auto* literal = dynamic_cast<P::LiteralAtomContext*>(postfix->atom());
  if (!literal) return nullptr;
  auto* number = dynamic_cast<P::NumberAtomContext*>(literal->literal());
  return number ? number->numberLiteral() : nullptr;
}

}  // namespace

ast::ExprPtr Transformer::transformUnary(P::UnaryExpressionContext& ctx) {
  if (auto* postfix = ctx.postfixExpression()) return transformPostfix(*postfix);
  auto* operand = ctx.unaryExpression();
  bool minus = ctx.MINUS() != nullptr;
  // A negative literal is folded here so that -9223372036854775808 fits in an int64.
  if (minus) {
    if (auto* number = bareNumber(*operand)) return transformNumber(*number, true, rangeOf(ctx));
  }
  auto op = minus ? ast::UnaryOp::MINUS : ast::UnaryOp::PLUS;
  return std::make_unique<ast::UnaryExpr>(rangeOf(ctx), op, transformUnary(*operand));
}

ast::ExprPtr Transformer::transformPostfix(P::PostfixExpressionContext& ctx) {
  ast::ExprPtr result = transformAtom(*ctx.atom());
  uint32_t begin = result->range.begin;
  for (auto* op : ctx.postfixOperator()) result = applyPostfix(std::move(result), *op, begin);
  if (auto* labels = ctx.nodeLabels()) {
    auto test = std::make_unique<ast::HasLabelsExpr>(rangeOf(ctx), std::move(result));
    test->labels = transformLabels(*labels);
    result = std::move(test);
  }
  return result;
}

ast::ExprPtr Transformer::applyPostfix(ast::ExprPtr object, P::PostfixOperatorContext& ctx,
                                       uint32_t begin) {
  ast::SourceRange range{begin, rangeOf(ctx).end};
  if (auto* c = dynamic_cast<P::PropertyLookupContext*>(&ctx)) {
    return std::make_unique<ast::PropertyExpr>(range, std::move(object), name(*c->schemaName()));
  }
  if (auto* c = dynamic_cast<P::IndexLookupContext*>(&ctx)) {
    return std::make_unique<ast::IndexExpr>(range, std::move(object),
                                            transformExpression(*c->expression()));
  }
  auto& c = dynamic_cast<P::SliceLookupContext&>(ctx);
  auto slice = std::make_unique<ast::SliceExpr>(range, std::move(object));
  if (c.from) slice->from = transformExpression(*c.from);
  if (c.to) slice->to = transformExpression(*c.to);
  return slice;
}

}  // namespace rollcall::parser
