#include "engine/main/error_context.h"

#include "storage/common/storage_error.h"

namespace rollcall {

std::string positionContext(std::string_view query, uint32_t offset) {
  if (offset > query.size()) offset = static_cast<uint32_t>(query.size());
  size_t lineStart = query.rfind('\n', offset == 0 ? 0 : offset - 1);
  lineStart = (lineStart == std::string_view::npos || offset == 0) ? 0 : lineStart + 1;
  if (query[lineStart] == '\n' && lineStart < offset) ++lineStart;
  size_t lineEnd = query.find('\n', offset);
  if (lineEnd == std::string_view::npos) lineEnd = query.size();
  size_t line = 1;
  for (size_t i = 0; i < lineStart; ++i) line += query[i] == '\n';
  // Columns count characters, not bytes: skip UTF-8 continuation bytes.
  size_t column = 1;
  for (size_t i = lineStart; i < offset; ++i)
    column += (static_cast<unsigned char>(query[i]) & 0xC0) != 0x80;
  std::string text(query.substr(lineStart, lineEnd - lineStart));
  return "line " + std::to_string(line) + ", column " + std::to_string(column) + "\n  " + text +
         "\n  " + std::string(column - 1, ' ') + "^";
}

CypherError fromStorageError(const std::exception& e) {
  const auto* se = dynamic_cast<const storage::StorageError*>(&e);
  if (!se) return internalError(e.what());
  switch (se->kind()) {
    case storage::StorageErrorKind::UNIQUE_VIOLATION:
      return CypherError(ErrorClass::CONSTRAINT_VERIFICATION_FAILED, "", se->what());
    case storage::StorageErrorKind::STILL_CONNECTED:
      return CypherError(ErrorClass::CONSTRAINT_VERIFICATION_FAILED, "DeleteConnectedNode",
                         se->what());
    case storage::StorageErrorKind::NOT_FOUND:
      return CypherError(ErrorClass::ENTITY_NOT_FOUND, "", se->what());
    default:
      return CypherError(ErrorClass::STORAGE_ERROR, "", se->what());
  }
}

}  // namespace rollcall
