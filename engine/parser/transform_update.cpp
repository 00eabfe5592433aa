#include "engine/parser/transformer.h"

namespace rollcall::parser {

ast::ClausePtr Transformer::transformCreate(P::CreateClauseContext& ctx) {
  auto create = std::make_unique<ast::CreateClause>(rangeOf(ctx));
  create->pattern = transformPattern(*ctx.pattern());
  return create;
}

ast::ClausePtr Transformer::transformMerge(P::MergeClauseContext& ctx) {
  auto merge = std::make_unique<ast::MergeClause>(rangeOf(ctx));
  merge->pattern = transformPatternPart(*ctx.patternPart());
  for (auto* action : ctx.mergeAction()) {
    auto items = transformSetItems(*action->setClause());
    auto& target = action->K_CREATE() ? merge->onCreate : merge->onMatch;
    for (auto& item : items) target.push_back(std::move(item));
  }
  return merge;
}

std::vector<ast::SetItem> Transformer::transformSetItems(P::SetClauseContext& ctx) {
  std::vector<ast::SetItem> items;
  for (auto* item : ctx.setItem()) items.push_back(transformSetItem(*item));
  return items;
}

ast::SetItem Transformer::transformSetItem(P::SetItemContext& ctx) {
  ast::SetItem item;
  item.range = rangeOf(ctx);
  if (auto* c = dynamic_cast<P::SetPropertyContext*>(&ctx)) {
    item.kind = ast::SetItemKind::PROPERTY;
    item.target = transformPropertyExpression(*c->propertyExpression());
    item.value = transformExpression(*c->expression());
    return item;
  }
  auto variableExpr = [&](P::VariableContext* var) {
    return std::make_unique<ast::VariableExpr>(rangeOf(*var), variableName(var));
  };
  if (auto* c = dynamic_cast<P::SetReplaceMapContext*>(&ctx)) {
    item.kind = ast::SetItemKind::REPLACE_MAP;
    item.target = variableExpr(c->variable());
    item.value = transformExpression(*c->expression());
  } else if (auto* c = dynamic_cast<P::SetMergeMapContext*>(&ctx)) {
    item.kind = ast::SetItemKind::MERGE_MAP;
    item.target = variableExpr(c->variable());
    item.value = transformExpression(*c->expression());
  } else {
    auto* labels = dynamic_cast<P::SetLabelsContext*>(&ctx);
    item.kind = ast::SetItemKind::LABELS;
    item.target = variableExpr(labels->variable());
    item.labels = transformLabels(*labels->nodeLabels());
  }
  return item;
}

ast::ExprPtr Transformer::transformPropertyExpression(P::PropertyExpressionContext& ctx) {
  ast::ExprPtr expr = transformAtom(*ctx.atom());
  uint32_t begin = expr->range.begin;
  for (auto* key : ctx.schemaName()) {
    ast::SourceRange range{begin, rangeOf(*key).end};
    expr = std::make_unique<ast::PropertyExpr>(range, std::move(expr), name(*key));
  }
  return expr;
}

ast::ClausePtr Transformer::transformRemove(P::RemoveClauseContext& ctx) {
  auto remove = std::make_unique<ast::RemoveClause>(rangeOf(ctx));
  for (auto* itemCtx : ctx.removeItem()) {
    ast::RemoveItem item;
    item.range = rangeOf(*itemCtx);
    if (auto* labels = dynamic_cast<P::RemoveLabelsContext*>(itemCtx)) {
      item.kind = ast::RemoveItemKind::LABELS;
      item.target = std::make_unique<ast::VariableExpr>(rangeOf(*labels->variable()),
                                                        variableName(labels->variable()));
      item.labels = transformLabels(*labels->nodeLabels());
    } else {
      auto* property = dynamic_cast<P::RemovePropertyContext*>(itemCtx);
      item.kind = ast::RemoveItemKind::PROPERTY;
      item.target = transformPropertyExpression(*property->propertyExpression());
    }
    remove->items.push_back(std::move(item));
  }
  return remove;
}

ast::ClausePtr Transformer::transformDelete(P::DeleteClauseContext& ctx) {
  auto del = std::make_unique<ast::DeleteClause>(rangeOf(ctx));
  del->detach = ctx.K_DETACH() != nullptr;
  for (auto* target : ctx.expression()) del->targets.push_back(transformExpression(*target));
  return del;
}

}  // namespace rollcall::parser
