// `rollcall export sql` as a user runs it: the file, the summary, the flags, and failures that
// leave no file behind.
#include <filesystem>

#include "tests/unit/export/sqlite_db.h"
#include "tests/unit/repl/cli_runner.h"

namespace rollcall::repl::testing {
namespace {

using sqltest::SqliteDb;
using sqltest::SqlRows;

class ExportCliTest : public CliTest {
 protected:
  void loadSample() {
    std::string sample = std::string(ROLLCALL_SOURCE_DIR) + "/data/sample/";
    CliOutput load = run("load attendance --db '" + db() + "' --students '" + sample +
                         "students.csv' --sessions '" + sample + "sessions.csv' --attendance '" +
                         sample + "attendance.csv'");
    ASSERT_EQ(load.status, 0) << load.err;
  }
};

TEST_F(ExportCliTest, WritesTheFileAndSaysWhatItWrote) {
  loadSample();
  CliOutput out = run("export sql --db '" + db() + "' --dialect sqlite -o '" + path("x.sql") + "'");
  ASSERT_EQ(out.status, 0) << out.err;
  EXPECT_EQ(out.out.substr(0, 30), "exported 5 tables, 58 rows in ");
  EXPECT_EQ(out.err, "");
  SqliteDb sqlite;
  sqlite.exec(readWhole(path("x.sql")));
  EXPECT_EQ(sqlite.query("SELECT count(*) FROM attendance"), (SqlRows{{"32"}}));
  EXPECT_FALSE(std::filesystem::exists(path("x.sql.partial")));
}

TEST_F(ExportCliTest, StdoutCarriesTheScriptAndStderrTheSummary) {
  loadSample();
  CliOutput out = run("export sql --db '" + db() + "' --dialect postgres");
  ASSERT_EQ(out.status, 0) << out.err;
  EXPECT_EQ(out.out.rfind("-- rollcall export for PostgreSQL", 0), 0u);
  EXPECT_EQ(out.out.substr(out.out.size() - 8), "COMMIT;\n");
  EXPECT_EQ(out.err.rfind("exported 5 tables, 58 rows in ", 0), 0u);
}

// A schema-only script and a data-only script, loaded one after the other, give the same
// tables as the whole script.
TEST_F(ExportCliTest, SchemaOnlyThenDataOnlyEqualsTheWhole) {
  loadSample();
  std::string base = "export sql --db '" + db() + "' --dialect sqlite";
  CliOutput schema = run(base + " --schema-only");
  CliOutput data = run(base + " --data-only");
  CliOutput whole = run(base);
  ASSERT_EQ(schema.status + data.status + whole.status, 0) << schema.err << data.err << whole.err;
  EXPECT_EQ(schema.out.find("INSERT INTO"), std::string::npos);
  EXPECT_EQ(data.out.find("CREATE TABLE"), std::string::npos);
  SqliteDb split, full;
  split.exec(schema.out);
  split.exec(data.out);
  full.exec(whole.out);
  const char* query = "SELECT s.name, a.session_id FROM attendance a JOIN students s "
                      "USING (student_id) ORDER BY 1, 2";
  EXPECT_EQ(split.query(query), full.query(query));
  EXPECT_EQ(full.query("SELECT count(*) FROM attendance"), (SqlRows{{"32"}}));
}

TEST_F(ExportCliTest, StarOnAGraphWithoutStudentsFailsAndLeavesNoFile) {
  ASSERT_EQ(run("query --db '" + db() + "' 'CREATE (:Person {name: \"Ann\"})'").status, 0);
  CliOutput out = run("export sql --db '" + db() + "' --dialect postgres --star -o '" +
                      path("star.sql") + "'");
  EXPECT_EQ(out.status, 1);
  EXPECT_EQ(out.err.rfind("ExportError: NotAnAttendanceGraph: --star needs the attendance graph's", 0), 0u)
      << out.err;
  EXPECT_FALSE(std::filesystem::exists(path("star.sql")));
  EXPECT_FALSE(std::filesystem::exists(path("star.sql.partial")));
}

TEST_F(ExportCliTest, UsageErrors) {
  loadSample();
  std::string base = "export sql --db '" + db() + "'";
  EXPECT_EQ(run(base + " --dialect mysql").status, 2);
  EXPECT_EQ(run(base + " --dialect sqlite --schema-only --data-only").status, 2);
  CliOutput missing = run("export sql --db '" + path("nowhere") + "' --dialect sqlite");
  EXPECT_EQ(missing.status, 2);
  EXPECT_EQ(missing.err, "error: no database at " + path("nowhere") + "\n");
  EXPECT_FALSE(std::filesystem::exists(path("nowhere")));
}

}  // namespace
}  // namespace rollcall::repl::testing
