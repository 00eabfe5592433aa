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
    case P::RulePatternComprehension:
    case P::RuleQuantifierExpression:
    case P::RuleExistsSubquery:
    case P::RuleCountSubquery:
    case P::RuleReduceExpression:
    case P::RuleMapProjection:
    case P::RuleCallSubqueryClause:
      return true;
    default:
      return false;
  }
}

// Postfix operators (a.b.c, a[0][1]) and predicate suffixes (a IS NULL IS NULL) loop in the
// grammar but nest in the AST, one level each, until the expression that holds them ends.
// Clauses after a query's first and the relationships of patterns nest likewise in the plan,
// whose operators each pull from the one below: one level each until the query ends.
bool chainsLevel(antlr4::ParserRuleContext& ctx) {
  switch (ctx.getRuleIndex()) {
    case P::RulePostfixOperator:
    case P::RulePredicateSuffix:
    case P::RulePatternChain:
      return true;
    case P::RuleClause:
      return ctx.parent && ctx.parent->children.size() > 1;  // already in its query's children
    default:
      return false;
  }
}

// Where chained levels end: the innermost of these open when they were entered.
bool endsChains(antlr4::ParserRuleContext& ctx) {
  size_t rule = ctx.getRuleIndex();
  return rule == P::RulePostfixExpression || rule == P::RulePredicateExpression ||
         rule == P::RuleSingleQuery;
}

}  // namespace

void NestingGuard::enterEveryRule(antlr4::ParserRuleContext* ctx) {
  if (endsChains(*ctx)) chained_.push_back(0);
  bool chains = chainsLevel(*ctx) && !chained_.empty();
  if (!chains && !opensLevel(*ctx)) return;
  if (chains) ++chained_.back();
  if (++depth_ <= limit_) return;
  size_t codePoint = ctx->getStart()->getStartIndex();
  uint32_t offset = codePoint < byteOffsets_.size() ? byteOffsets_[codePoint] : 0;
  throw syntaxError("NestingTooDeep",
                    "Nesting deeper than " + std::to_string(limit_) +
                        " levels (parentheses, lists, maps, function calls, CASE, NOT, signs, "
                        "lookups, subqueries, clauses after the first, relationships)",
                    offset);
}

void NestingGuard::exitEveryRule(antlr4::ParserRuleContext* ctx) {
  size_t released = opensLevel(*ctx) ? 1 : 0;
  if (endsChains(*ctx) && !chained_.empty()) {
    released += chained_.back();
    chained_.pop_back();
  }
  depth_ -= std::min(released, depth_);
}

}  // namespace rollcall::parser
