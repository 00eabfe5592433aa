#pragma once
// A query's answer as an HTML table that the page's script makes sortable.
#include <string>
#include <string_view>

#include "engine/main/query_result.h"

namespace rollcall::repl {

// <table class="sortable" data-table="NAME">: a header cell per column, a row per result row.
// Numbers are right-aligned and sort as numbers; strings are escaped; null is an empty cell.
std::string sortableTable(const QueryResult& result, std::string_view name);

}  // namespace rollcall::repl
