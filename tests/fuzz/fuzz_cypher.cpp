// Cypher text -> parser -> binder -> planner, as Database::execute runs them for a query, over a
// small graph opened once per process in a temporary directory. Nothing is executed or
// committed: every input is planned against the same catalog and statistics, and no input
// writes to disk. A CypherError (or a StorageError, which the engine reports as one) is the
// expected answer to bad input; anything else escaping, a sanitizer report or an InternalError
// (an RC_ASSERT reached from user input) is a bug.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "engine/binder/binder.h"
#include "engine/common/error.h"
#include "engine/main/database.h"
#include "engine/parser/parser.h"
#include "engine/planner/planner.h"
#include "storage/common/storage_error.h"
#include "tests/fuzz/fuzz_temp_dir.h"

namespace {

using namespace rollcall;

// Labels, types, keys, an index and a constraint, so that names in the seeds resolve and the
// planner has statistics to choose between plans.
constexpr const char* SETUP[] = {
    "CREATE CONSTRAINT student_id_unique FOR (s:Student) REQUIRE s.student_id IS UNIQUE",
    "CREATE INDEX session_date FOR (s:Session) ON (s.date)",
    "CREATE (a:Student {student_id: 1, name: 'Ann', year: 1}),"
    " (b:Student {student_id: 2, name: 'Bob', year: 2}),"
    " (s:Session {session_id: 101, date: date('2024-01-08'), duration: 90}),"
    " (i:Instructor {instructor: 'Ada'}), (m:Module {module: 'Databases'}),"
    " (a)-[:ATTENDED {minutes: 90}]->(s), (b)-[:ATTENDED]->(s),"
    " (s)-[:TAUGHT_BY]->(i), (s)-[:BELONGS_TO]->(m)",
};

// Closed by static destruction at exit, before fuzz_temp_dir.h removes its directory.
Database& database() {
  static std::unique_ptr<Database> db = [] {
    auto opened = std::make_unique<Database>(fuzz::makeTempDir("rollcall-fuzz-cypher"));
    for (const char* statement : SETUP) opened->execute(statement);
    return opened;
  }();
  return *db;
}

// The parameter names the query tests use most, so `$name` binds as it does there.
const Parameters& parameters() {
  static const Parameters params = {
      {"name", Value("Bob")},
      {"y", Value(2)},
      {"names", Value(ValueList{Value("Ann"), Value("Zed")})},
      {"m", Value(ValueMap{{"name", Value("Ann")}})},
  };
  return params;
}

void planQuery(std::string_view text) {
  auto stmt = parseStatement(text);
  if (stmt->kind != ast::StatementKind::QUERY) return;  // schema commands write the catalog
  storage::GraphStore& store = database().store();
  Planner planner(store);
  Binder binder(store, planner, parameters(), text, /*createTokens=*/false);
  auto bound = binder.bindQuery(*stmt->query);
  LogicalPlan plan = planner.plan(*bound);
  describePlan(*plan.root);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    planQuery(text);
  } catch (const CypherError& e) {
    if (e.errorClass() == ErrorClass::INTERNAL_ERROR) {
      fprintf(stderr, "InternalError reached from a query: %s\n", e.what());
      std::abort();
    }
  } catch (const storage::StorageError&) {
  }
  return 0;
}
