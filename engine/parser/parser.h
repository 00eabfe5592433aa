#pragma once
// The entry point of engine/parser/: query text in, AST out. ANTLR types never leave this folder.
#include <memory>
#include <string_view>

#include "engine/parser/ast/statement.h"

namespace rollcall {

// Parses exactly one statement (a trailing `;` is allowed). Throws CypherError of class
// SYNTAX_ERROR with the offending byte offset set; detail codes as the openCypher TCK names them
// where one applies (e.g. "InvalidRelationshipPattern", "IntegerOverflow", "UnexpectedSyntax").
std::unique_ptr<ast::Statement> parseStatement(std::string_view query);

}  // namespace rollcall
