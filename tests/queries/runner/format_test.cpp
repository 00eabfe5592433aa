// Unit tests of the .test format: parser, cell splitting, statement splitting, rendering.
#include <gtest/gtest.h>

#include "tests/queries/runner/json_params.h"
#include "tests/queries/runner/statement_split.h"
#include "tests/queries/runner/test_file_parser.h"
#include "tests/queries/runner/value_render.h"

namespace rollcall::qtest {
namespace {

TestFile parse(std::string_view text) { return parseTestFile(text, "t.test", "t"); }

TEST(QtestFormat, ParsesSetupAndCase) {
  TestFile f = parse(
      "# a comment\n"
      "setup\n"
      "CREATE (:A {s: 'x;y'});\n"
      "CREATE (:B)\n"
      "\n"
      "case two_rows\n"
      "param p = {\"k\": [1, 2.5]}\n"
      "ordered\n"
      "MATCH (a)\n"
      "RETURN a.s AS s, 1\n"
      "----\n"
      "s | 1\n"
      "'a|b' | [1, 2]\n"
      "null | {a: 1}\n");
  ASSERT_EQ(f.steps.size(), 2u);
  EXPECT_EQ(f.steps[0].kind, StepKind::SETUP);
  ASSERT_EQ(f.steps[0].statements.size(), 2u);
  EXPECT_EQ(f.steps[0].statements[0], "CREATE (:A {s: 'x;y'})");
  const Case& c = *f.steps[1].testCase;
  EXPECT_EQ(c.name, "two_rows");
  EXPECT_EQ(c.line, 6);
  EXPECT_EQ(c.query, "MATCH (a)\nRETURN a.s AS s, 1");
  EXPECT_TRUE(c.expect.ordered);
  EXPECT_EQ(c.expect.columns, (std::vector<std::string>{"s", "1"}));
  ASSERT_EQ(c.expect.rows.size(), 2u);
  EXPECT_EQ(c.expect.rows[0], (std::vector<std::string>{"'a|b'", "[1, 2]"}));
  ASSERT_EQ(c.params.size(), 1u);
  EXPECT_EQ(c.params[0].first, "p");
}

TEST(QtestFormat, ParsesErrorStatsSkipAndDirectives) {
  TestFile f = parse(
      "reset\nimport-dir data/sample\nrun-file queries/seed/a.cypher\n\n"
      "case e\nRETURN x\n----\nerror SyntaxError UndefinedVariable\nmessage `x`\n\n"
      "case s\nskip not yet\nCREATE ()\n----\nstats nodes_created=1 properties_set=0\n");
  ASSERT_EQ(f.steps.size(), 5u);
  EXPECT_EQ(f.steps[1].argument, "data/sample");
  const Case& e = *f.steps[3].testCase;
  EXPECT_EQ(*e.expect.errorClass, "SyntaxError");
  EXPECT_EQ(*e.expect.errorDetail, "UndefinedVariable");
  EXPECT_EQ(*e.expect.errorMessage, "`x`");
  const Case& s = *f.steps[4].testCase;
  EXPECT_EQ(*s.skipReason, "not yet");
  EXPECT_EQ(s.expect.stats.at("nodes_created"), 1);
  EXPECT_TRUE(s.expect.columns.empty());
}

TEST(QtestFormat, RejectsMalformedFiles) {
  EXPECT_THROW(parse("case a\nRETURN 1\n"), FormatError);                  // no ----
  EXPECT_THROW(parse("case a\nRETURN 1\n----\na | b\n1\n"), FormatError);  // cell count
  EXPECT_THROW(parse("case a\nRETURN 1\n----\n\ncase a\nRETURN 1\n----\n"), FormatError);
  EXPECT_THROW(parse("case a-b\nRETURN 1\n----\n"), FormatError);  // bad name
  EXPECT_THROW(parse("case a\nRETURN 1\n----\nstats bogus=1\n"), FormatError);
  EXPECT_THROW(parse("frobnicate\n"), FormatError);
}

TEST(QtestFormat, SplitsCellsOutsideQuotesAndBrackets) {
  EXPECT_EQ(splitCells("[x IN l | x] | 'a\\'|' | {a: 1}"),
            (std::vector<std::string>{"[x IN l | x]", "'a\\'|'", "{a: 1}"}));
}

TEST(QtestFormat, SplitsStatements) {
  auto s = splitStatements("CREATE (:A {x: ';'}); // c;\n/* ; */ MATCH (n) RETURN n;\n;");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "CREATE (:A {x: ';'})");
  EXPECT_EQ(s[1], "MATCH (n) RETURN n");
}

TEST(QtestFormat, RendersValuesCanonically) {
  EXPECT_EQ(renderValue(Value(3.0)), "3.0");
  EXPECT_EQ(renderValue(Value(0.1)), "0.1");
  EXPECT_EQ(renderValue(Value(int64_t{-7})), "-7");
  EXPECT_EQ(renderValue(Value("it's")), "'it\\'s'");
  EXPECT_EQ(renderValue(Value(ValueList{Value(1), Value::null(), Value(true)})), "[1, null, true]");
  EXPECT_EQ(renderValue(Value(ValueMap{{"b", Value(1)}, {"a", Value("x")}})), "{a: 'x', b: 1}");
  auto snap = std::make_shared<NodeSnapshot>(NodeSnapshot{{"A", "B"}, {{"k", Value(1)}}});
  EXPECT_EQ(renderValue(Value(NodeValue{1, snap})), "(:A:B {k: 1})");
}

TEST(QtestFormat, ParsesJsonParams) {
  Parameters p = parseParams({{"i", "1"}, {"f", "1.0"}, {"l", "[\"a\", null]"}});
  EXPECT_EQ(p["i"].kind(), Value::Kind::INT);
  EXPECT_EQ(p["f"].kind(), Value::Kind::FLOAT);
  EXPECT_EQ(renderValue(p["l"]), "['a', null]");
}

}  // namespace
}  // namespace rollcall::qtest
