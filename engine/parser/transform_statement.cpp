#include "engine/parser/literal_decoder.h"
#include "engine/parser/transformer.h"

namespace rollcall::parser {

std::unique_ptr<ast::Statement> Transformer::transform(P::CypherInputContext& ctx) {
  auto stmt = std::make_unique<ast::Statement>();
  auto* body = ctx.statement();
  stmt->range = rangeOf(*body);
  if (auto* schema = body->schemaCommand()) {
    stmt->schema = transformSchema(*schema, stmt->kind);
    return stmt;
  }
  if (body->K_PROCEDURES()) {
    stmt->query = transformShowProcedures(*body);
    return stmt;
  }
  if (auto* explain = body->explainOption()) {
    stmt->explain = explain->K_EXPLAIN() ? ast::ExplainMode::EXPLAIN : ast::ExplainMode::PROFILE;
  }
  if (auto* hint = body->periodicCommitHint()) {
    stmt->periodicCommit = true;
    if (auto* size = hint->DECIMAL_INTEGER()) {
      stmt->periodicCommitSize =
          decodeInteger(size->getText(), /*negated=*/false, offsetOf(size->getSymbol()));
    }
  }
  stmt->query = transformQuery(*body->regularQuery());
  return stmt;
}

namespace {

// FOR (n:Label) names the variable that ON (n.prop) / REQUIRE n.prop must use.
void checkSchemaVariable(const ast::SchemaCommand& cmd, const std::string& used, uint32_t at) {
  if (used != cmd.variable) {
    throw semanticError(
        "UndefinedVariable",
        "Variable `" + used + "` not defined (the command declares `" + cmd.variable + "`)", at);
  }
}

}  // namespace

ast::SchemaCommand Transformer::transformSchema(P::SchemaCommandContext& ctx,
                                                ast::StatementKind& kind) {
  ast::SchemaCommand cmd;
  cmd.range = rangeOf(ctx);
  auto fillTarget = [&](P::SchemaObjectNameContext* objectName, bool ifNotExists,
                        P::SchemaNodeContext& node, P::SchemaPropertyContext& property) {
    if (objectName) cmd.name = name(*objectName);
    cmd.ifNotExists = ifNotExists;
    cmd.variable = variableName(node.variable());
    cmd.label = name(*node.schemaName());
    cmd.property = name(*property.schemaName());
    checkSchemaVariable(cmd, variableName(property.variable()),
                        rangeOf(*property.variable()).begin);
  };
  if (auto* c = dynamic_cast<P::CreateIndexContext*>(&ctx)) {
    kind = ast::StatementKind::CREATE_INDEX;
    fillTarget(c->schemaObjectName(), c->ifNotExists(), *c->schemaNode(), *c->schemaProperty());
  } else if (auto* c = dynamic_cast<P::CreateConstraintContext*>(&ctx)) {
    kind = ast::StatementKind::CREATE_CONSTRAINT;
    fillTarget(c->schemaObjectName(), c->ifNotExists(), *c->schemaNode(), *c->schemaProperty());
  } else if (auto* c = dynamic_cast<P::DropIndexContext*>(&ctx)) {
    kind = ast::StatementKind::DROP_INDEX;
    cmd.name = name(*c->schemaObjectName());
    cmd.ifExists = c->ifExists() != nullptr;
  } else if (auto* c = dynamic_cast<P::DropConstraintContext*>(&ctx)) {
    kind = ast::StatementKind::DROP_CONSTRAINT;
    cmd.name = name(*c->schemaObjectName());
    cmd.ifExists = c->ifExists() != nullptr;
  } else if (dynamic_cast<P::ShowIndexesContext*>(&ctx)) {
    kind = ast::StatementKind::SHOW_INDEXES;
  } else {
    kind = ast::StatementKind::SHOW_CONSTRAINTS;
  }
  return cmd;
}

std::unique_ptr<ast::QueryStatement> Transformer::transformQuery(P::RegularQueryContext& ctx) {
  auto query = std::make_unique<ast::QueryStatement>();
  query->parts.push_back(transformSingleQuery(*ctx.singleQuery()));
  for (auto* part : ctx.unionPart()) {
    query->unionAll.push_back(part->K_ALL() != nullptr);
    query->parts.push_back(transformSingleQuery(*part->singleQuery()));
  }
  return query;
}

ast::SingleQuery Transformer::transformSingleQuery(P::SingleQueryContext& ctx) {
  ast::SingleQuery single;
  single.range = rangeOf(ctx);
  for (auto* clause : ctx.clause()) single.clauses.push_back(transformClause(*clause));
  return single;
}

ast::ClausePtr Transformer::transformClause(P::ClauseContext& ctx) {
  if (auto* c = ctx.matchClause()) return transformMatch(*c);
  if (auto* c = ctx.unwindClause()) return transformUnwind(*c);
  if (auto* c = ctx.withClause()) return transformWith(*c);
  if (auto* c = ctx.returnClause()) return transformReturn(*c);
  if (auto* c = ctx.createClause()) return transformCreate(*c);
  if (auto* c = ctx.mergeClause()) return transformMerge(*c);
  if (auto* c = ctx.setClause()) {
    auto set = std::make_unique<ast::SetClause>(rangeOf(*c));
    set->items = transformSetItems(*c);
    return set;
  }
  if (auto* c = ctx.removeClause()) return transformRemove(*c);
  if (auto* c = ctx.deleteClause()) return transformDelete(*c);
  if (auto* c = ctx.loadCsvClause()) return transformLoadCsv(*c);
  if (auto* c = ctx.callProcedureClause()) return transformCallProcedure(*c);
  return transformCallSubquery(*ctx.callSubqueryClause());
}

}  // namespace rollcall::parser
