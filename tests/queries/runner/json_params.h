#pragma once
// Turns `param name = <json>` lines into query parameters.
#include <string>
#include <utility>
#include <vector>

#include "engine/main/database.h"

namespace rollcall::qtest {

// JSON integers become INT, other numbers FLOAT, arrays LIST, objects MAP.
// Throws std::invalid_argument on malformed JSON.
Parameters parseParams(const std::vector<std::pair<std::string, std::string>>& specs);

}  // namespace rollcall::qtest
