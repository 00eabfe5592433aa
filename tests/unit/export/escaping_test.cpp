// Values and names that break naive SQL writers, exported to both dialects, loaded into SQLite
// and PostgreSQL, and read back equal: quotes, backslashes, the COPY end marker, newlines, tabs,
// carriage returns, unicode, SQL injection, the text NULL, extreme numbers; names with spaces and
// quotes. A NUL character, which neither database's text holds, fails the export by name.
#include "engine/common/error.h"
#include "tests/unit/export/export_test_util.h"

namespace rollcall::sqltest {
namespace {

const std::vector<std::string> AWKWARD = {
    "O'Brien",
    "back\\slash",
    "\\.",
    "\\N",
    "line\nbreak",
    "tab\there",
    "carriage\rreturn",
    "Zoë Ünal — 学生 🎓",
    "Robert'); DROP TABLE students;--",
    "NULL",
    "",
    "\"double\" quotes",
    "trailing space ",
    "{braces,commas}",
};

class EscapingTest : public ExportTest {
 protected:
  void SetUp() override {
    ExportTest::SetUp();
    cypher("CREATE CONSTRAINT s_id FOR (s:`Stu\"dent`) REQUIRE s.id IS UNIQUE");
    Parameters params;
    for (size_t i = 0; i < AWKWARD.size(); ++i) {
      params["id"] = Value(int64_t(i));
      params["text"] = Value(AWKWARD[i]);
      db_->execute("CREATE (:`Stu\"dent` {id: $id, `full \"name\"`: $text, tags: [$text, 'x']})",
                   params);
    }
    cypher("CREATE (:Number {n: 1, big: 9223372036854775807, small: -9223372036854775808, "
           "f: 0.1, third: 1.0 / 3, huge: 1.0e300, tiny: 5.0e-324, neg: -2.5})");
  }

  SqlRows expectedTexts() const {
    SqlRows rows;
    for (size_t i = 0; i < AWKWARD.size(); ++i) rows.push_back({std::to_string(i), AWKWARD[i]});
    return rows;
  }
};

const char* const TEXTS = "SELECT id, \"full \"\"name\"\"\" FROM stu_dents ORDER BY id";

TEST_F(EscapingTest, TextsReadBackEqualInSqlite) {
  EXPECT_EQ(loadSqlite()->query(TEXTS), expectedTexts());
}

TEST_F(EscapingTest, TextsReadBackEqualInPostgres) {
  std::string db = loadPostgres();
  EXPECT_EQ(PgCluster::shared().query(db, TEXTS), expectedTexts());
}

TEST_F(EscapingTest, ListElementsReadBackEqual) {
  auto sqlite = loadSqlite();
  std::string db = loadPostgres();
  SqlRows expected;
  for (const std::string& text : AWKWARD) expected.push_back({text, "x"});
  EXPECT_EQ(sqlite->query("SELECT json_extract(tags, '$[0]'), json_extract(tags, '$[1]') "
                          "FROM stu_dents ORDER BY id"),
            expected);
  EXPECT_EQ(PgCluster::shared().query(db, "SELECT tags[1], tags[2] FROM stu_dents ORDER BY id"),
            expected);
}

TEST_F(EscapingTest, NumbersReadBackEqual) {
  const char* query = "SELECT big, small, f, third, huge, tiny, neg FROM numbers";
  std::string db = loadPostgres();
  EXPECT_EQ(PgCluster::shared().query(db, query),
            (SqlRows{{"9223372036854775807", "-9223372036854775808", "0.1", "0.3333333333333333",
                      "1e+300", "5e-324", "-2.5"}}));
  // SQLite prints reals with 15 significant digits; compare the stored doubles exactly instead.
  EXPECT_EQ(loadSqlite()->query("SELECT big, small, f = 0.1, third = 1.0 / 3, huge = 1.0e300, "
                                "tiny = 5.0e-324, neg FROM numbers"),
            (SqlRows{{"9223372036854775807", "-9223372036854775808", "1", "1", "1", "1", "-2.5"}}));
}

// SQLite compares names without case and PostgreSQL keeps only 63 bytes of one: property keys
// that differ only in case, or only after 63 bytes, still get columns of their own.
TEST_F(EscapingTest, NamesEqualToSqlStayApart) {
  std::string longName(70, 'k');
  cypher("CREATE (:Case {Name: 'upper', name: 'lower', `" + longName + "a`: 1, `" + longName +
         "b`: 2})");
  std::string first(63, 'k'), second = std::string(61, 'k') + "_2";
  std::string query = "SELECT \"Name\", \"name_2\", \"" + first + "\", \"" + second + "\" FROM cases";
  SqlRows expected = {{"upper", "lower", "1", "2"}};
  EXPECT_EQ(loadSqlite()->query(query), expected);
  std::string db = loadPostgres();
  EXPECT_EQ(PgCluster::shared().query(db, query), expected);
  EXPECT_EQ(PgCluster::shared().query(
                db, "SELECT column_name FROM information_schema.columns WHERE table_name = "
                    "'cases' ORDER BY ordinal_position"),
            (SqlRows{{"node_id"}, {"Name"}, {first}, {second}, {"name_2"}}));
}

TEST_F(EscapingTest, NulCharacterFailsTheExportByName) {
  cypher("CREATE (:`Stu\"dent` {id: 99, `full \"name\"`: 'a\\u0000b'})");
  try {
    exportScript(loaders::SqlDialect::POSTGRES);
    FAIL() << "exported a NUL character";
  } catch (const CypherError& e) {
    EXPECT_EQ(e.errorClass(), ErrorClass::EXPORT_ERROR);
    EXPECT_EQ(e.detail(), "NulCharacter");
  }
}

}  // namespace
}  // namespace rollcall::sqltest
