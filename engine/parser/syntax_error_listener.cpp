#include "engine/parser/syntax_error_listener.h"

#include <string>
#include <vector>

#include "CypherLexer.h"
#include "CypherParser.h"
#include "engine/common/error.h"

namespace rollcall::parser {
namespace {

using L = rollcall_antlr::CypherLexer;
using P = rollcall_antlr::CypherParser;
using antlr4::misc::IntervalSet;

constexpr size_t MAX_EXPECTED = 12;
constexpr size_t MAX_SHOWN_INPUT = 30;

const std::vector<size_t> CLAUSE_STARTS = {
    L::K_MATCH, L::K_OPTIONAL, L::K_UNWIND, L::K_WITH,   L::K_RETURN, L::K_CREATE, L::K_MERGE,
    L::K_SET,   L::K_REMOVE,   L::K_DETACH, L::K_DELETE, L::K_LOAD,   L::K_CALL};

IntervalSet firstOf(antlr4::Parser& parser, size_t rule) {
  const antlr4::atn::ATN& atn = parser.getATN();
  return atn.nextTokens(atn.ruleToStartState[rule]);
}

// Replaces groups of tokens by one phrase, so that the list reads like a sentence: the tokens
// that start an expression become "an expression", keywords usable as names disappear behind
// "an identifier", the clause keywords become "a clause".
std::vector<std::string> summarize(IntervalSet expected, antlr4::Parser& parser) {
  std::vector<std::string> phrases;
  if (expected.contains(size_t{L::DECIMAL_INTEGER})) {
    expected = expected.subtract(firstOf(parser, P::RuleExpression));
    phrases.push_back("an expression");
  }
  if (expected.contains(size_t{L::IDENTIFIER})) {
    expected = expected.subtract(firstOf(parser, P::RuleSchemaName));
    phrases.push_back("an identifier");
  }
  bool allClauses = true;
  for (size_t type : CLAUSE_STARTS) allClauses = allClauses && expected.contains(type);
  if (allClauses) {
    for (size_t type : CLAUSE_STARTS) expected.remove(type);
    phrases.push_back("a clause");
  }
  bool end = expected.contains(antlr4::Token::EOF);
  expected.remove(antlr4::Token::EOF);
  const antlr4::dfa::Vocabulary& vocabulary = parser.getVocabulary();
  for (ssize_t type : expected.toList()) {
    std::string name = vocabulary.getSymbolicName(type);
    if (name.rfind("K_", 0) == 0) {
      phrases.push_back(name.substr(2));
    } else if (!vocabulary.getLiteralName(type).empty()) {
      phrases.push_back(vocabulary.getLiteralName(type));
    } else if (type == L::STRING_LITERAL) {
      phrases.push_back("a string");
    }
  }
  if (end) phrases.push_back("end of input");
  return phrases;
}

std::string joinExpected(const std::vector<std::string>& phrases) {
  std::string out;
  size_t shown = std::min(phrases.size(), MAX_EXPECTED);
  for (size_t i = 0; i < shown; ++i) {
    if (i > 0) out += (i + 1 == phrases.size()) ? " or " : ", ";
    out += phrases[i];
  }
  if (shown < phrases.size()) out += ", ...";
  return out;
}

IntervalSet expectedTokens(antlr4::Parser& parser, std::exception_ptr e) {
  if (e) {
    try {
      std::rethrow_exception(e);
    } catch (const antlr4::RecognitionException& re) {
      return re.getExpectedTokens();
    } catch (...) {
    }
  }
  return parser.getExpectedTokens();
}

bool inRelationshipPattern(antlr4::Parser& parser) {
  for (antlr4::RuleContext* ctx = parser.getContext(); ctx;
       ctx = ctx->parent ? dynamic_cast<antlr4::RuleContext*>(ctx->parent) : nullptr) {
    size_t rule = ctx->getRuleIndex();
    if (rule == P::RuleRelationshipDetail || rule == P::RuleVariableLength ||
        rule == P::RuleRelationshipTypes) {
      return true;
    }
    if (rule == P::RuleNodePattern || rule == P::RuleExpression) return false;
  }
  return false;
}

// A quote the lexer could not close: what was expected does not help there.
const char* unterminated(antlr4::Token* token) {
  if (token->getType() != L::UNKNOWN_CHAR) return nullptr;
  std::string text = token->getText();
  if (text == "'" || text == "\"") return "Unterminated string literal";
  if (text == "`") return "Unterminated quoted name";
  return nullptr;
}

std::string describeInput(antlr4::Token* token) {
  if (token->getType() == antlr4::Token::EOF) return "Unexpected end of input";
  std::string text = token->getText();
  if (text.size() > MAX_SHOWN_INPUT) text = text.substr(0, MAX_SHOWN_INPUT) + "...";
  return "Invalid input '" + text + "'";
}

// When a query stops early ("MATCH (n) RETRUN n"), ANTLR only expects what may follow the
// whole statement; another clause could have followed too, which is what the user needs to see.
void addClauseStarts(antlr4::Parser& parser, IntervalSet& expected) {
  auto* input = dynamic_cast<P::CypherInputContext*>(parser.getContext());
  if (!input || input->SEMI() || !input->statement() || !input->statement()->regularQuery()) {
    return;
  }
  for (size_t type : CLAUSE_STARTS) expected.add(type);
}

}  // namespace

uint32_t SyntaxErrorListener::byteAt(size_t codePoint) const {
  return codePoint < byteOffsets_.size() ? byteOffsets_[codePoint] : byteOffsets_.back();
}

void SyntaxErrorListener::syntaxError(antlr4::Recognizer* recognizer,
                                      antlr4::Token* offendingSymbol, size_t, size_t,
                                      const std::string& msg, std::exception_ptr e) {
  auto* parser = dynamic_cast<antlr4::Parser*>(recognizer);
  if (!parser || !offendingSymbol) {
    // The lexer has a catch-all token, so this is only reachable through a runtime surprise.
    auto* lexer = dynamic_cast<antlr4::Lexer*>(recognizer);
    throw rollcall::syntaxError("UnexpectedSyntax", msg,
                                lexer ? byteAt(lexer->tokenStartCharIndex) : uint32_t{0});
  }
  uint32_t offset = byteAt(offendingSymbol->getStartIndex());
  std::string detail = "UnexpectedSyntax";
  if (offendingSymbol->getType() == L::INVALID_NUMBER) {
    detail = "InvalidNumberLiteral";
  } else if (inRelationshipPattern(*parser)) {
    detail = "InvalidRelationshipPattern";
  }
  if (const char* message = unterminated(offendingSymbol)) {
    throw rollcall::syntaxError(detail, message, offset);
  }
  IntervalSet expectedSet = expectedTokens(*parser, e);
  addClauseStarts(*parser, expectedSet);
  std::string expected = joinExpected(summarize(expectedSet, *parser));
  std::string message = describeInput(offendingSymbol);
  if (!expected.empty()) message += ": expected " + expected;
  throw rollcall::syntaxError(detail, message, offset);
}

}  // namespace rollcall::parser
