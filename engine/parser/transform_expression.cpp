#include "engine/parser/transformer.h"

namespace rollcall::parser {
namespace {

ast::ExprPtr makeBinary(ast::BinaryOp op, ast::ExprPtr left, ast::ExprPtr right) {
  ast::SourceRange range{left->range.begin, right->range.end};
  return std::make_unique<ast::BinaryExpr>(range, op, std::move(left), std::move(right));
}

// Folds `operand (op operand)*` to the left, one operator for the whole chain.
template <class Ctx, class Fn>
ast::ExprPtr foldLeft(const std::vector<Ctx*>& operands, ast::BinaryOp op, Fn transformOne) {
  ast::ExprPtr result = transformOne(*operands[0]);
  for (size_t i = 1; i < operands.size(); ++i) {
    result = makeBinary(op, std::move(result), transformOne(*operands[i]));
  }
  return result;
}

}  // namespace

ast::ExprPtr Transformer::transformExpression(P::ExpressionContext& ctx) {
  return transformOr(*ctx.orExpression());
}

ast::ExprPtr Transformer::transformOr(P::OrExpressionContext& ctx) {
  return foldLeft(ctx.xorExpression(), ast::BinaryOp::OR,
                  [this](auto& c) { return transformXor(c); });
}

ast::ExprPtr Transformer::transformXor(P::XorExpressionContext& ctx) {
  return foldLeft(ctx.andExpression(), ast::BinaryOp::XOR,
                  [this](auto& c) { return transformAnd(c); });
}

ast::ExprPtr Transformer::transformAnd(P::AndExpressionContext& ctx) {
  return foldLeft(ctx.notExpression(), ast::BinaryOp::AND,
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
  ast::ExprPtr result = transformPredicate(*operands[0]);
  if (ops.empty()) return result;
  ast::ExprPtr chain;
  for (size_t i = 0; i < ops.size(); ++i) {
    ast::BinaryOp op = comparisonOp(*ops[i], rangeOf(*ops[i]).begin);
    ast::ExprPtr left = i == 0 ? std::move(result) : transformPredicate(*operands[i]);
    ast::ExprPtr pair = makeBinary(op, std::move(left), transformPredicate(*operands[i + 1]));
    chain =
        chain ? makeBinary(ast::BinaryOp::AND, std::move(chain), std::move(pair)) : std::move(pair);
  }
  return chain;
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
  auto operands = ctx.multiplicativeExpression();
  auto ops = ctx.additiveOperator();
  ast::ExprPtr result = transformMultiplicative(*operands[0]);
  for (size_t i = 0; i < ops.size(); ++i) {
    auto op = ops[i]->PLUS() ? ast::BinaryOp::ADD : ast::BinaryOp::SUB;
    result = makeBinary(op, std::move(result), transformMultiplicative(*operands[i + 1]));
  }
  return result;
}

ast::ExprPtr Transformer::transformMultiplicative(P::MultiplicativeExpressionContext& ctx) {
  auto operands = ctx.powerExpression();
  auto ops = ctx.multiplicativeOperator();
  ast::ExprPtr result = transformPower(*operands[0]);
  for (size_t i = 0; i < ops.size(); ++i) {
    auto op = ops[i]->STAR()    ? ast::BinaryOp::MUL
              : ops[i]->SLASH() ? ast::BinaryOp::DIV
                                : ast::BinaryOp::MOD;
    result = makeBinary(op, std::move(result), transformPower(*operands[i + 1]));
  }
  return result;
}

// openCypher 9 makes ^ left-associative: 2 ^ 3 ^ 2 = (2 ^ 3) ^ 2.
ast::ExprPtr Transformer::transformPower(P::PowerExpressionContext& ctx) {
  return foldLeft(ctx.unaryExpression(), ast::BinaryOp::POW,
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
