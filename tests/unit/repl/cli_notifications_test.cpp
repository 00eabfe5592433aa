// Warnings for names the database has never seen: on stderr with the position and the nearest
// known name, in the JSON line as "notifications", hidden by --no-warnings; the statement runs.
#include <nlohmann/json.hpp>

#include "tests/unit/repl/cli_runner.h"

namespace rollcall::repl::testing {
namespace {

size_t occurrences(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

class CliNotificationsTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    ASSERT_EQ(run("query --db '" + db() +
                  "' \"CREATE (:Student {name: 'Ann'})-[:ATTENDED]->(:Session)\"")
                  .status,
              0);
  }
};

TEST_F(CliNotificationsTest, TypoInALabelWarnsWithThePositionAndTheNearestName) {
  CliOutput r = run("query --db '" + db() + "' 'MATCH (s:Studnt) RETURN count(*) AS n'");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "+---+\n| n |\n+---+\n| 0 |\n+---+\n1 row\n");
  EXPECT_EQ(r.err,
            "Warning: label 'Studnt' does not exist (did you mean 'Student'?)\n"
            "line 1, column 10\n"
            "  MATCH (s:Studnt) RETURN count(*) AS n\n"
            "           ^\n");
}

TEST_F(CliNotificationsTest, EachUnknownNameWarnsOnce) {
  CliOutput r = run("query --db '" + db() +
                    "' 'MATCH (s:Student)-[:ATENDED]->(x) WHERE s.nme = 1 RETURN s.nme, x.zzz'");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.err.find("Warning: relationship type 'ATENDED' does not exist (did you mean "
                       "'ATTENDED'?)\nline 1, column 21\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("Warning: property key 'nme' does not exist (did you mean 'name'?)\n"
                       "line 1, column 43\n"),
            std::string::npos)
      << r.err;
  // Far from every known key: no suggestion.
  EXPECT_NE(r.err.find("Warning: property key 'zzz' does not exist\n"), std::string::npos)
      << r.err;
  EXPECT_EQ(occurrences(r.err, "Warning: property key 'nme'"), 1u) << r.err;
  EXPECT_EQ(occurrences(r.err, "Warning: "), 3u) << r.err;
}

TEST_F(CliNotificationsTest, JsonLineCarriesNotificationsAndNoWarningsSilencesStderr) {
  CliOutput r = run("query --db '" + db() +
                    "' --format json --no-warnings 'MATCH (s:Studnt) RETURN count(*) AS n'");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err, "");
  auto line = nlohmann::json::parse(r.out);
  ASSERT_EQ(line["notifications"].size(), 1u) << r.out;
  EXPECT_EQ(line["notifications"][0]["code"],
            "Neo.ClientNotification.Statement.UnknownLabelWarning");
  EXPECT_EQ(line["notifications"][0]["message"],
            "label 'Studnt' does not exist (did you mean 'Student'?)");
  EXPECT_EQ(line["notifications"][0]["offset"], 9);
}

TEST_F(CliNotificationsTest, KnownNamesAndWritesDoNotWarn) {
  CliOutput read = run("query --db '" + db() + "' 'MATCH (s:Student)-[:ATTENDED]->(x) RETURN s.name'");
  EXPECT_EQ(read.status, 0);
  EXPECT_EQ(read.err, "");
  // A statement that writes creates the names it uses.
  CliOutput write = run("query --db '" + db() + "' 'MATCH (t:Teacher) SET t.room = 1'");
  EXPECT_EQ(write.status, 0);
  EXPECT_EQ(write.err, "");
}

}  // namespace
}  // namespace rollcall::repl::testing
