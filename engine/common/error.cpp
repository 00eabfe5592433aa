#include "engine/common/error.h"

namespace rollcall {

std::string_view errorClassName(ErrorClass cls) {
  switch (cls) {
    case ErrorClass::SYNTAX_ERROR: return "SyntaxError";
    case ErrorClass::SEMANTIC_ERROR: return "SemanticError";
    case ErrorClass::TYPE_ERROR: return "TypeError";
    case ErrorClass::ARGUMENT_ERROR: return "ArgumentError";
    case ErrorClass::ENTITY_NOT_FOUND: return "EntityNotFound";
    case ErrorClass::PROCEDURE_ERROR: return "ProcedureError";
    case ErrorClass::PARAMETER_MISSING: return "ParameterMissing";
    case ErrorClass::CONSTRAINT_VERIFICATION_FAILED: return "ConstraintVerificationFailed";
    case ErrorClass::LOAD_ERROR: return "LoadError";
    case ErrorClass::EXPORT_ERROR: return "ExportError";
    case ErrorClass::TRANSACTION_TIMED_OUT: return "TransactionTimedOut";
    case ErrorClass::TRANSACTION_TERMINATED: return "TransactionTerminated";
    case ErrorClass::TRANSACTION_ERROR: return "TransactionError";
    case ErrorClass::MEMORY_LIMIT_EXCEEDED: return "MemoryLimitExceeded";
    case ErrorClass::STORAGE_ERROR: return "StorageError";
    case ErrorClass::INTERNAL_ERROR: return "InternalError";
  }
  return "InternalError";
}

CypherError::CypherError(ErrorClass cls, std::string detail, std::string message,
                         std::optional<uint32_t> offset)
    : cls_(cls), detail_(std::move(detail)), message_(std::move(message)), offset_(offset) {
  rebuild();
}

void CypherError::rebuild() {
  what_ = std::string(errorClassName(cls_)) + ": ";
  if (!detail_.empty()) what_ += detail_ + ": ";
  what_ += message_;
  if (!context_.empty()) what_ += "\n" + context_;
}

CypherError syntaxError(std::string detail, std::string message, std::optional<uint32_t> offset) {
  return CypherError(ErrorClass::SYNTAX_ERROR, std::move(detail), std::move(message), offset);
}
CypherError semanticError(std::string detail, std::string message,
                          std::optional<uint32_t> offset) {
  return CypherError(ErrorClass::SEMANTIC_ERROR, std::move(detail), std::move(message), offset);
}
CypherError typeError(std::string detail, std::string message, std::optional<uint32_t> offset) {
  return CypherError(ErrorClass::TYPE_ERROR, std::move(detail), std::move(message), offset);
}
CypherError argumentError(std::string detail, std::string message,
                          std::optional<uint32_t> offset) {
  return CypherError(ErrorClass::ARGUMENT_ERROR, std::move(detail), std::move(message), offset);
}
CypherError internalError(std::string message) {
  return CypherError(ErrorClass::INTERNAL_ERROR, "", std::move(message));
}

}  // namespace rollcall
