#pragma once
// Answers of the query pack, from Cypher and from SQL, brought to one text form so that they can
// be compared cell by cell: integers as decimal text, floats to FLOAT_DIGITS decimals, dates as
// YYYY-MM-DD, booleans as true/false, NULL as std::nullopt (never a marker string).
#include <string>
#include <vector>

#include "engine/common/value.h"
#include "engine/main/query_result.h"
#include "tests/unit/export/sqlite_db.h"

namespace rollcall::sqltest {

// Rounding noise between engines (double vs NUMERIC) stays below this; real differences do not.
inline constexpr int FLOAT_DIGITS = 6;

using Answer = SqlRows;

// The kinds of a Cypher answer's columns (of the first non-null value; NUL when none).
std::vector<Value::Kind> columnKinds(const QueryResult& result);

Answer normalise(const QueryResult& result);

// SQL engines return text whose type is read from the Cypher column: a float as SQLite or
// PostgreSQL prints it ("1" for 1.0 in PostgreSQL), a boolean as 1/0 or t/f.
Answer normalise(const SqlRows& rows, const std::vector<Value::Kind>& kinds);

// How a question's rows are ordered: by the columns `keys` of its ORDER BY (none: unordered).
// Rows equal on every key may come in any order, and with `limited` (ORDER BY ... LIMIT) the
// last such run may be cut differently, so only its keys must agree.
struct Ordering {
  std::vector<size_t> keys;
  bool limited = false;
};

// Empty when `got` answers like `want`; otherwise what differs, for the failure message.
std::string compareAnswers(const Answer& want, const Answer& got, const Ordering& ordering);

std::string show(const Answer& answer);

}  // namespace rollcall::sqltest
