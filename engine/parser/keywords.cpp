#include "engine/parser/keywords.h"

#include <algorithm>

#include "CypherLexer.h"
#include "antlr4-runtime.h"

namespace rollcall {

std::vector<std::string> cypherKeywords() {
  // grammar/Cypher.g4 names every keyword token K_<KEYWORD> and nothing else that way.
  static const std::string PREFIX = "K_";
  antlr4::ANTLRInputStream noInput;
  rollcall_antlr::CypherLexer lexer(&noInput);
  const antlr4::dfa::Vocabulary& vocabulary = lexer.getVocabulary();
  std::vector<std::string> keywords;
  for (size_t type = 1; type <= vocabulary.getMaxTokenType(); ++type) {
    std::string name = vocabulary.getSymbolicName(type);
    if (name.rfind(PREFIX, 0) == 0) keywords.push_back(name.substr(PREFIX.size()));
  }
  std::sort(keywords.begin(), keywords.end());
  return keywords;
}

}  // namespace rollcall
