#include "engine/parser/transformer.h"

namespace rollcall::parser {

ast::ExprPtr Transformer::transformAtom(P::AtomContext& ctx) {
  if (auto* c = dynamic_cast<P::LiteralAtomContext*>(&ctx)) return transformLiteral(*c->literal());
  if (auto* c = dynamic_cast<P::VariableAtomContext*>(&ctx)) {
    return std::make_unique<ast::VariableExpr>(rangeOf(ctx), variableName(c->variable()));
  }
  if (auto* c = dynamic_cast<P::ParameterAtomContext*>(&ctx)) {
    return transformParameter(*c->parameter());
  }
  if (auto* c = dynamic_cast<P::FunctionCallAtomContext*>(&ctx)) {
    return transformFunctionCall(*c->functionCall());
  }
  if (auto* c = dynamic_cast<P::ParenthesizedAtomContext*>(&ctx)) {
    // The parentheses belong to the source text of the expression: RETURN (1 + 2) names its
    // column "(1 + 2)".
    ast::ExprPtr inner = transformExpression(*c->expression());
    inner->range = rangeOf(ctx);
    return inner;
  }
  if (auto* c = dynamic_cast<P::CaseAtomContext*>(&ctx)) return transformCase(*c->caseExpression());
  if (auto* c = dynamic_cast<P::ListComprehensionAtomContext*>(&ctx)) {
    return transformListComprehension(*c->listComprehension());
  }
  if (auto* c = dynamic_cast<P::QuantifierAtomContext*>(&ctx)) {
    return transformQuantifier(*c->quantifierExpression());
  }
  if (auto* c = dynamic_cast<P::PatternComprehensionAtomContext*>(&ctx)) {
    return transformPatternComprehension(*c->patternComprehension());
  }
  if (auto* c = dynamic_cast<P::PatternPredicateAtomContext*>(&ctx)) {
    return transformPatternPredicate(*c->patternPredicate());
  }
  if (auto* c = dynamic_cast<P::MapProjectionAtomContext*>(&ctx)) {
    return transformMapProjection(*c->mapProjection());
  }
  if (auto* c = dynamic_cast<P::ReduceAtomContext*>(&ctx)) {
    return transformReduce(*c->reduceExpression());
  }
  if (auto* c = dynamic_cast<P::CountSubqueryAtomContext*>(&ctx)) {
    auto& count = *c->countSubquery();
    return std::make_unique<ast::CountSubqueryExpr>(
        rangeOf(count),
        subqueryMatch(count.LBRACE(), count.RBRACE(), *count.pattern(), count.whereClause()));
  }
  auto& exists = *dynamic_cast<P::ExistsSubqueryAtomContext&>(ctx).existsSubquery();
  return std::make_unique<ast::ExistsSubqueryExpr>(
      rangeOf(exists),
      subqueryMatch(exists.LBRACE(), exists.RBRACE(), *exists.pattern(), exists.whereClause()));
}

ast::ExprPtr Transformer::transformMapProjection(P::MapProjectionContext& ctx) {
  auto expr = std::make_unique<ast::MapProjectionExpr>(rangeOf(ctx), variableName(ctx.variable()));
  for (auto* item : ctx.mapProjectionItem()) {
    ast::MapProjectionItem out;
    if (dynamic_cast<P::AllPropertiesItemContext*>(item)) {
      out.kind = ast::MapProjectionItemKind::ALL_PROPERTIES;
    } else if (auto* p = dynamic_cast<P::PropertyItemContext*>(item)) {
      out.kind = ast::MapProjectionItemKind::PROPERTY;
      out.key = name(*p->schemaName());
    } else if (auto* l = dynamic_cast<P::LiteralEntryItemContext*>(item)) {
      out.kind = ast::MapProjectionItemKind::LITERAL;
      out.key = name(*l->schemaName());
      out.value = transformExpression(*l->expression());
    } else {
      out.kind = ast::MapProjectionItemKind::VARIABLE;
      out.key = variableName(dynamic_cast<P::VariableItemContext&>(*item).variable());
    }
    expr->items.push_back(std::move(out));
  }
  return expr;
}

ast::ExprPtr Transformer::transformCase(P::CaseExpressionContext& ctx) {
  auto expr = std::make_unique<ast::CaseExpr>(rangeOf(ctx));
  if (ctx.test) expr->test = transformExpression(*ctx.test);
  for (auto* alternative : ctx.caseAlternative()) {
    expr->whens.emplace_back(transformExpression(*alternative->expression(0)),
                             transformExpression(*alternative->expression(1)));
  }
  if (ctx.elseExpr) expr->elseExpr = transformExpression(*ctx.elseExpr);
  return expr;
}

ast::ExprPtr Transformer::transformListComprehension(P::ListComprehensionContext& ctx) {
  auto expr = std::make_unique<ast::ListComprehensionExpr>(rangeOf(ctx));
  expr->variable = variableName(ctx.variable());
  expr->list = transformExpression(*ctx.expression(0));
  if (ctx.where) expr->where = transformExpression(*ctx.where);
  if (ctx.projection) expr->projection = transformExpression(*ctx.projection);
  return expr;
}

ast::ExprPtr Transformer::transformQuantifier(P::QuantifierExpressionContext& ctx) {
  auto quantifier = ctx.K_ALL()    ? ast::Quantifier::ALL
                    : ctx.K_ANY()  ? ast::Quantifier::ANY
                    : ctx.K_NONE() ? ast::Quantifier::NONE
                                   : ast::Quantifier::SINGLE;
  auto expr = std::make_unique<ast::QuantifierExpr>(rangeOf(ctx), quantifier);
  expr->variable = variableName(ctx.variable());
  expr->list = transformExpression(*ctx.expression(0));
  expr->where = transformExpression(*ctx.expression(1));
  return expr;
}

ast::ExprPtr Transformer::transformPatternPredicate(P::PatternPredicateContext& ctx) {
  auto part = std::make_unique<ast::PatternPart>();
  part->range = rangeOf(ctx);
  part->start = transformNode(*ctx.nodePattern());
  appendChain(ctx.patternChain(), *part);
  return std::make_unique<ast::PatternPredicateExpr>(rangeOf(ctx), std::move(part));
}

ast::ExprPtr Transformer::transformPatternComprehension(P::PatternComprehensionContext& ctx) {
  auto part = std::make_unique<ast::PatternPart>();
  part->range = rangeOf(ctx);
  if (ctx.variable()) part->pathVariable = variableName(ctx.variable());
  part->start = transformNode(*ctx.nodePattern());
  appendChain(ctx.patternChain(), *part);
  auto expr = std::make_unique<ast::PatternComprehensionExpr>(rangeOf(ctx), std::move(part));
  if (ctx.where) expr->where = transformExpression(*ctx.where);
  expr->projection = transformExpression(*ctx.projection);
  return expr;
}

// The body of EXISTS { } and COUNT { }: with or without MATCH, one MATCH clause whose range covers
// the text inside the braces.
std::unique_ptr<ast::MatchClause> Transformer::subqueryMatch(antlr4::tree::TerminalNode* open,
                                                             antlr4::tree::TerminalNode* close,
                                                             P::PatternContext& pattern,
                                                             P::WhereClauseContext* where) {
  ast::SourceRange inner{rangeOf(open->getSymbol()).end, rangeOf(close->getSymbol()).begin};
  auto match = std::make_unique<ast::MatchClause>(inner);
  match->pattern = transformPattern(pattern);
  if (where) match->where = transformExpression(*where->expression());
  return match;
}

ast::ExprPtr Transformer::transformReduce(P::ReduceExpressionContext& ctx) {
  auto expr = std::make_unique<ast::ReduceExpr>(rangeOf(ctx));
  expr->accumulator = variableName(ctx.accumulator);
  expr->init = transformExpression(*ctx.init);
  expr->variable = variableName(ctx.element);
  expr->list = transformExpression(*ctx.list);
  expr->step = transformExpression(*ctx.step);
  return expr;
}

ast::ExprPtr Transformer::transformFunctionCall(P::FunctionCallContext& ctx) {
  std::string fullName;
  for (auto* part : ctx.functionName()->symbolicName()) {
    if (!fullName.empty()) fullName += '.';
    fullName += name(*part);
  }
  auto call = std::make_unique<ast::FunctionCallExpr>(rangeOf(ctx), std::move(fullName));
  call->star = ctx.STAR() != nullptr;
  call->distinct = ctx.K_DISTINCT() != nullptr;
  for (auto* arg : ctx.expression()) call->args.push_back(transformExpression(*arg));
  return call;
}

}  // namespace rollcall::parser
