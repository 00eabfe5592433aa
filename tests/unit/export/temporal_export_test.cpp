// Times, date-times and durations exported as SQL's own types: loaded into PostgreSQL they are
// TIME, TIME WITH TIME ZONE, TIMESTAMP, TIMESTAMP WITH TIME ZONE and INTERVAL columns holding
// the same moments (a zoned date-time keeps its instant), and into SQLite ISO 8601 text that
// its date and time functions read. A column mixing kinds stays text, each value in full (a
// date-time with its zone's name).
#include "tests/unit/export/export_test_util.h"

namespace rollcall::sqltest {
namespace {

class TemporalExportTest : public ExportTest {
 protected:
  void SetUp() override {
    ExportTest::SetUp();
    cypher(
        "CREATE (:CheckIn {id: 1, at: localtime('09:05:30.25'), "
        "at_zone: time('09:05:30+01:00'), on_day: localdatetime('2024-03-31T02:30:00'), "
        "moment: datetime('2024-03-31T03:30:00[Europe/Paris]'), "
        "stay: duration('P1M2DT3H4M5.5S'), mixed: date('2024-01-08')})");
    cypher(
        "CREATE (:CheckIn {id: 2, at: localtime('23:59:59'), at_zone: time('00:00:00Z'), "
        "on_day: localdatetime('1999-12-31T23:59:59.999999'), "
        "moment: datetime('2024-01-08T09:00:00-05:00'), stay: duration('PT-90M'), "
        "mixed: localdatetime('2024-01-08T09:00:00')})");
  }
};

TEST_F(TemporalExportTest, PostgresColumnsHaveTimeTypesAndTheSameValues) {
  std::string db = loadPostgres();
  PgCluster& pg = PgCluster::shared();
  EXPECT_EQ(pg.query(db,
                     "SELECT column_name, data_type FROM information_schema.columns "
                     "WHERE table_name = 'check_ins' AND column_name <> 'node_id' "
                     "ORDER BY ordinal_position"),
            (SqlRows{{"at", "time without time zone"},
                     {"at_zone", "time with time zone"},
                     {"id", "bigint"},
                     {"mixed", "text"},
                     {"moment", "timestamp with time zone"},
                     {"on_day", "timestamp without time zone"},
                     {"stay", "interval"}}));
  EXPECT_EQ(pg.query(db,
                     "SELECT at::text, at_zone::text, on_day::text, "
                     "to_char(moment AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'), "
                     "stay::text, mixed FROM check_ins ORDER BY id"),
            (SqlRows{{"09:05:30.25", "09:05:30+01", "2024-03-31 02:30:00", "2024-03-31 01:30:00",
                      "1 mon 2 days 03:04:05.5", "2024-01-08"},
                     {"23:59:59", "00:00:00+00", "1999-12-31 23:59:59.999999",
                      "2024-01-08 14:00:00", "-01:30:00", "2024-01-08T09:00"}}));
}

TEST_F(TemporalExportTest, SqliteHoldsIsoTextItsFunctionsRead) {
  auto sqlite = loadSqlite();
  EXPECT_EQ(
      sqlite->query("SELECT at, at_zone, on_day, moment, datetime(moment), stay, mixed "
                    "FROM check_ins ORDER BY id"),
      (SqlRows{{"09:05:30.250", "09:05:30+01:00", "2024-03-31T02:30", "2024-03-31T03:30+02:00",
                "2024-03-31 01:30:00", "P1M2DT3H4M5.5S", "2024-01-08"},
               {"23:59:59", "00:00Z", "1999-12-31T23:59:59.999999", "2024-01-08T09:00-05:00",
                "2024-01-08 14:00:00", "PT-1H-30M", "2024-01-08T09:00"}}));
  // The shortened forms (no seconds when zero) are ones SQLite's functions read.
  EXPECT_EQ(sqlite->query("SELECT time(at_zone), datetime(on_day) FROM check_ins ORDER BY id"),
            (SqlRows{{"08:05:30", "2024-03-31 02:30:00"}, {"00:00:00", "1999-12-31 23:59:59"}}));
}

}  // namespace
}  // namespace rollcall::sqltest
