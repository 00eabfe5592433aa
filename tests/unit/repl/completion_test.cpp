// What Tab offers in the shell, by what precedes the word being typed.
#include <gtest/gtest.h>

#include "repl/shell/line_reader.h"

namespace rollcall::repl {
namespace {

using Words = std::vector<std::string>;

const CompletionNames NAMES{{"Student", "Session", "Module"},
                            {"ATTENDED", "TAUGHT_BY"},
                            {"name", "student_id", "session_id"},
                            {"limit", "name"},
                            {"toInteger", "toString", "trim"},
                            {{"Student", {"name", "student_id"}}, {"Session", {"session_id"}}}};

// The completions of the word ending the line (words start after a break character).
Words complete(std::string_view line) {
  size_t start = line.find_last_of(" ():.[$|,") + 1;
  if (start == std::string_view::npos + 1) start = 0;
  return completionsAt(line, start, line.substr(start), NAMES);
}

TEST(Completion, LabelsAfterAColonInANode) {
  EXPECT_EQ(complete("MATCH (s:Stu"), Words({"Student"}));
  EXPECT_EQ(complete("MATCH (s:s"), Words({"Session", "Student"}));
  EXPECT_EQ(complete("MATCH (:"), Words({"Module", "Session", "Student"}));
  EXPECT_EQ(complete("MATCH (s) WHERE s:Mo"), Words({"Module"}));
}

TEST(Completion, TypesAfterAColonInARelationship) {
  EXPECT_EQ(complete("MATCH (s)-[:AT"), Words({"ATTENDED"}));
  EXPECT_EQ(complete("MATCH (s)-[r:"), Words({"ATTENDED", "TAUGHT_BY"}));
  EXPECT_EQ(complete("MATCH (s)-[:ATTENDED|TA"), Words({"TAUGHT_BY"}));
}

TEST(Completion, KeysParametersFunctionsKeywordsAndCommands) {
  EXPECT_EQ(complete("MATCH (s:Student) RETURN s.stu"), Words({"student_id"}));
  EXPECT_EQ(complete("MATCH (s) WHERE s.name = $na"), Words({"name"}));
  EXPECT_EQ(complete("RETURN toS"), Words({"toString"}));
  EXPECT_EQ(complete("MATCH (s) RET"), Words({"RETURN"}));
  EXPECT_EQ(complete("match (s) ret"), Words({"return"}));
  EXPECT_EQ(complete(":tim"), Words({"timeout", "timing"}));
  EXPECT_EQ(complete("  :sou"), Words({"source"}));
}

// After `x.`, a variable the line labels gets its label's keys; an unlabeled one, or a prefix
// none of its label's keys has, gets every key.
TEST(Completion, KeysOfTheVariablesLabel) {
  EXPECT_EQ(complete("MATCH (x:Session) RETURN x."), Words({"session_id"}));
  EXPECT_EQ(complete("MATCH (s:Student)-[:ATTENDED]->(x:Session) RETURN s."),
            Words({"name", "student_id"}));
  EXPECT_EQ(complete("MATCH (x) RETURN x.s"), Words({"session_id", "student_id"}));
  EXPECT_EQ(complete("MATCH (x:Session) RETURN x.stu"), Words({"student_id"}));
  EXPECT_EQ(complete("MATCH (xs:Student), (x:Session) RETURN x."), Words({"session_id"}));
}

// `count` is a keyword (COUNT { }) and an aggregate function: Tab offers it once.
TEST(Completion, AWordThatIsKeywordAndFunctionIsOfferedOnce) {
  CompletionNames names = NAMES;
  names.functions = {"count", "collect"};
  EXPECT_EQ(completionsAt("RETURN cou", 7, "cou", names), Words({"count"}));
  EXPECT_EQ(completionsAt("RETURN RED", 7, "RED", names), Words({"REDUCE"}));
}

}  // namespace
}  // namespace rollcall::repl
