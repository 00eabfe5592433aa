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

// Hands out names unique within one scope (the tables of a script, the columns of a table):
// a taken name gets _2, _3, ... appended.
class NameScope {
 public:
  std::string claim(const std::string& wanted);
  bool taken(const std::string& name) const { return used_.count(name) > 0; }

 private:
  std::set<std::string> used_;
};

}  // namespace rollcall::loaders
