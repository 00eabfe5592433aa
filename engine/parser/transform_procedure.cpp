// CALL of a procedure, and SHOW PROCEDURES (a CALL of dbms.procedures()).
#include "engine/parser/transformer.h"

namespace rollcall::parser {

void Transformer::transformYield(P::YieldClauseContext& ctx, ast::CallProcedureClause& call) {
  call.hasYield = true;
  call.yieldStar = ctx.STAR() != nullptr;
  for (auto* item : ctx.yieldItem()) {
    ast::YieldItem out;
    out.field = name(*item->field);
    out.alias = item->variable() ? variableName(item->variable()) : out.field;
    out.range = rangeOf(*item);
    call.yields.push_back(std::move(out));
  }
  if (auto* where = ctx.whereClause()) call.where = transformExpression(*where->expression());
}

ast::ClausePtr Transformer::transformCallProcedure(P::CallProcedureClauseContext& ctx) {
  auto call = std::make_unique<ast::CallProcedureClause>(rangeOf(ctx));
  for (auto* part : ctx.procedureName()->symbolicName()) {
    if (!call->name.empty()) call->name += '.';
    call->name += name(*part);
  }
  call->nameRange = rangeOf(*ctx.procedureName());
  call->hasArgumentList = ctx.LPAREN() != nullptr;
  for (auto* arg : ctx.expression()) call->args.push_back(transformExpression(*arg));
  if (auto* yield = ctx.yieldClause()) transformYield(*yield, *call);
  return call;
}

std::unique_ptr<ast::QueryStatement> Transformer::transformShowProcedures(
    P::StatementContext& ctx) {
  auto call = std::make_unique<ast::CallProcedureClause>(rangeOf(ctx));
  call->name = "dbms.procedures";
  call->nameRange = rangeOf(ctx);
  call->hasArgumentList = true;
  if (auto* yield = ctx.yieldClause()) transformYield(*yield, *call);
  auto query = std::make_unique<ast::QueryStatement>();
  query->parts.emplace_back();
  query->parts.back().range = rangeOf(ctx);
  query->parts.back().clauses.push_back(std::move(call));
  return query;
}

}  // namespace rollcall::parser
