#pragma once
// Private to engine/parser/: turns ANTLR's first syntax error into a CypherError with a byte
// offset and a short list of what was expected, and stops the parse there.
#include <cstdint>
#include <string_view>
#include <vector>

#include "BaseErrorListener.h"

namespace rollcall::parser {

class SyntaxErrorListener : public antlr4::BaseErrorListener {
 public:
  SyntaxErrorListener(std::string_view query, const std::vector<uint32_t>& byteOffsets)
      : query_(query), byteOffsets_(byteOffsets) {}

  // Always throws CypherError of class SYNTAX_ERROR.
  void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offendingSymbol, size_t line,
                   size_t charPositionInLine, const std::string& msg,
                   std::exception_ptr e) override;

 private:
  uint32_t byteAt(size_t codePoint) const;

  std::string_view query_;
  const std::vector<uint32_t>& byteOffsets_;
};

}  // namespace rollcall::parser
