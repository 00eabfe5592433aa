#pragma once
// Runs one query statement: bind, plan, instantiate operators, pull results, commit.
#include <string_view>

#include "engine/main/database.h"
#include "engine/parser/ast/statement.h"

namespace rollcall {

QueryResult executeQuery(storage::GraphStore& store, const ast::Statement& stmt,
                         std::string_view text, const Parameters& params,
                         const DatabaseOptions& options);

}  // namespace rollcall
