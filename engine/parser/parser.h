#pragma once
// The entry point of engine/parser/: query text in, AST out. ANTLR types never leave this folder.
#include <cstddef>
#include <memory>
#include <string_view>

#include "engine/parser/ast/statement.h"

namespace rollcall {

// How deeply expressions and subqueries may nest: parentheses, lists, maps, function calls, CASE,
// NOT, signs, property and index lookups, EXISTS and CALL subqueries each add a level, and so
// does each clause after a query's first and each relationship of a pattern (the plan stacks an
// operator for each). Deeper input
// is SyntaxError NestingTooDeep, because every stage recurses once per level and must not run
// out of stack. Flat chains (a OR b OR ..., 1 + 2 + ..., long lists and maps) do not nest.
inline constexpr size_t MAX_NESTING_DEPTH = 1000;

// Parses exactly one statement (a trailing `;` is allowed). Throws CypherError of class
// SYNTAX_ERROR with the offending byte offset set; detail codes as the openCypher TCK names them
// where one applies (e.g. "InvalidRelationshipPattern", "IntegerOverflow", "UnexpectedSyntax").
std::unique_ptr<ast::Statement> parseStatement(std::string_view query);

}  // namespace rollcall
