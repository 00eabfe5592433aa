#pragma once
// SQL names for graph names: a label becomes a plural snake_case table (Student -> students,
// StudyGroup -> study_groups), a relationship type a lower-case join table (TAUGHT_BY ->
// taught_by), and the seed's ATTENDED the seed's `attendance`. Property keys keep their names
// (quoted when written), so a column reads as its property does in Cypher.
#include <set>
#include <string>
#include <string_view>

namespace rollcall::loaders {

std::string tableNameForLabel(std::string_view label);
std::string tableNameForRelType(std::string_view type);
// "StudyGroup" -> "study_group", "HTTPServer" -> "http_server", "my label" -> "my_label".
std::string snakeCase(std::string_view name);

// PostgreSQL keeps the first 63 bytes of a name and drops the rest, so two long names can become
// one: names are cut to fit (on a UTF-8 character boundary) before they are made unique.
inline constexpr size_t MAX_NAME_BYTES = 63;

// Hands out names unique within one scope (the tables of a script, the columns of a table, the
// indexes of a script): a taken name gets _2, _3, ... appended, all within MAX_NAME_BYTES.
class NameScope {
 public:
  std::string claim(const std::string& wanted);
  bool taken(const std::string& name) const { return used_.count(folded(name)) > 0; }

 private:
  static std::string folded(const std::string& name);
  std::set<std::string> used_;
};

}  // namespace rollcall::loaders
