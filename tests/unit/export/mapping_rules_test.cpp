// Every rule of the generic mapping (docs/export.md) on one graph, loaded into SQLite and
// PostgreSQL and checked table by table: multi-label nodes, keyless labels, heterogeneous and
// missing properties, lists, a many-to-one type as a foreign-key column, many-to-many types as
// join tables (with properties, duplicate pairs, ends that share no label), unlabelled nodes and
// names that need quoting.
#include "tests/unit/export/export_test_util.h"

namespace rollcall::sqltest {
namespace {

class MappingRulesTest : public ExportTest {
 protected:
  void SetUp() override {
    ExportTest::SetUp();
    for (const char* statement : {
             "CREATE CONSTRAINT person_name FOR (p:Person) REQUIRE p.name IS UNIQUE",
             "CREATE CONSTRAINT dept_code FOR (d:Dept) REQUIRE d.code IS UNIQUE",
             "CREATE CONSTRAINT item_from FOR (i:`Order Item`) REQUIRE i.`from` IS UNIQUE",
             "CREATE (:Person:Employee {name: 'Ann', age: 31, nicknames: ['annie', 'a\"n'], "
             "active: true, joined: date('2020-02-29'), score: 0.5})",
             "CREATE (:Person {name: 'Bob', age: 'unknown'})",
             "CREATE (:Person:Employee {name: 'Cy'})",
             "CREATE (:Dept {code: 'R&D', `select`: 1}), (:Dept {code: 'Ops'})",
             "CREATE (:Tag {label: 'x'}), (:Tag {label: 'y', `na\"me`: 'quoted'})",
             "CREATE ({note: 'no label'})",
             "CREATE (:`Order Item` {`from`: 1, `full name`: 'first item'})",
             "MATCH (e:Employee {name: 'Ann'}), (d:Dept {code: 'R&D'}) CREATE (e)-[:WORKS_IN]->(d)",
             "MATCH (e:Employee {name: 'Cy'}), (d:Dept {code: 'Ops'}) CREATE (e)-[:WORKS_IN]->(d)",
             "MATCH (p:Person {name: 'Ann'}), (t:Tag {label: 'x'}) "
             "CREATE (p)-[:LIKES {since: 2020}]->(t), (p)-[:LIKES {since: 2021}]->(t)",
             "MATCH (p:Person {name: 'Bob'}), (t:Tag {label: 'y'}) CREATE (p)-[:LIKES]->(t)",
             "MATCH (p:Person {name: 'Bob'}), (t:Tag {label: 'x'}) CREATE (p)-[:MET]->(t)",
             "MATCH (d:Dept {code: 'Ops'}), (t:Tag {label: 'y'}) CREATE (d)-[:MET]->(t)"}) {
      cypher(statement);
    }
  }
  std::string id(const std::string& match) { return scalar("MATCH " + match + " RETURN id(n)"); }
};

const char* const PG_COLUMNS =
    "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
    "WHERE table_schema = 'public' ORDER BY table_name, ordinal_position";
const char* const PG_CONSTRAINTS =
    "SELECT c.relname, pg_get_constraintdef(con.oid) FROM pg_constraint con "
    "JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE n.nspname = 'public' ORDER BY 1, 2";

TEST_F(MappingRulesTest, PostgresTablesColumnsAndTypes) {
  std::string db = loadPostgres();
  SqlRows expected = {
      {"depts", "code", "text", "NO"},          {"depts", "node_id", "bigint", "NO"},
      {"depts", "select", "bigint", "YES"},     {"employees", "node_id", "bigint", "NO"},
      {"employees", "name", "text", "YES"},     {"employees", "active", "boolean", "YES"},
      {"employees", "age", "bigint", "YES"},    {"employees", "joined", "date", "YES"},
      {"employees", "nicknames", "ARRAY", "YES"}, {"employees", "score", "double precision", "YES"},
      {"likes", "name", "text", "NO"},          {"likes", "tag_id", "bigint", "NO"},
      {"likes", "since", "bigint", "YES"},      {"met", "start_node_id", "bigint", "NO"},
      {"met", "tag_id", "bigint", "NO"},        {"nodes", "node_id", "bigint", "NO"},
      {"nodes", "note", "text", "YES"},         {"order_items", "from", "bigint", "NO"},
      {"order_items", "full name", "text", "YES"}, {"persons", "name", "text", "NO"},
      {"persons", "node_id", "bigint", "NO"},   {"persons", "active", "boolean", "YES"},
      {"persons", "age", "text", "YES"},        {"persons", "joined", "date", "YES"},
      {"persons", "nicknames", "ARRAY", "YES"}, {"persons", "score", "double precision", "YES"},
      {"persons", "code", "text", "YES"},       {"tags", "node_id", "bigint", "NO"},
      {"tags", "label", "text", "YES"},         {"tags", "na\"me", "text", "YES"}};
  EXPECT_EQ(PgCluster::shared().query(db, PG_COLUMNS), expected);
}

TEST_F(MappingRulesTest, PostgresKeysAndForeignKeys) {
  std::string db = loadPostgres();
  SqlRows expected = {
      {"depts", "PRIMARY KEY (code)"},
      {"depts", "UNIQUE (node_id)"},
      {"employees", "PRIMARY KEY (node_id)"},
      {"likes", "FOREIGN KEY (name) REFERENCES persons(name) DEFERRABLE"},
      {"likes", "FOREIGN KEY (tag_id) REFERENCES tags(node_id) DEFERRABLE"},
      {"met", "FOREIGN KEY (tag_id) REFERENCES tags(node_id) DEFERRABLE"},
      {"met", "PRIMARY KEY (start_node_id, tag_id)"},
      {"nodes", "PRIMARY KEY (node_id)"},
      {"order_items", "PRIMARY KEY (\"from\")"},
      {"persons", "FOREIGN KEY (code) REFERENCES depts(code) DEFERRABLE"},
      {"persons", "PRIMARY KEY (name)"},
      {"persons", "UNIQUE (node_id)"},
      {"tags", "PRIMARY KEY (node_id)"}};
  EXPECT_EQ(PgCluster::shared().query(db, PG_CONSTRAINTS), expected);
}

TEST_F(MappingRulesTest, PostgresRows) {
  std::string db = loadPostgres();
  PgCluster& pg = PgCluster::shared();
  std::string ann = id("(n:Person {name: 'Ann'})"), bob = id("(n:Person {name: 'Bob'})");
  std::string cy = id("(n:Person {name: 'Cy'})"), ops = id("(n:Dept {code: 'Ops'})");
  std::string x = id("(n:Tag {label: 'x'})"), y = id("(n:Tag {label: 'y'})");
  EXPECT_EQ(pg.query(db, "SELECT * FROM persons ORDER BY name"),
            (SqlRows{{"Ann", ann, "t", "31", "2020-02-29", "{annie,\"a\\\"n\"}", "0.5", "R&D"},
                     {"Bob", bob, NUL, "unknown", NUL, NUL, NUL, NUL},
                     {"Cy", cy, NUL, NUL, NUL, NUL, NUL, "Ops"}}));
  EXPECT_EQ(pg.query(db, "SELECT nicknames[2] FROM persons WHERE name = 'Ann'"),
            (SqlRows{{"a\"n"}}));
  EXPECT_EQ(pg.query(db, "SELECT node_id, name FROM employees ORDER BY name"),
            (SqlRows{{ann, "Ann"}, {cy, "Cy"}}));
  EXPECT_EQ(pg.query(db, "SELECT code, \"select\" FROM depts ORDER BY code"),
            (SqlRows{{"Ops", NUL}, {"R&D", "1"}}));
  EXPECT_EQ(pg.query(db, "SELECT * FROM likes ORDER BY name, since"),
            (SqlRows{{"Ann", x, "2020"}, {"Ann", x, "2021"}, {"Bob", y, NUL}}));
  EXPECT_EQ(pg.query(db, "SELECT * FROM met ORDER BY start_node_id"),
            (SqlRows{{bob, x}, {ops, y}}));
  EXPECT_EQ(pg.query(db, "SELECT label, \"na\"\"me\" FROM tags ORDER BY label"),
            (SqlRows{{"x", NUL}, {"y", "quoted"}}));
  EXPECT_EQ(pg.query(db, "SELECT note FROM nodes"), (SqlRows{{"no label"}}));
  EXPECT_EQ(pg.query(db, "SELECT * FROM order_items"), (SqlRows{{"1", "first item"}}));
}

TEST_F(MappingRulesTest, SqliteSchema) {
  auto sqlite = loadSqlite();
  SqlRows columns = sqlite->query(
      "SELECT m.name, p.name, p.type, p.\"notnull\", p.pk FROM sqlite_master m, "
      "pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name = 'met' OR "
      "m.type = 'table' AND m.name = 'persons' ORDER BY m.name, p.cid");
  EXPECT_EQ(columns, (SqlRows{{"met", "start_node_id", "INTEGER", "1", "1"},
                              {"met", "tag_id", "INTEGER", "1", "2"},
                              {"persons", "name", "TEXT", "1", "1"},
                              {"persons", "node_id", "INTEGER", "1", "0"},
                              {"persons", "active", "BOOLEAN", "0", "0"},
                              {"persons", "age", "TEXT", "0", "0"},
                              {"persons", "joined", "DATE", "0", "0"},
                              {"persons", "nicknames", "TEXT", "0", "0"},
                              {"persons", "score", "REAL", "0", "0"},
                              {"persons", "code", "TEXT", "0", "0"}}));
  SqlRows foreignKeys = sqlite->query(
      "SELECT m.name, f.\"from\", f.\"table\", f.\"to\" FROM sqlite_master m, "
      "pragma_foreign_key_list(m.name) f WHERE m.type = 'table' ORDER BY 1, 2");
  EXPECT_EQ(foreignKeys, (SqlRows{{"likes", "name", "persons", "name"},
                                  {"likes", "tag_id", "tags", "node_id"},
                                  {"met", "tag_id", "tags", "node_id"},
                                  {"persons", "code", "depts", "code"}}));
  EXPECT_EQ(sqlite->query("PRAGMA foreign_key_check"), SqlRows{});
}

TEST_F(MappingRulesTest, SqliteRows) {
  auto sqlite = loadSqlite();
  std::string ann = id("(n:Person {name: 'Ann'})"), x = id("(n:Tag {label: 'x'})");
  EXPECT_EQ(sqlite->query("SELECT * FROM persons WHERE name = 'Ann'"),
            (SqlRows{{"Ann", ann, "1", "31", "2020-02-29", "[\"annie\",\"a\\\"n\"]", "0.5", "R&D"}}));
  EXPECT_EQ(sqlite->query("SELECT json_extract(nicknames, '$[1]') FROM persons WHERE name = 'Ann'"),
            (SqlRows{{"a\"n"}}));
  EXPECT_EQ(sqlite->query("SELECT age, typeof(age) FROM persons ORDER BY name"),
            (SqlRows{{"31", "text"}, {"unknown", "text"}, {NUL, "null"}}));
  EXPECT_EQ(sqlite->query("SELECT * FROM likes ORDER BY name, since"),
            (SqlRows{{"Ann", x, "2020"}, {"Ann", x, "2021"}, {"Bob", id("(n:Tag {label: 'y'})"), NUL}}));
  EXPECT_EQ(sqlite->query("SELECT count(*) FROM met"), (SqlRows{{"2"}}));
}

TEST_F(MappingRulesTest, NotesSayWhatWasWrittenDifferently) {
  loaders::SqlExportSummary summary;
  exportScript(loaders::SqlDialect::POSTGRES, loaders::SqlShape::GENERIC, &summary);
  EXPECT_EQ(summary.tables, 8u);
  EXPECT_EQ(summary.rows, 16u);
  EXPECT_EQ(summary.notes,
            (std::vector<std::string>{
                "start nodes of :MET share no label: that end is written as node ids "
                "(node_id columns)",
                "persons.age: values of types INTEGER, STRING, written as text"}));
}

// Deterministic: the same database, closed and opened again, exports the same bytes.
TEST_F(MappingRulesTest, SameGraphSameBytes) {
  std::string postgres = exportScript(loaders::SqlDialect::POSTGRES);
  std::string sqlite = exportScript(loaders::SqlDialect::SQLITE);
  db_.reset();
  db_ = std::make_unique<Database>((dir_ / "db").string());
  EXPECT_EQ(exportScript(loaders::SqlDialect::POSTGRES), postgres);
  EXPECT_EQ(exportScript(loaders::SqlDialect::SQLITE), sqlite);
  EXPECT_NE(postgres, sqlite);
}

}  // namespace
}  // namespace rollcall::sqltest
