#pragma once
// Turns the text of literal tokens into values. Kept free of ANTLR so that the rules for numbers,
// escapes and quoted names can be tested on their own. Every function takes the byte offset of
// the token in the query, so the errors it throws point at the offending character.
#include <cstdint>
#include <string>
#include <string_view>

namespace rollcall::parser {

// Decimal ("42"), hexadecimal ("0x2A") or octal ("0o52") text. `negated` applies a unary minus
// first, which is what lets -9223372036854775808 fit. Throws SyntaxError IntegerOverflow.
int64_t decodeInteger(std::string_view text, bool negated, uint32_t offset);

// "1.5", ".5", "1e10", "1.5e-3". Throws SyntaxError FloatingPointOverflow when out of range.
double decodeFloat(std::string_view text, uint32_t offset);

// A quoted string literal, quotes included. Decodes \\ \' \" \b \f \n \r \t, \uXXXX and
// \UXXXXXXXX into UTF-8. Throws SyntaxError InvalidUnicodeLiteral for a bad \u or \U escape and
// UnexpectedSyntax for an unknown escape, pointing at the backslash.
std::string decodeString(std::string_view raw, uint32_t offset);

// A name: `quoted name` loses its backticks and a doubled backtick becomes one; plain
// identifiers are returned unchanged.
std::string decodeName(std::string_view raw);

}  // namespace rollcall::parser
