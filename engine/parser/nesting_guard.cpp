#include "engine/parser/nesting_guard.h"

#include <string>

#include "CypherParser.h"
#include "engine/common/error.h"

namespace rollcall::parser {
namespace {

using P = rollcall_antlr::CypherParser;

// Rules that open a level closed by their own end: brackets, calls, CASE, subqueries, and the
// prefix operators NOT, - and +, which ANTLR parses by recursion.
bool opensLevel(antlr4::ParserRuleContext& ctx) {
  size_t first = ctx.getStart()->getType();
  switch (ctx.getRuleIndex()) {
    case P::RuleAtom:
      return first == P::LPAREN;  // (expr) and pattern predicates
    case P::RuleNotExpression:
      return first == P::K_NOT;
    case P::RuleUnaryExpression:
      return first == P::PLUS || first == P::MINUS;
    case P::RuleListLiteral:
    case P::RuleMapLiteral:
    case P::RuleFunctionCall:
    case P::RuleCaseExpression:
    case P::RuleListComprehension:
    case P::RuleQuantifierExpression:
    case P::RuleExistsSubquery:
    case P::RuleMapProjection:
    case P::RuleCallSubqueryClause:
      return true;
    default:
      return false;
  }
}

// Postfix operators (a.b.c, a[0][1]) and predicate suffixes (a IS NULL IS NULL) loop in the
// grammar but nest in the AST, one level each, until the expression that holds them ends.
bool chainsLevel(antlr4::ParserRuleContext& ctx) {
  size_t rule = ctx.getRuleIndex();
  return rule == P::RulePostfixOperator || rule == P::RulePredicateSuffix;
}

size_t chainedLevels(antlr4::ParserRuleContext& ctx) {
  switch (ctx.getRuleIndex()) {
    case P::RulePostfixExpression:
      return static_cast<P::PostfixExpressionContext&>(ctx).postfixOperator().size();
    case P::RulePredicateExpression:
      return static_cast<P::PredicateExpressionContext&>(ctx).predicateSuffix().size();
    default:
      return 0;
  }
}

}  // namespace

void NestingGuard::enterEveryRule(antlr4::ParserRuleContext* ctx) {
  if (!opensLevel(*ctx) && !chainsLevel(*ctx)) return;
  if (++depth_ <= limit_) return;
  size_t codePoint = ctx->getStart()->getStartIndex();
  uint32_t offset = codePoint < byteOffsets_.size() ? byteOffsets_[codePoint] : 0;
  throw syntaxError("NestingTooDeep",
                    "Nesting deeper than " + std::to_string(limit_) +
                        " levels (parentheses, lists, maps, function calls, CASE, NOT, signs, "
                        "property or index lookups, subqueries)",
                    offset);
}

void NestingGuard::exitEveryRule(antlr4::ParserRuleContext* ctx) {
  size_t released = opensLevel(*ctx) ? 1 : chainedLevels(*ctx);
  depth_ -= std::min(released, depth_);
}

}  // namespace rollcall::parser
