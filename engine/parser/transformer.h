#pragma once
// Private to engine/parser/: turns ANTLR's parse tree into the AST. This is the one header that
// names generated parser types; only .cpp files of this folder include it.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "CypherParser.h"
#include "engine/parser/ast/statement.h"

namespace rollcall::parser {

using P = rollcall_antlr::CypherParser;

class Transformer {
 public:
  // `byteOffsets[i]` is the byte offset of code point i of the query; one extra entry at the end.
  Transformer(std::string_view query, const std::vector<uint32_t>& byteOffsets)
      : query_(query), byteOffsets_(byteOffsets) {}

  std::unique_ptr<ast::Statement> transform(P::CypherInputContext& ctx);

 private:
  // transform_statement.cpp
  ast::SchemaCommand transformSchema(P::SchemaCommandContext& ctx, ast::StatementKind& kind);
  std::unique_ptr<ast::QueryStatement> transformQuery(P::RegularQueryContext& ctx);
  ast::SingleQuery transformSingleQuery(P::SingleQueryContext& ctx);
  ast::ClausePtr transformClause(P::ClauseContext& ctx);

  // transform_clause.cpp: reading clauses and projections
  ast::ClausePtr transformMatch(P::MatchClauseContext& ctx);
  ast::ClausePtr transformUnwind(P::UnwindClauseContext& ctx);
  ast::ClausePtr transformWith(P::WithClauseContext& ctx);
  ast::ClausePtr transformReturn(P::ReturnClauseContext& ctx);
  ast::ProjectionBody transformProjectionBody(P::ProjectionBodyContext& ctx);
  ast::ClausePtr transformLoadCsv(P::LoadCsvClauseContext& ctx);
  ast::ClausePtr transformCallSubquery(P::CallSubqueryClauseContext& ctx);

  // transform_procedure.cpp
  ast::ClausePtr transformCallProcedure(P::CallProcedureClauseContext& ctx);
  void transformYield(P::YieldClauseContext& ctx, ast::CallProcedureClause& call);
  std::unique_ptr<ast::QueryStatement> transformShowProcedures(P::StatementContext& ctx);

  // transform_update.cpp
  ast::ClausePtr transformCreate(P::CreateClauseContext& ctx);
  ast::ClausePtr transformMerge(P::MergeClauseContext& ctx);
  std::vector<ast::SetItem> transformSetItems(P::SetClauseContext& ctx);
  ast::SetItem transformSetItem(P::SetItemContext& ctx);
  ast::ClausePtr transformRemove(P::RemoveClauseContext& ctx);
  ast::ClausePtr transformDelete(P::DeleteClauseContext& ctx);
  ast::ExprPtr transformPropertyExpression(P::PropertyExpressionContext& ctx);

  // transform_pattern.cpp
  ast::Pattern transformPattern(P::PatternContext& ctx);
  ast::PatternPart transformPatternPart(P::PatternPartContext& ctx);
  ast::ShortestPath shortestPathKind(P::SymbolicNameContext& ctx) const;
  ast::NodePattern transformNode(P::NodePatternContext& ctx);
  ast::RelPattern transformRel(P::RelationshipPatternContext& ctx);
  void transformRelDetail(P::RelationshipDetailContext& ctx, ast::RelPattern& rel);
  ast::VarLength transformVarLength(P::VariableLengthContext& ctx);
  void appendChain(const std::vector<P::PatternChainContext*>& chain, ast::PatternPart& part);
  std::vector<std::string> transformLabels(P::NodeLabelsContext& ctx);

  // transform_expression.cpp: operators, by precedence
  ast::ExprPtr transformExpression(P::ExpressionContext& ctx);
  ast::ExprPtr transformOr(P::OrExpressionContext& ctx);
  ast::ExprPtr transformXor(P::XorExpressionContext& ctx);
  ast::ExprPtr transformAnd(P::AndExpressionContext& ctx);
  ast::ExprPtr transformNot(P::NotExpressionContext& ctx);
  ast::ExprPtr transformComparison(P::ComparisonExpressionContext& ctx);
  ast::ExprPtr transformPredicate(P::PredicateExpressionContext& ctx);
  ast::ExprPtr applyPredicateSuffix(ast::ExprPtr left, P::PredicateSuffixContext& ctx);
  ast::ExprPtr transformAdditive(P::AdditiveExpressionContext& ctx);
  ast::ExprPtr transformMultiplicative(P::MultiplicativeExpressionContext& ctx);
  ast::ExprPtr transformPower(P::PowerExpressionContext& ctx);
  ast::ExprPtr transformUnary(P::UnaryExpressionContext& ctx);
  ast::ExprPtr transformPostfix(P::PostfixExpressionContext& ctx);
  ast::ExprPtr applyPostfix(ast::ExprPtr object, P::PostfixOperatorContext& ctx, uint32_t begin);

  // transform_atom.cpp
  ast::ExprPtr transformAtom(P::AtomContext& ctx);
  ast::ExprPtr transformCase(P::CaseExpressionContext& ctx);
  ast::ExprPtr transformListComprehension(P::ListComprehensionContext& ctx);
  ast::ExprPtr transformQuantifier(P::QuantifierExpressionContext& ctx);
  ast::ExprPtr transformPatternPredicate(P::PatternPredicateContext& ctx);
  ast::ExprPtr transformPatternComprehension(P::PatternComprehensionContext& ctx);
  std::unique_ptr<ast::MatchClause> subqueryMatch(antlr4::tree::TerminalNode* open,
                                                  antlr4::tree::TerminalNode* close,
                                                  P::PatternContext& pattern,
                                                  P::WhereClauseContext* where);
  ast::ExprPtr transformReduce(P::ReduceExpressionContext& ctx);
  ast::ExprPtr transformFunctionCall(P::FunctionCallContext& ctx);
  ast::ExprPtr transformMapProjection(P::MapProjectionContext& ctx);

  // transform_literal.cpp
  ast::ExprPtr transformLiteral(P::LiteralContext& ctx);
  ast::ExprPtr transformNumber(P::NumberLiteralContext& ctx, bool negated, ast::SourceRange r);
  ast::ExprPtr transformList(P::ListLiteralContext& ctx);
  std::unique_ptr<ast::MapExpr> transformMap(P::MapLiteralContext& ctx);
  ast::ExprPtr transformParameter(P::ParameterContext& ctx);
  ast::ExprPtr transformProperties(P::PropertiesContext& ctx);
  std::string stringValue(antlr4::tree::TerminalNode& token);

  // Names and positions.
  std::string name(antlr4::ParserRuleContext& ctx) const;
  std::string variableName(P::VariableContext* ctx) const;
  uint32_t byteAt(size_t codePoint) const;
  uint32_t offsetOf(antlr4::Token* token) const;
  ast::SourceRange rangeOf(antlr4::ParserRuleContext& ctx) const;
  ast::SourceRange rangeOf(antlr4::Token* token) const;

  std::string_view query_;
  const std::vector<uint32_t>& byteOffsets_;
};

}  // namespace rollcall::parser
