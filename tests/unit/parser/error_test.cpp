// Syntax errors: detail codes, byte offsets and messages.
#include "tests/unit/parser/parser_test_util.h"

namespace rollcall::testing {
namespace {

TEST(SyntaxErrors, MisspelledClause) {
  auto failure = syntaxFailure("MATCH (n) RETRUN n");
  EXPECT_EQ(failure.detail, "UnexpectedSyntax");
  EXPECT_EQ(failure.offset, 10u);
  EXPECT_EQ(failure.message, "Invalid input 'RETRUN': expected a clause, ';' or end of input");
}

TEST(SyntaxErrors, UnknownFirstWord) {
  auto failure = syntaxFailure("SELECT * FROM t");
  EXPECT_EQ(failure.offset, 0u);
  EXPECT_EQ(failure.message,
            "Invalid input 'SELECT': expected a clause, DROP, EXPLAIN, PROFILE, SHOW or USING");
}

TEST(SyntaxErrors, BangEqualsSuggestsDiamond) {
  auto failure = syntaxFailure("MATCH (n) WHERE n.x != 1 RETURN n");
  EXPECT_EQ(failure.detail, "UnexpectedSyntax");
  EXPECT_EQ(failure.offset, 20u);
  EXPECT_NE(failure.message.find("'<>'"), std::string::npos) << failure.message;
}

TEST(SyntaxErrors, OffsetsCountBytesNotCodePoints) {
  // "é" and "Ü" take two bytes each in UTF-8.
  auto failure = syntaxFailure("MATCH (\xC3\xA9:\xC3\x9C) RETRUN 1");
  EXPECT_EQ(failure.offset, 14u);  // 12 in code points
  EXPECT_EQ(syntaxFailure("RETURN 'h\xC3\xA9llo' + #").offset, 18u);
}

TEST(SyntaxErrors, MalformedUtf8) {
  // Found by the cypher fuzz target: ANTLR's decoder threw std::range_error on the overlong
  // "\xC0\x9E", past the UTF-8 check, and the error escaped every handler.
  for (std::string_view bad : {"\xC0\x9E", "\xE0\x80\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80",
                               "\xF5\x80\x80\x80", "\x80", "\xC3"}) {
    auto failure = syntaxFailure("RETURN '" + std::string(bad) + "'");
    EXPECT_EQ(failure.message, "Invalid UTF-8 in the query text");
    EXPECT_EQ(failure.offset, 8u);
  }
  EXPECT_EQ(parseStatement("RETURN '\xF4\x8F\xBF\xBF \xEF\xBF\xBD'")->kind,
            ast::StatementKind::QUERY);
}

TEST(SyntaxErrors, UnexpectedEndOfInput) {
  auto failure = syntaxFailure("RETURN 1 +");
  EXPECT_EQ(failure.offset, 10u);
  EXPECT_EQ(failure.message, "Unexpected end of input: expected an expression");
  EXPECT_EQ(syntaxFailure("MATCH (n RETURN n").message,
            "Invalid input 'RETURN': expected ')', '{', ':' or '$'");
}

TEST(SyntaxErrors, EmptyStatement) {
  for (const char* text : {"", "   ", "// only a comment", "/* c */ \n "}) {
    auto failure = syntaxFailure(text);
    EXPECT_EQ(failure.detail, "UnexpectedSyntax") << text;
    EXPECT_EQ(failure.offset, std::string_view(text).size()) << text;
  }
}

TEST(SyntaxErrors, OneStatementOnly) {
  auto failure = syntaxFailure("RETURN 1; RETURN 2");
  EXPECT_EQ(failure.offset, 10u);
  EXPECT_EQ(failure.message, "Invalid input 'RETURN': expected end of input");
}

TEST(SyntaxErrors, IntegerOverflow) {
  for (const char* text : {"RETURN 9223372036854775808", "RETURN -9223372036854775809",
                           "RETURN 0x8000000000000000", "RETURN 0o1000000000000000000000"}) {
    auto failure = syntaxFailure(text);
    EXPECT_EQ(failure.detail, "IntegerOverflow") << text;
  }
  EXPECT_EQ(syntaxFailure("RETURN 1, -9223372036854775809").offset, 11u);
  EXPECT_EQ(syntaxFailure("MATCH ()-[*99999999999999999999]->() RETURN 1").detail,
            "IntegerOverflow");
}

TEST(SyntaxErrors, InvalidNumberLiterals) {
  for (const char* text : {"RETURN 0x", "RETURN 12abc", "RETURN 0o8", "RETURN 1.5e", "RETURN 1e"}) {
    auto failure = syntaxFailure(text);
    EXPECT_EQ(failure.detail, "InvalidNumberLiteral") << text;
    EXPECT_EQ(failure.offset, 7u) << text;
  }
  EXPECT_EQ(syntaxFailure("RETURN 1e999").detail, "FloatingPointOverflow");
}

TEST(SyntaxErrors, InvalidUnicodeEscapes) {
  auto failure = syntaxFailure(R"(RETURN 'ab\u00G1')");
  EXPECT_EQ(failure.detail, "InvalidUnicodeLiteral");
  EXPECT_EQ(failure.offset, 10u);
  EXPECT_EQ(syntaxFailure(R"(RETURN '\u12')").detail, "InvalidUnicodeLiteral");
  EXPECT_EQ(syntaxFailure(R"(RETURN '\UD800DC00')").detail, "InvalidUnicodeLiteral");
  EXPECT_EQ(syntaxFailure(R"(RETURN '\U00110000')").detail, "InvalidUnicodeLiteral");
  auto unknown = syntaxFailure(R"(RETURN 'a\qb')");
  EXPECT_EQ(unknown.detail, "UnexpectedSyntax");
  EXPECT_EQ(unknown.offset, 9u);
}

TEST(SyntaxErrors, UnterminatedQuotes) {
  auto failure = syntaxFailure("RETURN 'abc");
  EXPECT_EQ(failure.offset, 7u);
  EXPECT_EQ(failure.message, "Unterminated string literal");
  EXPECT_EQ(syntaxFailure("RETURN `abc").message, "Unterminated quoted name");
}

TEST(SyntaxErrors, RelationshipPatterns) {
  auto failure = syntaxFailure("MATCH (n)-[r:]->(m) RETURN n");
  EXPECT_EQ(failure.detail, "InvalidRelationshipPattern");
  EXPECT_EQ(failure.offset, 13u);
  EXPECT_EQ(syntaxFailure("MATCH (n)-[*1..2..3]->(m) RETURN n").detail,
            "InvalidRelationshipPattern");
}

TEST(SyntaxErrors, MisplacedKeywords) {
  EXPECT_EQ(syntaxFailure("MATCH (n) WITH n ORDER n RETURN n").message,
            "Invalid input 'n': expected BY");
  EXPECT_EQ(syntaxFailure("RETURN CASE WHEN 1 END").message, "Invalid input 'END': expected THEN");
  EXPECT_EQ(syntaxFailure("CREATE INDEX FOR (n:L) ON n.p").offset, 26u);
}

TEST(SyntaxErrors, InvalidUtf8) {
  auto failure = syntaxFailure("RETURN '\xFF'");
  EXPECT_EQ(failure.offset, 8u);
}

}  // namespace
}  // namespace rollcall::testing
