#pragma once
// Cases the SQL pack must get right that neither the sample nor the generated data contain.
#include "engine/main/database.h"

namespace rollcall::sqltest {

// Adds to the sample graph (data/sample/): a session without a date and one without module or
// instructor, a session nobody attended, a student without a name, a second "Alice", names with a
// quote and non-ASCII letters, a module and an instructor without sessions.
void addEdgeCases(Database& db);

}  // namespace rollcall::sqltest
