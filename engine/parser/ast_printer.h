#pragma once
// Prints the AST as a compact s-expression, for tests and for EXPLAIN debugging.
//   MATCH (s:Student)-[:ATTENDED]->(x) RETURN count(*) AS n
//   (single (match (part (node s:Student) (rel -> :ATTENDED) (node x)))
//           (return (as (call count *) n)))   -- on one line
// Literals print as Cypher would write them: 1, 1.5, 'text', true, null.
#include <string>

#include "engine/parser/ast/statement.h"

namespace rollcall::ast {

std::string toString(const Expression& expr);
std::string toString(const PatternPart& part);
std::string toString(const Clause& clause);
std::string toString(const QueryStatement& query);
std::string toString(const Statement& statement);

}  // namespace rollcall::ast
