// `rollcall report` on the sample: its figures and tables equal the answers of the query pack and
// of Cypher written here, its filters restrict them as the same filter in Cypher does, bad
// options fail clearly, and names from the database are escaped.
#include <gtest/gtest.h>

#include "storage/common/temporal/temporal_text.h"
#include "tests/unit/repl/report_fixture.h"

namespace rollcall::repl::testing {
namespace {

class CliReport : public ReportTest {
 protected:
  void SetUp() override {
    ReportTest::SetUp();
    loadSample();
  }
};

TEST_F(CliReport, HeadlineFiguresEqualThePacksAnswers) {
  std::string html = report();
  EXPECT_EQ(figure(html, "students"), scalar("MATCH (s:Student) RETURN count(s)"));
  EXPECT_EQ(figure(html, "sessions"), scalar("MATCH (s:Session) RETURN count(s)"));
  EXPECT_EQ(figure(html, "modules"), scalar("MATCH (m:Module) RETURN count(m)"));
  EXPECT_EQ(figure(html, "instructors"), scalar("MATCH (i:Instructor) RETURN count(i)"));
  EXPECT_EQ(figure(html, "attendance"),
            scalar("MATCH (:Student)-[a:ATTENDED]->(:Session) RETURN count(a)"));
  size_t never = query(queryFile("queries/attendance/05_never_attended.cypher")).rows.size();
  EXPECT_EQ(figure(html, "never_attended"), std::to_string(never));
  // The sample as the data README counts it: 12 students, 8 sessions, 32 attendance rows.
  EXPECT_EQ(figure(html, "students"), "12");
  EXPECT_EQ(figure(html, "attendance"), "32");
  EXPECT_DOUBLE_EQ(std::stod(figure(html, "attendance_rate")), 32.0 / (12 * 8));
}

TEST_F(CliReport, TablesEqualThePacksAnswers) {
  std::string html = report();
  auto top = tableRows(html, "top-students");
  auto pack = textRows(query(queryFile("queries/attendance/02_top_students.cypher")));
  ASSERT_EQ(top.size(), 10u);
  EXPECT_EQ(std::vector(top.begin(), top.begin() + 3), pack);
  auto risk = query(queryFile("queries/attendance/10_students_at_risk.cypher"),
                    {{"threshold", Value(0.5)}});
  ASSERT_FALSE(risk.rows.empty());
  EXPECT_EQ(tableRows(html, "students-at-risk"), textRows(risk));
  auto lowest = tableRows(html, "lowest-sessions");
  auto perSession = textRows(
      query("MATCH (s:Session) OPTIONAL MATCH (s)<-[:ATTENDED]-(st) WITH s, count(st) AS n "
            "RETURN toString(s.session_id), toString(n) ORDER BY n, s.date, s.session_id"));
  ASSERT_EQ(lowest.size(), perSession.size());
  for (size_t i = 0; i < lowest.size(); ++i) {
    EXPECT_EQ(lowest[i].front(), perSession[i][0]);
    EXPECT_EQ(lowest[i].back(), perSession[i][1]);
  }
}

TEST_F(CliReport, ThresholdChoosesTheStudentsAtRisk) {
  for (double threshold : {0.3, 0.8}) {
    std::string html = report("--threshold " + std::to_string(threshold));
    auto risk = query(queryFile("queries/attendance/10_students_at_risk.cypher"),
                      {{"threshold", Value(threshold)}});
    EXPECT_EQ(tableRows(html, "students-at-risk"), textRows(risk)) << threshold;
  }
}

// Databases sessions from 2024-01-15 on: 102 and 108 (101 is before, `xyz` never loaded).
TEST_F(CliReport, FiltersRestrictEveryFigureAsCypherDoes) {
  std::string all = report();
  std::string html = report("--from 2024-01-15 --to 2024-03-31 --module Databases");
  const std::string inScope =
      "MATCH (sess:Session)-[:BELONGS_TO]->(:Module {module: 'Databases'}) "
      "WHERE sess.date >= date('2024-01-15') AND sess.date <= date('2024-03-31') ";
  EXPECT_EQ(figure(html, "sessions"), scalar(inScope + "RETURN count(sess)"));
  EXPECT_EQ(figure(html, "sessions"), "2");
  EXPECT_EQ(figure(html, "modules"), "1");
  EXPECT_EQ(figure(html, "instructors"), scalar(inScope + "MATCH (sess)-[:TAUGHT_BY]->(i) "
                                                          "RETURN count(DISTINCT i)"));
  std::string attendance = scalar(inScope + "MATCH (sess)<-[a:ATTENDED]-() RETURN count(a)");
  EXPECT_EQ(figure(html, "attendance"), attendance);
  EXPECT_NE(figure(html, "attendance"), figure(all, "attendance"));
  EXPECT_EQ(figure(html, "students"), figure(all, "students"));
  EXPECT_EQ(figure(html, "never_attended"),
            scalar("MATCH (s:Student) WHERE NOT EXISTS { " + inScope +
                   "AND (s)-[:ATTENDED]->(sess) } RETURN count(s)"));
  auto top = textRows(query(inScope + "MATCH (sess)<-[:ATTENDED]-(s:Student) "
                                      "WITH s, count(sess) AS n RETURN s.student_id, s.name, n "
                                      "ORDER BY n DESC, s.name, s.student_id LIMIT 10"));
  EXPECT_EQ(tableRows(html, "top-students"), top);
  EXPECT_EQ(tableRows(html, "lowest-sessions").size(), 2u);
}

// Each figure and table is the answer of the query file the page shows beneath it.
TEST_F(CliReport, FiguresEqualTheirShownQueriesUnderAFilter) {
  std::string html = report("--from 2024-02-01 --module 'Graph Analytics'");
  Parameters params{{"from", Value(*temporal::parseDate("2024-02-01"))},
                    {"to", Value::null()},
                    {"module", Value("Graph Analytics")},
                    {"threshold", Value(0.5)}};
  QueryResult sessions = query(queryFile("queries/report/01_headline_sessions.cypher"), params);
  QueryResult students = query(queryFile("queries/report/02_headline_students.cypher"), params);
  EXPECT_EQ(figure(html, "sessions"), toDisplayString(sessions.rows.at(0).at(0)));
  EXPECT_EQ(figure(html, "sessions"), "1");
  EXPECT_EQ(figure(html, "attendance"), toDisplayString(students.rows.at(0).at(1)));
  EXPECT_EQ(figure(html, "never_attended"), toDisplayString(students.rows.at(0).at(2)));
  EXPECT_EQ(tableRows(html, "top-students"),
            textRows(query(queryFile("queries/report/09_top_students.cypher"), params)));
  // Rerun by hand, the queries take the dates as text too.
  Parameters typed = params;
  typed["from"] = Value("2024-02-01");
  EXPECT_EQ(textRows(query(queryFile("queries/report/09_top_students.cypher"), typed)),
            textRows(query(queryFile("queries/report/09_top_students.cypher"), params)));
  EXPECT_NE(html.find("<pre data-query=\"09_top_students\">"), std::string::npos);
  EXPECT_NE(html.find("<summary>Query: queries/report/09_top_students.cypher</summary>"),
            std::string::npos);
}

TEST_F(CliReport, BadOptionsFailClearly) {
  std::string base = "report --db '" + db() + "' -o '" + path("r.html") + "' ";
  CliOutput date = run(base + "--from 2024-13-01");
  EXPECT_EQ(date.status, 2);
  EXPECT_NE(date.err.find("not a date (YYYY-MM-DD): 2024-13-01"), std::string::npos) << date.err;
  CliOutput order = run(base + "--from 2024-03-01 --to 2024-01-01");
  EXPECT_EQ(order.status, 2);
  EXPECT_EQ(order.err, "error: --from 2024-03-01 is after --to 2024-01-01\n");
  CliOutput module = run(base + "--module Databses");
  EXPECT_EQ(module.status, 1);
  EXPECT_EQ(module.err,
            "error: no module named 'Databses' in the database; modules: "
            "Databases, Graph Analytics, Python ETL\n");
  CliOutput missing = run("report --db '" + path("nowhere") + "'");
  EXPECT_EQ(missing.status, 2);
  EXPECT_FALSE(std::filesystem::exists(path("r.html")));
  EXPECT_FALSE(std::filesystem::exists(path("nowhere")));
}

using CliReportEscaping = ReportTest;

TEST_F(CliReportEscaping, NamesFromTheDatabaseAreEscaped) {
  writeWhole(path("tricky.cypher"),
             "CREATE (st:Student {student_id: 1, name: '<b>&\"x\\''})"
             "-[:ATTENDED]->(s:Session {session_id: 1, date: date('2024-01-08')})"
             "-[:BELONGS_TO]->(:Module {module: '<i>M&M</i>'}), "
             "(s)-[:TAUGHT_BY]->(:Instructor {instructor: 'O\\'Neil \"<script>\"'});\n");
  ASSERT_EQ(run("run --db '" + db() + "' '" + path("tricky.cypher") + "'").status, 0);
  std::string html = report();
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_EQ(html.find("<i>M"), std::string::npos);
  EXPECT_EQ(html.find("<script>\""), std::string::npos);
  EXPECT_NE(html.find("&lt;b&gt;&amp;&quot;x&#39;"), std::string::npos);
  EXPECT_EQ(tableRows(html, "top-students"),
            (std::vector<std::vector<std::string>>{{"1", "<b>&\"x'", "1"}}));
  EXPECT_NE(html.find("&lt;i&gt;M&amp;M&lt;/i&gt;"), std::string::npos);
  EXPECT_NE(html.find("O&#39;Neil &quot;&lt;script&gt;&quot;"), std::string::npos);
}

}  // namespace
}  // namespace rollcall::repl::testing
