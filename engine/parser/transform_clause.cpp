#include "engine/parser/transformer.h"

namespace rollcall::parser {

ast::ClausePtr Transformer::transformMatch(P::MatchClauseContext& ctx) {
  auto match = std::make_unique<ast::MatchClause>(rangeOf(ctx));
  match->optional = ctx.K_OPTIONAL() != nullptr;
  match->pattern = transformPattern(*ctx.pattern());
  if (auto* where = ctx.whereClause()) match->where = transformExpression(*where->expression());
  return match;
}

ast::ClausePtr Transformer::transformUnwind(P::UnwindClauseContext& ctx) {
  auto unwind = std::make_unique<ast::UnwindClause>(rangeOf(ctx));
  unwind->list = transformExpression(*ctx.expression());
  unwind->alias = variableName(ctx.variable());
  return unwind;
}

ast::ClausePtr Transformer::transformWith(P::WithClauseContext& ctx) {
  auto with = std::make_unique<ast::WithClause>(rangeOf(ctx));
  with->body = transformProjectionBody(*ctx.projectionBody());
  if (auto* where = ctx.whereClause()) with->where = transformExpression(*where->expression());
  return with;
}

ast::ClausePtr Transformer::transformReturn(P::ReturnClauseContext& ctx) {
  auto ret = std::make_unique<ast::ReturnClause>(rangeOf(ctx));
  ret->body = transformProjectionBody(*ctx.projectionBody());
  return ret;
}

ast::ProjectionBody Transformer::transformProjectionBody(P::ProjectionBodyContext& ctx) {
  ast::ProjectionBody body;
  body.distinct = ctx.K_DISTINCT() != nullptr;
  body.star = ctx.projectionItems()->STAR() != nullptr;
  for (auto* item : ctx.projectionItems()->projectionItem()) {
    ast::ProjectionItem projection;
    projection.expr = transformExpression(*item->expression());
    projection.alias = item->schemaName() ? name(*item->schemaName()) : "";
    projection.range = rangeOf(*item);
    body.items.push_back(std::move(projection));
  }
  if (auto* order = ctx.orderClause()) {
    for (auto* sortItem : order->sortItem()) {
      ast::SortItem sort;
      sort.expr = transformExpression(*sortItem->expression());
      sort.descending = sortItem->K_DESC() || sortItem->K_DESCENDING();
      body.orderBy.push_back(std::move(sort));
    }
  }
  if (auto* skip = ctx.skipClause()) body.skip = transformExpression(*skip->expression());
  if (auto* limit = ctx.limitClause()) body.limit = transformExpression(*limit->expression());
  return body;
}

ast::ClausePtr Transformer::transformLoadCsv(P::LoadCsvClauseContext& ctx) {
  auto load = std::make_unique<ast::LoadCsvClause>(rangeOf(ctx));
  load->withHeaders = ctx.K_HEADERS() != nullptr;
  load->url = transformExpression(*ctx.expression());
  load->alias = variableName(ctx.variable());
  if (auto* terminator = ctx.STRING_LITERAL()) load->fieldTerminator = stringValue(*terminator);
  return load;
}

ast::ClausePtr Transformer::transformCallSubquery(P::CallSubqueryClauseContext& ctx) {
  auto call = std::make_unique<ast::CallSubqueryClause>(rangeOf(ctx));
  call->body = transformQuery(*ctx.regularQuery());
  call->inTransactions = ctx.K_TRANSACTIONS() != nullptr;
  if (auto* size = ctx.expression()) call->batchSize = transformExpression(*size);
  return call;
}

}  // namespace rollcall::parser
