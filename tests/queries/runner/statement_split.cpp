#include "tests/queries/runner/statement_split.h"

#include "engine/main/statement_splitter.h"

namespace rollcall::qtest {

std::vector<std::string> splitStatements(std::string_view script) {
  std::vector<std::string> out;
  for (auto& stmt : rollcall::splitStatements(script)) out.push_back(std::move(stmt.text));
  return out;
}

}  // namespace rollcall::qtest
