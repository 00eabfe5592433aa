#include "engine/parser/literal_decoder.h"
#include "engine/parser/transformer.h"

namespace rollcall::parser {

ast::ExprPtr Transformer::transformLiteral(P::LiteralContext& ctx) {
  ast::SourceRange range = rangeOf(ctx);
  if (auto* c = dynamic_cast<P::NumberAtomContext*>(&ctx)) {
    return transformNumber(*c->numberLiteral(), /*negated=*/false, range);
  }
  if (auto* c = dynamic_cast<P::StringAtomContext*>(&ctx)) {
    return std::make_unique<ast::LiteralExpr>(range, Value(stringValue(*c->STRING_LITERAL())));
  }
  if (dynamic_cast<P::TrueAtomContext*>(&ctx)) {
    return std::make_unique<ast::LiteralExpr>(range, Value(true));
  }
  if (dynamic_cast<P::FalseAtomContext*>(&ctx)) {
    return std::make_unique<ast::LiteralExpr>(range, Value(false));
  }
  if (dynamic_cast<P::NullAtomContext*>(&ctx)) {
    return std::make_unique<ast::LiteralExpr>(range, Value::null());
  }
  if (auto* c = dynamic_cast<P::ListAtomContext*>(&ctx)) return transformList(*c->listLiteral());
  return transformMap(*dynamic_cast<P::MapAtomContext&>(ctx).mapLiteral());
}

ast::ExprPtr Transformer::transformNumber(P::NumberLiteralContext& ctx, bool negated,
                                          ast::SourceRange range) {
  antlr4::Token* token = ctx.getStart();
  std::string text = token->getText();
  uint32_t offset = offsetOf(token);
  if (ctx.INVALID_NUMBER()) {
    throw syntaxError("InvalidNumberLiteral", "Invalid number literal '" + text + "'", offset);
  }
  if (ctx.FLOAT_LITERAL()) {
    double value = decodeFloat(text, offset);
    return std::make_unique<ast::LiteralExpr>(range, Value(negated ? -value : value));
  }
  return std::make_unique<ast::LiteralExpr>(range, Value(decodeInteger(text, negated, offset)));
}

ast::ExprPtr Transformer::transformList(P::ListLiteralContext& ctx) {
  auto list = std::make_unique<ast::ListExpr>(rangeOf(ctx));
  for (auto* item : ctx.expression()) list->items.push_back(transformExpression(*item));
  return list;
}

std::unique_ptr<ast::MapExpr> Transformer::transformMap(P::MapLiteralContext& ctx) {
  auto map = std::make_unique<ast::MapExpr>(rangeOf(ctx));
  for (auto* entry : ctx.mapEntry()) {
    map->entries.emplace_back(name(*entry->schemaName()),
                              transformExpression(*entry->expression()));
  }
  return map;
}

ast::ExprPtr Transformer::transformParameter(P::ParameterContext& ctx) {
  std::string paramName =
      ctx.schemaName() ? name(*ctx.schemaName()) : ctx.DECIMAL_INTEGER()->getText();
  return std::make_unique<ast::ParameterExpr>(rangeOf(ctx), std::move(paramName));
}

ast::ExprPtr Transformer::transformProperties(P::PropertiesContext& ctx) {
  if (auto* map = ctx.mapLiteral()) return transformMap(*map);
  return transformParameter(*ctx.parameter());
}

std::string Transformer::stringValue(antlr4::tree::TerminalNode& token) {
  antlr4::Token* symbol = token.getSymbol();
  ast::SourceRange range = rangeOf(symbol);
  return decodeString(query_.substr(range.begin, range.end - range.begin), range.begin);
}

std::string Transformer::name(antlr4::ParserRuleContext& ctx) const {
  ast::SourceRange range = rangeOf(ctx);
  return decodeName(query_.substr(range.begin, range.end - range.begin));
}

std::string Transformer::variableName(P::VariableContext* ctx) const {
  return ctx ? name(*ctx) : std::string();
}

uint32_t Transformer::byteAt(size_t codePoint) const {
  return codePoint < byteOffsets_.size() ? byteOffsets_[codePoint] : byteOffsets_.back();
}

uint32_t Transformer::offsetOf(antlr4::Token* token) const {
  return byteAt(token->getStartIndex());
}

ast::SourceRange Transformer::rangeOf(antlr4::ParserRuleContext& ctx) const {
  antlr4::Token* stop = ctx.getStop();
  uint32_t begin = offsetOf(ctx.getStart());
  // An empty rule (stop before start) covers no text.
  if (!stop || stop->getTokenIndex() < ctx.getStart()->getTokenIndex()) return {begin, begin};
  return {begin, byteAt(stop->getStopIndex() + 1)};
}

ast::SourceRange Transformer::rangeOf(antlr4::Token* token) const {
  return {offsetOf(token), byteAt(token->getStopIndex() + 1)};
}

}  // namespace rollcall::parser
