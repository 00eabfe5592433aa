#pragma once
// Helpers shared by the parser tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "engine/common/error.h"
#include "engine/parser/ast_printer.h"
#include "engine/parser/parser.h"

namespace rollcall::testing {

// The statement as an s-expression (see engine/parser/ast_printer.h).
inline std::string parsed(std::string_view query) { return ast::toString(*parseStatement(query)); }

// The first (only) clause of the first single query.
inline const ast::Clause& onlyClause(const ast::Statement& statement) {
  return *statement.query->parts.at(0).clauses.at(0);
}

struct SyntaxFailure {
  std::string detail;
  uint32_t offset = 0;
  std::string message;
};

// Parses a query that must fail with a SyntaxError; returns the error's detail, offset, message.
inline SyntaxFailure syntaxFailure(std::string_view query) {
  try {
    parseStatement(query);
  } catch (const CypherError& e) {
    EXPECT_EQ(e.errorClass(), ErrorClass::SYNTAX_ERROR) << e.what();
    return {e.detail(), e.offset().value_or(~0u), e.message()};
  }
  ADD_FAILURE() << "no error for: " << query;
  return {};
}

}  // namespace rollcall::testing
