// queries/sql/ answers like the Cypher it translates: for every question, the SQL on the
// exported tables in SQLite and in PostgreSQL returns the Cypher answer on the graph, on the
// sample data, on generated dirty data and on a graph of edge cases.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <set>

#include "tests/unit/export/answer.h"
#include "tests/unit/export/child_process.h"
#include "tests/unit/export/pack_dataset.h"

namespace rollcall::sqltest {
namespace {

namespace fs = std::filesystem;

const fs::path ROOT = ROLLCALL_SOURCE_DIR;

struct Question {
  const char* name;    // queries/sql/<name>.sql
  const char* cypher;  // the Cypher file it translates, under queries/
  Ordering ordering;   // columns of the Cypher's ORDER BY, in the answer's column numbers
};

const std::vector<Question> QUESTIONS = {
    {"01_sessions_of_student", "attendance", {{1, 0}}},
    {"02_top_students", "attendance", {{2, 1, 0}, /*limited=*/true}},
    {"03_students_per_session", "attendance", {{0}}},
    {"04_unique_students_per_module", "attendance", {{1, 0}}},
    {"05_never_attended", "attendance", {{0}}},
    {"06_instructor_load", "attendance", {{2, 0}}},
    {"07_module_month_attendance", "attendance", {{0, 1, 2}}},
    {"08_study_partners", "attendance", {{2, 1, 0}, /*limited=*/true}},
    {"09_attendance_rate", "attendance", {{2, 5, 0}}},
    {"10_students_at_risk", "attendance", {{2, 3, 0}}},
    {"11_instructor_module_matrix", "attendance", {{0, 1}}},
    {"q1_alice_sessions", "seed", {}},
    {"q2_top3_students", "seed", {{1}, /*limited=*/true}},
    {"q3_students_per_session", "seed", {}},
    {"q4_unique_students_per_module", "seed", {}},
    {"q5_never_attended", "seed", {}},
};

// Alice is student 1 in every set; the generator makes her the only one, the edge set adds a
// second (52), so 01 and 08 see two students of that name there.
Parameters packParameters() { return {{"name", Value("Alice")}, {"threshold", Value(0.5)}}; }

// queries/sql/README.md: placeholders are replaced by literals, as psql -v would.
std::string withLiterals(const std::string& sql) {
  std::string text = std::regex_replace(sql, std::regex(R"(:name\b)"), "'Alice'");
  return std::regex_replace(text, std::regex(R"(:threshold\b)"), "0.5");
}

enum class Engine { SQLITE, POSTGRES };

const char* engineName(Engine engine) { return engine == Engine::SQLITE ? "SQLite" : "PostgreSQL"; }

std::string readQuestion(const Question& question, bool cypher) {
  fs::path path =
      cypher ? ROOT / "queries" / question.cypher / (std::string(question.name) + ".cypher")
             : ROOT / "queries/sql" / (std::string(question.name) + ".sql");
  return readFile(path.string());
}

void checkQuestion(PackDataset& set, Engine engine, const Question& question) {
  SCOPED_TRACE(std::string("queries/sql/") + question.name + ".sql");
  auto result = set.graph().execute(readQuestion(question, /*cypher=*/true), packParameters());
  Answer want = normalise(result);
  // An empty answer would make the comparison vacuous; every question has rows on every set.
  ASSERT_FALSE(want.empty()) << "the Cypher answer is empty";
  std::string sql = withLiterals(readQuestion(question, /*cypher=*/false));
  auto rows = engine == Engine::SQLITE ? set.sqlite(sql) : set.postgres(sql);
  Answer got = normalise(rows, columnKinds(result));
  EXPECT_EQ(compareAnswers(want, got, question.ordering), "")
      << engineName(engine) << " answers differently.\nCypher:\n"
      << show(want) << engineName(engine) << ":\n"
      << show(got);
}

// One test per data set and engine, not per question: each test is a process of its own under
// ctest, and building a data set (and a PostgreSQL cluster) costs seconds. Failures name the
// question's file.
class PackTest : public ::testing::Test {
 public:
  PackTest(PackData data, Engine engine) : data_(data), engine_(engine) {}
  void TestBody() override {
    auto& set = PackDataset::get(data_);
    for (const auto& question : QUESTIONS) checkQuestion(set, engine_, question);
  }

 private:
  PackData data_;
  Engine engine_;
};

// Data sets close after the last test, before static destruction (see releaseAll).
class ReleaseDatasets : public ::testing::Environment {
 public:
  void TearDown() override { PackDataset::releaseAll(); }
};

const bool REGISTERED = [] {
  ::testing::AddGlobalTestEnvironment(new ReleaseDatasets);
  for (PackData data : {PackData::SAMPLE, PackData::DIRTY, PackData::EDGE}) {
    for (Engine engine : {Engine::SQLITE, Engine::POSTGRES}) {
      ::testing::RegisterTest((std::string("SqlPack_") + packDataName(data)).c_str(),
                              engineName(engine), nullptr, nullptr, __FILE__, __LINE__,
                              [=]() -> ::testing::Test* { return new PackTest(data, engine); });
    }
  }
  return true;
}();

TEST(SqlPackFiles, EveryFileIsAQuestionOfTheTest) {
  std::set<std::string> files, questions;
  for (const auto& entry : fs::directory_iterator(ROOT / "queries/sql")) {
    if (entry.path().extension() == ".sql") files.insert(entry.path().stem().string());
  }
  for (const auto& question : QUESTIONS) questions.insert(question.name);
  EXPECT_EQ(files, questions);
}

// The dirty set is there for its NULLs: without them it would test nothing the sample does not.
TEST(SqlPackFiles, DirtyDataHasSessionsWithoutModuleOrInstructor) {
  auto& graph = PackDataset::get(PackData::DIRTY).graph();
  auto result = graph.execute(
      "MATCH (s:Session) RETURN sum(CASE WHEN (s)-[:BELONGS_TO]->() THEN 0 ELSE 1 END), "
      "sum(CASE WHEN (s)-[:TAUGHT_BY]->() THEN 0 ELSE 1 END)");
  ASSERT_EQ(result.rows.size(), 1u);
  EXPECT_GT(result.rows[0][0].asInt(), 0);
  EXPECT_GT(result.rows[0][1].asInt(), 0);
}

}  // namespace
}  // namespace rollcall::sqltest
