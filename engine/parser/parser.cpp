#include "engine/parser/parser.h"

#include "CypherLexer.h"
#include "CypherParser.h"
#include "antlr4-runtime.h"
#include "engine/common/error.h"
#include "engine/common/large_stack.h"
#include "engine/parser/nesting_guard.h"
#include "engine/parser/syntax_error_listener.h"
#include "engine/parser/transformer.h"

namespace rollcall {
namespace {

// The length of the well-formed UTF-8 sequence (RFC 3629) at text[i], or 0. Overlong forms,
// surrogates and code points past U+10FFFF are rejected too: ANTLR's decoder
// (std::wstring_convert) throws std::range_error on them, which no caller expects.
size_t utf8Length(std::string_view text, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[i + k]); };
  unsigned char lead = byte(0);
  size_t length = lead < 0x80           ? 1
                  : (lead >> 5) == 0x6  ? 2
                  : (lead >> 4) == 0xE  ? 3
                  : (lead >> 3) == 0x1E ? 4
                                        : 0;
  if (length == 0 || i + length > text.size()) return 0;
  uint32_t cp = length == 1 ? lead : lead & (0x7F >> length);
  for (size_t k = 1; k < length; ++k) {
    if ((byte(k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(k) & 0x3F);
  }
  constexpr uint32_t SMALLEST[] = {0, 0, 0x80, 0x800, 0x10000};  // by length: shorter is overlong
  bool wellFormed = cp >= SMALLEST[length] && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
  return wellFormed ? length : 0;
}

// ANTLR counts code points; the AST and errors count bytes. Returns the byte offset of every
// code point plus one entry for the end, and rejects malformed UTF-8 up front.
std::vector<uint32_t> codePointOffsets(std::string_view text) {
  std::vector<uint32_t> offsets;
  offsets.reserve(text.size() + 1);
  size_t i = 0;
  while (i < text.size()) {
    size_t length = utf8Length(text, i);
    if (length == 0) {
      throw syntaxError("UnexpectedSyntax", "Invalid UTF-8 in the query text", uint32_t(i));
    }
    offsets.push_back(uint32_t(i));
    i += length;
  }
  offsets.push_back(uint32_t(text.size()));
  return offsets;
}

bool onlyWhitespaceAndComments(antlr4::CommonTokenStream& tokens) {
  tokens.fill();
  return tokens.size() == 1;  // just EOF: the lexer skips whitespace and comments
}

// Room for MAX_NESTING_DEPTH levels with a wide margin; only the pages touched are committed.
constexpr size_t PARSER_STACK_BYTES = size_t{64} << 20;

std::unique_ptr<ast::Statement> parseOnThisStack(std::string_view query) {
  std::vector<uint32_t> offsets = codePointOffsets(query);
  antlr4::ANTLRInputStream input(query.data(), query.size());
  rollcall_antlr::CypherLexer lexer(&input);
  lexer.removeErrorListeners();
  parser::SyntaxErrorListener listener(query, offsets);
  lexer.addErrorListener(&listener);
  antlr4::CommonTokenStream tokens(&lexer);
  if (onlyWhitespaceAndComments(tokens)) {
    throw syntaxError("UnexpectedSyntax", "Empty statement: expected a query or a command",
                      uint32_t(query.size()));
  }
  rollcall_antlr::CypherParser cypherParser(&tokens);
  cypherParser.removeErrorListeners();
  cypherParser.addErrorListener(&listener);
  parser::NestingGuard guard(MAX_NESTING_DEPTH, offsets);
  cypherParser.addParseListener(&guard);
  auto* tree = cypherParser.cypherInput();
  parser::Transformer transformer(query, offsets);
  return transformer.transform(*tree);
}

}  // namespace

std::unique_ptr<ast::Statement> parseStatement(std::string_view query) {
  std::unique_ptr<ast::Statement> statement;
  runWithStack(PARSER_STACK_BYTES, [&] { statement = parseOnThisStack(query); });
  return statement;
}

}  // namespace rollcall
