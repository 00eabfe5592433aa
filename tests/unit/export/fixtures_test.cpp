// The fixtures themselves: awkward text survives a round trip through each database, and
// errors surface with the database's own message instead of passing silently.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "tests/unit/export/pg_cluster.h"
#include "tests/unit/export/sqlite_db.h"

namespace rollcall::sqltest {
namespace {

// Values that break naive quoting, COPY escaping or NULL handling.
const SqlRows AWKWARD = {
    {"1", "it's \"quoted\""},
    {"2", "back\\slash \\N"},
    {"3", "line\nbreak\r\nand tab\tthere"},
    {"4", "Zoë Ünal — 日本語 🎓"},
    {"5", "NULL"},
    {"6", ""},
    {"7", std::nullopt},
};

// Newline and tab are raw inside the literal; the carriage return goes through a function.
const char* INSERT_SCRIPT =
    "CREATE TABLE awkward(id BIGINT PRIMARY KEY, txt TEXT);\n"
    "INSERT INTO awkward VALUES (1, 'it''s \"quoted\"'), (2, 'back\\slash \\N'),\n"
    "  (3, 'line\nbreak' || char_cr() || '\nand tab\tthere'), (4, 'Zoë Ünal — 日本語 🎓'),\n"
    "  (5, 'NULL'), (6, ''), (7, NULL);\n";

// The PostgreSQL export's shape: COPY ... FROM stdin with text-format escapes.
const char* COPY_SCRIPT =
    "CREATE TABLE awkward(id BIGINT PRIMARY KEY, txt TEXT);\n"
    "COPY awkward (id, txt) FROM stdin;\n"
    "1\tit's \"quoted\"\n"
    "2\tback\\\\slash \\\\N\n"
    "3\tline\\nbreak\\r\\nand tab\\tthere\n"
    "4\tZoë Ünal — 日本語 🎓\n"
    "5\tNULL\n"
    "6\t\n"
    "7\t\\N\n"
    "\\.\n";

// The carriage return written portably: SQLite has char(), PostgreSQL chr().
std::string insertScript(const std::string& crFunction) {
  std::string script = INSERT_SCRIPT;
  script.replace(script.find("char_cr()"), 9, crFunction);
  return script;
}

// Scripts go into the cluster's folder, which its destructor removes.
std::string writeScript(PgCluster& pg, const std::string& name, const std::string& text) {
  std::string path = pg.folder() + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

TEST(SqliteDbTest, AwkwardTextRoundTrips) {
  SqliteDb db;
  db.exec(insertScript("char(13)"));
  EXPECT_EQ(db.query("SELECT id, txt FROM awkward ORDER BY id"), AWKWARD);
}

TEST(SqliteDbTest, NullIsNotTheTextNull) {
  SqliteDb db;
  auto rows = db.query("SELECT NULL, 'NULL', 42, 1.5");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0], (SqlRow{std::nullopt, "NULL", "42", "1.5"}));
}

TEST(SqliteDbTest, ScriptErrorCarriesTheMessage) {
  SqliteDb db;
  try {
    db.exec("CREATE TABLE t(x INT); INSERT INTO missing VALUES (1);");
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("no such table: missing"), std::string::npos) << e.what();
  }
  EXPECT_THROW(db.query("SELEC 1"), std::runtime_error);
}

TEST(PgClusterTest, AwkwardTextRoundTripsThroughInsert) {
  auto& pg = PgCluster::shared();
  auto db = pg.createDatabase();
  auto result = pg.loadFile(db, writeScript(pg, "insert.sql", insertScript("chr(13)")));
  ASSERT_EQ(result.exitStatus, 0) << result.errors;
  EXPECT_EQ(pg.query(db, "SELECT id, txt FROM awkward ORDER BY id"), AWKWARD);
}

TEST(PgClusterTest, AwkwardTextRoundTripsThroughCopy) {
  auto& pg = PgCluster::shared();
  auto db = pg.createDatabase();
  auto result = pg.loadFile(db, writeScript(pg, "copy.sql", COPY_SCRIPT));
  ASSERT_EQ(result.exitStatus, 0) << result.errors;
  EXPECT_EQ(pg.query(db, "SELECT id, txt FROM awkward ORDER BY id"), AWKWARD);
}

TEST(PgClusterTest, FailedScriptStopsWithPsqlsMessage) {
  auto& pg = PgCluster::shared();
  auto db = pg.createDatabase();
  auto result = pg.loadFile(db, writeScript(pg, "bad.sql",
                                            "CREATE TABLE t(x INT);\n"
                                            "INSERT INTO missing VALUES (1);\n"
                                            "CREATE TABLE after_error(x INT);\n"));
  EXPECT_EQ(result.exitStatus, 3);
  EXPECT_NE(result.errors.find("relation \"missing\" does not exist"), std::string::npos)
      << result.errors;
  EXPECT_TRUE(pg.query(db, "SELECT 1 FROM pg_tables WHERE tablename = 'after_error'").empty());
}

TEST(PgClusterTest, TypedValuesAndNullAsText) {
  auto& pg = PgCluster::shared();
  auto rows = pg.query(pg.createDatabase(),
                       "SELECT NULL, 'NULL', 42::bigint, 1.5::float8, DATE '2024-03-01', true");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0], (SqlRow{std::nullopt, "NULL", "42", "1.5", "2024-03-01", "t"}));
  EXPECT_THROW(pg.query("postgres", "SELEC 1"), std::runtime_error);
}

TEST(PgClusterTest, ServerDoesNotRunAsRoot) {
  auto& pg = PgCluster::shared();
  EXPECT_EQ(pg.query("postgres", "SELECT current_user"), (SqlRows{{"rollcall"}}));
  // PostgreSQL refuses to start as root, so as root the fixture must have dropped to nobody.
  struct stat data {};
  ASSERT_EQ(::stat((pg.folder() + "/data").c_str(), &data), 0);
  EXPECT_NE(data.st_uid, 0u);
}

}  // namespace
}  // namespace rollcall::sqltest
