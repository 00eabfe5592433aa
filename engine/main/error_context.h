#pragma once
// Renders where an error points in the query: "line L, column C", the line, and a caret.
#include <string>
#include <string_view>

#include "engine/common/error.h"

namespace rollcall {

std::string positionContext(std::string_view query, uint32_t offset);

// Turns storage-layer errors into Cypher errors with the class users know.
CypherError fromStorageError(const std::exception& e);

}  // namespace rollcall
