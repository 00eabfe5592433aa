#include "engine/parser/ast/clause.h"
#include "engine/parser/ast/statement.h"

// Out-of-line constructors and destructors of nodes that own forward-declared types.
namespace rollcall::ast {

PatternPredicateExpr::PatternPredicateExpr(SourceRange r, std::unique_ptr<PatternPart> p)
    : Expression(KIND, r), pattern(std::move(p)) {}
PatternPredicateExpr::~PatternPredicateExpr() = default;

PatternComprehensionExpr::PatternComprehensionExpr(SourceRange r, std::unique_ptr<PatternPart> p)
    : Expression(KIND, r), pattern(std::move(p)) {}
PatternComprehensionExpr::~PatternComprehensionExpr() = default;

SubqueryExpr::SubqueryExpr(ExprKind k, SourceRange r, std::unique_ptr<MatchClause> m)
    : Expression(k, r), match(std::move(m)) {}
SubqueryExpr::~SubqueryExpr() = default;
ExistsSubqueryExpr::ExistsSubqueryExpr(SourceRange r, std::unique_ptr<MatchClause> m)
    : SubqueryExpr(KIND, r, std::move(m)) {}
CountSubqueryExpr::CountSubqueryExpr(SourceRange r, std::unique_ptr<MatchClause> m)
    : SubqueryExpr(KIND, r, std::move(m)) {}

CallSubqueryClause::CallSubqueryClause(SourceRange r) : Clause(KIND, r) {}
CallSubqueryClause::~CallSubqueryClause() = default;

}  // namespace rollcall::ast
