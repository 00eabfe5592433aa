#pragma once
// The engine's one exception root. Each error has a class known to Cypher users and the
// openCypher TCK (SyntaxError, TypeError, ...), a detail code (UndefinedVariable,
// InvalidArgumentType, ...), a message, and, when it comes from the query text, the byte offset
// it points at. Errors are caught once, at the Database boundary, which renders the position as
// line:column with the query line and a caret.
#include <cstdint>
#include <exception>
#include <optional>
#include <string>
#include <string_view>

namespace rollcall {

enum class ErrorClass : uint8_t {
  SYNTAX_ERROR,
  SEMANTIC_ERROR,
  TYPE_ERROR,
  ARGUMENT_ERROR,
  ENTITY_NOT_FOUND,
  PROCEDURE_ERROR,  // a CALL of a procedure that does not exist or cannot run as asked
  PARAMETER_MISSING,
  CONSTRAINT_VERIFICATION_FAILED,
  LOAD_ERROR,
  EXPORT_ERROR,  // a graph the SQL exporter cannot map as asked (--star without its labels)
  TRANSACTION_TIMED_OUT,  // a statement ran past its time limit (--timeout) and was rolled back
  TRANSACTION_TERMINATED,  // a statement was cancelled (Ctrl-C) and rolled back
  TRANSACTION_ERROR,  // begin, commit or rollback out of turn; a statement an open transaction
                      // cannot hold
  MEMORY_LIMIT_EXCEEDED,  // a statement needed more memory than --memory-limit; rolled back
  STORAGE_ERROR,
  INTERNAL_ERROR,
};

// "SyntaxError", "TypeError", ...
std::string_view errorClassName(ErrorClass cls);

class CypherError : public std::exception {
 public:
  CypherError(ErrorClass cls, std::string detail, std::string message,
              std::optional<uint32_t> offset = std::nullopt);

  ErrorClass errorClass() const { return cls_; }
  const std::string& detail() const { return detail_; }
  const std::string& message() const { return message_; }
  std::optional<uint32_t> offset() const { return offset_; }
  // Where in the query the error points; set by whoever knows it (the binder, the evaluator).
  void setOffset(uint32_t offset) {
    offset_ = offset;
    rebuild();
  }
  // Adds a sentence to the message (what a partly committed statement kept, say).
  void appendMessage(std::string_view text) {
    message_ += text;
    rebuild();
  }
  // Appended after the first line, e.g. "line 2, column 7\n  MATCH (n:Studnet)\n          ^".
  void setContext(std::string context) {
    context_ = std::move(context);
    rebuild();
  }

  // "<Class>: <detail>: <message>" (detail omitted when empty), then the context lines.
  const char* what() const noexcept override { return what_.c_str(); }

 private:
  void rebuild();

  ErrorClass cls_;
  std::string detail_;
  std::string message_;
  std::optional<uint32_t> offset_;
  std::string context_;
  std::string what_;
};

// Shorthands: throw syntaxError("UndefinedVariable", "Variable `x` not defined", offset).
CypherError syntaxError(std::string detail, std::string message,
                        std::optional<uint32_t> offset = std::nullopt);
CypherError semanticError(std::string detail, std::string message,
                          std::optional<uint32_t> offset = std::nullopt);
CypherError typeError(std::string detail, std::string message,
                      std::optional<uint32_t> offset = std::nullopt);
CypherError argumentError(std::string detail, std::string message,
                          std::optional<uint32_t> offset = std::nullopt);
CypherError internalError(std::string message);

// For bugs only: never reachable from user input.
#define RC_ASSERT(cond)                                                                           \
  do {                                                                                            \
    if (!(cond))                                                                                  \
      throw ::rollcall::internalError(std::string("assertion failed: " #cond " at ") + __FILE__ + \
                                      ":" + std::to_string(__LINE__));                            \
  } while (0)

}  // namespace rollcall
