#include "engine/main/statement_splitter.h"

#include <gtest/gtest.h>

namespace rollcall {
namespace {

std::vector<std::string> texts(const std::vector<ScriptStatement>& statements) {
  std::vector<std::string> out;
  for (const ScriptStatement& s : statements) out.push_back(s.text);
  return out;
}

std::vector<uint32_t> lines(const std::vector<ScriptStatement>& statements) {
  std::vector<uint32_t> out;
  for (const ScriptStatement& s : statements) out.push_back(s.line);
  return out;
}

TEST(StatementSplitter, SplitsAtSemicolonsAndTrims) {
  auto statements = splitStatements("  RETURN 1;\nRETURN 2 ;  RETURN 3");
  EXPECT_EQ(texts(statements), (std::vector<std::string>{"RETURN 1", "RETURN 2", "RETURN 3"}));
}

TEST(StatementSplitter, SemicolonsInsideStringsAndNamesDoNotSplit) {
  auto statements = splitStatements("RETURN 'a;b' AS `x;y`; RETURN \"c;d\";");
  EXPECT_EQ(texts(statements),
            (std::vector<std::string>{"RETURN 'a;b' AS `x;y`", "RETURN \"c;d\""}));
}

TEST(StatementSplitter, EscapedQuotesStayInsideTheString) {
  auto statements =
      splitStatements(R"(RETURN 'it\'s;' AS a; RETURN "say \";\"" AS b; RETURN 'x\\';)");
  EXPECT_EQ(texts(statements),
            (std::vector<std::string>{R"(RETURN 'it\'s;' AS a)", R"(RETURN "say \";\"" AS b)",
                                      R"(RETURN 'x\\')"}));
}

TEST(StatementSplitter, DoubledBacktickInName) {
  auto statements = splitStatements("RETURN 1 AS `a``;b`; RETURN 2");
  EXPECT_EQ(texts(statements), (std::vector<std::string>{"RETURN 1 AS `a``;b`", "RETURN 2"}));
}

TEST(StatementSplitter, SemicolonsInsideCommentsDoNotSplit) {
  auto statements = splitStatements(
      "// first; still a comment\nRETURN 1 /* inline; comment */ + 1;\n/* a;\n b; */ RETURN 2;");
  EXPECT_EQ(texts(statements),
            (std::vector<std::string>{"RETURN 1 /* inline; comment */ + 1", "RETURN 2"}));
}

TEST(StatementSplitter, QuotesInsideCommentsAreIgnored) {
  auto statements = splitStatements("// don't\nRETURN 1; /* it's */ RETURN 2;");
  EXPECT_EQ(texts(statements), (std::vector<std::string>{"RETURN 1", "RETURN 2"}));
}

TEST(StatementSplitter, TrailingCommentIsNotPartOfTheStatement) {
  auto statements = splitStatements("RETURN 1 // the answer\n");
  EXPECT_EQ(texts(statements), (std::vector<std::string>{"RETURN 1"}));
}

TEST(StatementSplitter, SlashAloneIsDivision) {
  auto statements = splitStatements("RETURN 6 / 3;RETURN 1");
  EXPECT_EQ(texts(statements), (std::vector<std::string>{"RETURN 6 / 3", "RETURN 1"}));
}

TEST(StatementSplitter, EmptyStatementsAreSkipped) {
  auto statements = splitStatements(";; \n ; // only a comment\n; /* and another */ ;\n");
  EXPECT_TRUE(statements.empty());
  EXPECT_TRUE(splitStatements("").empty());
  EXPECT_TRUE(splitStatements("  \n\t").empty());
}

TEST(StatementSplitter, LineNumbersAreWhereTheTextStarts) {
  auto statements = splitStatements(
      "RETURN 1;\n\n// comment\n  MATCH (n)\n  RETURN n;\n/* c\n */ RETURN 'a\nb'; RETURN 3");
  EXPECT_EQ(lines(statements), (std::vector<uint32_t>{1, 4, 7, 8}));
  EXPECT_EQ(statements[1].text, "MATCH (n)\n  RETURN n");
  EXPECT_EQ(statements[3].offset, std::string_view("RETURN 1;\n\n// comment\n  MATCH (n)\n  "
                                                   "RETURN n;\n/* c\n */ RETURN 'a\nb'; ")
                                      .size());
}

TEST(StatementSplitter, CrLfLineEndings) {
  auto statements = splitStatements("RETURN 1;\r\n\r\nRETURN 2;\r\n");
  EXPECT_EQ(texts(statements), (std::vector<std::string>{"RETURN 1", "RETURN 2"}));
  EXPECT_EQ(lines(statements), (std::vector<uint32_t>{1, 3}));
}

TEST(StatementSplitter, UnterminatedStringRunsToTheEnd) {
  auto statements = splitStatements("RETURN 1; RETURN 'open; RETURN 2;");
  EXPECT_EQ(texts(statements), (std::vector<std::string>{"RETURN 1", "RETURN 'open; RETURN 2;"}));
}

TEST(StatementSplitter, TerminatedLeavesTheTail) {
  SplitResult split = splitTerminated("RETURN 1; MATCH (n)\n");
  EXPECT_EQ(texts(split.complete), (std::vector<std::string>{"RETURN 1"}));
  EXPECT_EQ(split.tailOffset, 9u);
  EXPECT_TRUE(split.tailHasContent);
  EXPECT_FALSE(split.tailOpen);
  EXPECT_EQ(split.tail.text, "MATCH (n)");
}

TEST(StatementSplitter, TerminatedReportsAnOpenTail) {
  SplitResult inString = splitTerminated("RETURN 'a;\n");
  EXPECT_TRUE(inString.complete.empty());
  EXPECT_TRUE(inString.tailOpen);
  SplitResult inComment = splitTerminated("RETURN 1; /* still;\n");
  EXPECT_EQ(inComment.complete.size(), 1u);
  EXPECT_FALSE(inComment.tailHasContent);
  EXPECT_TRUE(inComment.tailOpen);
  SplitResult lineComment = splitTerminated("RETURN 1; // done");
  EXPECT_FALSE(lineComment.tailHasContent);
  EXPECT_FALSE(lineComment.tailOpen);
}

}  // namespace
}  // namespace rollcall
