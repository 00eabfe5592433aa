// Source ranges: byte offsets, [begin, end). Unaliased columns are named by query.substr(range).
#include "engine/parser/keywords.h"
#include "tests/unit/parser/parser_test_util.h"

namespace rollcall::testing {
namespace {

std::string_view textOf(std::string_view query, ast::SourceRange range) {
  return query.substr(range.begin, range.end - range.begin);
}

std::vector<std::string> columnTexts(std::string_view query) {
  auto statement = parseStatement(query);
  const auto& clauses = statement->query->parts.back().clauses;
  const auto& body = clauses.back()->cast<ast::ReturnClause>().body;
  std::vector<std::string> texts;
  for (const auto& item : body.items) texts.emplace_back(textOf(query, item.expr->range));
  return texts;
}

TEST(SourceRanges, UnaliasedProjectionTexts) {
  EXPECT_EQ(columnTexts("MATCH (n) RETURN count(*), n.name"),
            (std::vector<std::string>{"count(*)", "n.name"}));
  EXPECT_EQ(columnTexts("RETURN 1 + 2 * 3 ,  -5, (1+2) , 'x'"),
            (std::vector<std::string>{"1 + 2 * 3", "-5", "(1+2)", "'x'"}));
  EXPECT_EQ(columnTexts("RETURN a < b < c, x IS NOT NULL, NOT x, l[1..2], n:A, [x IN l | x]"),
            (std::vector<std::string>{"a < b < c", "x IS NOT NULL", "NOT x", "l[1..2]", "n:A",
                                      "[x IN l | x]"}));
  EXPECT_EQ(
      columnTexts("RETURN CASE WHEN a THEN 1 END, COUNT(DISTINCT st), sess.date.year"),
      (std::vector<std::string>{"CASE WHEN a THEN 1 END", "COUNT(DISTINCT st)", "sess.date.year"}));
}

TEST(SourceRanges, ReduceAndCountSubqueryTexts) {
  EXPECT_EQ(
      columnTexts("RETURN reduce(s = 0, x IN l | s + x) , COUNT { (a)-->() WHERE a.x }"),
      (std::vector<std::string>{"reduce(s = 0, x IN l | s + x)", "COUNT { (a)-->() WHERE a.x }"}));
  std::string query = "RETURN count{MATCH (a)-->(b)}";
  auto statement = parseStatement(query);
  const auto& expr = onlyClause(*statement).cast<ast::ReturnClause>().body.items[0].expr;
  EXPECT_EQ(textOf(query, expr->cast<ast::CountSubqueryExpr>().match->range), "MATCH (a)-->(b)");
}

TEST(SourceRanges, NonAsciiTextIsCountedInBytes) {
  std::string query = "RETURN 'caf\xC3\xA9' + x, \xC3\xA9t\xC3\xA9.nom";
  EXPECT_EQ(columnTexts(query),
            (std::vector<std::string>{"'caf\xC3\xA9' + x", "\xC3\xA9t\xC3\xA9.nom"}));
}

TEST(SourceRanges, ItemsClausesAndPatterns) {
  std::string query = "MATCH (s:Student)-[:ATTENDED]->(x) WHERE s.a = 1 RETURN s.name AS name";
  auto statement = parseStatement(query);
  const auto& single = statement->query->parts[0];
  EXPECT_EQ(textOf(query, single.range), query);
  EXPECT_EQ(textOf(query, statement->range), query);
  const auto& match = single.clauses[0]->cast<ast::MatchClause>();
  EXPECT_EQ(textOf(query, match.range), "MATCH (s:Student)-[:ATTENDED]->(x) WHERE s.a = 1");
  EXPECT_EQ(textOf(query, match.where->range), "s.a = 1");
  const auto& part = match.pattern[0];
  EXPECT_EQ(textOf(query, part.range), "(s:Student)-[:ATTENDED]->(x)");
  EXPECT_EQ(textOf(query, part.start.range), "(s:Student)");
  EXPECT_EQ(textOf(query, part.chain[0].first.range), "-[:ATTENDED]->");
  EXPECT_EQ(textOf(query, part.chain[0].second.range), "(x)");
  const auto& item = single.clauses[1]->cast<ast::ReturnClause>().body.items[0];
  EXPECT_EQ(textOf(query, item.range), "s.name AS name");
  EXPECT_EQ(textOf(query, item.expr->range), "s.name");
}

TEST(SourceRanges, ChainedComparisonParts) {
  std::string query = "RETURN 1 < x <= 3";
  auto statement = parseStatement(query);
  const auto& expr = onlyClause(*statement).cast<ast::ReturnClause>().body.items[0].expr;
  const auto& conj = expr->cast<ast::BinaryExpr>();
  EXPECT_EQ(textOf(query, conj.range), "1 < x <= 3");
  EXPECT_EQ(textOf(query, conj.left->range), "1 < x");
  EXPECT_EQ(textOf(query, conj.right->range), "x <= 3");
}

TEST(SourceRanges, TrailingSemicolonAndCommentsAreOutside) {
  std::string query = "  RETURN n.x ; // done";
  auto statement = parseStatement(query);
  EXPECT_EQ(textOf(query, statement->range), "RETURN n.x");
}

TEST(Keywords, ComeFromTheGrammar) {
  std::vector<std::string> keywords = cypherKeywords();
  EXPECT_TRUE(std::is_sorted(keywords.begin(), keywords.end()));
  for (const char* keyword :
       {"MATCH", "OPTIONAL", "RETURN", "WITH", "UNWIND", "MERGE", "DETACH", "FIELDTERMINATOR",
        "HEADERS", "TRANSACTIONS", "CONSTRAINT", "XOR", "YIELD", "PROCEDURES", "COUNT", "REDUCE"}) {
    EXPECT_TRUE(std::binary_search(keywords.begin(), keywords.end(), keyword)) << keyword;
  }
  for (const char* notKeyword : {"IDENTIFIER", "K_MATCH", "LPAREN", "COLLECT", "A"}) {
    EXPECT_FALSE(std::binary_search(keywords.begin(), keywords.end(), notKeyword)) << notKeyword;
  }
  EXPECT_EQ(keywords.size(), 75u);
}

}  // namespace
}  // namespace rollcall::testing
