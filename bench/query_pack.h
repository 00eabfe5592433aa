#pragma once
// Reads the query pack's files (queries/attendance/NN_*.cypher) for the benchmarks.
#include <string>

namespace rollcall::bench {

struct PackQuery {
  std::string file;  // "01_sessions_of_student.cypher"
  std::string text;  // the statement: the file's `//` header comment and final `;` dropped
};

/// The file of `dir` whose name starts with `prefix` ("01_"). Throws std::runtime_error when
/// there is none.
PackQuery packQuery(const std::string& dir, const std::string& prefix);

}  // namespace rollcall::bench
