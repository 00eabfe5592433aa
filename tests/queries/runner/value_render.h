#pragma once
// The canonical rendering that expected cells in .test files are written in: Cypher-literal-like
// text, independent of the engine's own printers so that tests pin the values themselves.
#include <string>

#include "engine/common/value.h"

namespace rollcall::qtest {

// null, true, 42, 1.5, 3.0, NaN, Infinity, 'it\'s', [1, 'a'], {a: 1, b: null},
// date('2024-05-01'), (:Label {k: 'v'}), [:TYPE {k: 1}], <(:A)-[:T]->(:B)<-[:U]-(:C)>.
// Map keys and node labels come sorted; floats use the shortest text that reads back exactly.
std::string renderValue(const Value& v);

}  // namespace rollcall::qtest
