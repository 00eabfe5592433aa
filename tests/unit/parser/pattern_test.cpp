// Patterns: nodes, relationship directions and details, variable length, path variables.
#include "tests/unit/parser/parser_test_util.h"

namespace rollcall::testing {
namespace {

// The pattern of `MATCH <text> RETURN 1`, printed.
std::string pattern(const std::string& text) {
  std::string statement = parsed("MATCH " + text + " RETURN 1");
  const std::string prefix = "(single (match ";
  const std::string suffix = ") (return 1))";
  EXPECT_EQ(statement.rfind(prefix, 0), 0u) << statement;
  return statement.substr(prefix.size(), statement.size() - prefix.size() - suffix.size());
}

const ast::RelPattern& firstRel(const ast::Statement& statement) {
  return onlyClause(statement).cast<ast::MatchClause>().pattern.at(0).chain.at(0).first;
}

TEST(Patterns, Nodes) {
  EXPECT_EQ(pattern("()"), "(part (node))");
  EXPECT_EQ(pattern("(n)"), "(part (node n))");
  EXPECT_EQ(pattern("(:A)"), "(part (node :A))");
  EXPECT_EQ(pattern("(n:A:B {k: 1, j: 'x'})"), "(part (node n:A:B (map (k 1) (j 'x'))))");
  EXPECT_EQ(pattern("(n $props)"), "(part (node n $props))");
  EXPECT_EQ(pattern("(`my node`:`My Label`)"), "(part (node my node:My Label))");
}

TEST(Patterns, Directions) {
  EXPECT_EQ(pattern("(a)-->(b)"), "(part (node a) (rel ->) (node b))");
  EXPECT_EQ(pattern("(a)<--(b)"), "(part (node a) (rel <-) (node b))");
  EXPECT_EQ(pattern("(a)--(b)"), "(part (node a) (rel --) (node b))");
  EXPECT_EQ(pattern("(a)<-->(b)"), "(part (node a) (rel --) (node b))");
  EXPECT_EQ(pattern("(a)-[r]->(b)"), "(part (node a) (rel -> r) (node b))");
  EXPECT_EQ(pattern("(a)<-[r]-(b)"), "(part (node a) (rel <- r) (node b))");
  EXPECT_EQ(pattern("(a)-[r]-(b)"), "(part (node a) (rel -- r) (node b))");
  EXPECT_EQ(pattern("(a)-[]->(b)"), "(part (node a) (rel ->) (node b))");
}

TEST(Patterns, DirectionEnum) {
  EXPECT_EQ(firstRel(*parseStatement("MATCH (a)<--(b) RETURN 1")).direction,
            ast::RelDirection::LEFT);
  EXPECT_EQ(firstRel(*parseStatement("MATCH (a)-->(b) RETURN 1")).direction,
            ast::RelDirection::RIGHT);
  EXPECT_EQ(firstRel(*parseStatement("MATCH (a)<-->(b) RETURN 1")).direction,
            ast::RelDirection::UNDIRECTED);
}

TEST(Patterns, RelationshipDetails) {
  EXPECT_EQ(pattern("(a)-[r:T1|T2|:T3 {w: 2}]->(b)"),
            "(part (node a) (rel -> r:T1|T2|T3 (map (w 2))) (node b))");
  EXPECT_EQ(pattern("(a)-[:ATTENDED]->(b)"), "(part (node a) (rel -> :ATTENDED) (node b))");
  EXPECT_EQ(pattern("(a)-[r $p]->(b)"), "(part (node a) (rel -> r $p) (node b))");
}

TEST(Patterns, VariableLength) {
  auto length = [](const std::string& spec) {
    auto statement = parseStatement("MATCH (a)-[" + spec + "]->(b) RETURN 1");
    return firstRel(*statement).varLength;
  };
  using Bounds = std::pair<std::optional<int64_t>, std::optional<int64_t>>;
  auto bounds = [&](const std::string& spec) {
    auto l = length(spec);
    EXPECT_TRUE(l.has_value()) << spec;
    return l ? Bounds{l->min, l->max} : Bounds{};
  };
  EXPECT_FALSE(length(":T").has_value());
  EXPECT_EQ(bounds("*"), Bounds(std::nullopt, std::nullopt));
  EXPECT_EQ(bounds("*2"), Bounds(2, 2));
  EXPECT_EQ(bounds("*1..3"), Bounds(1, 3));
  EXPECT_EQ(bounds("*..3"), Bounds(std::nullopt, 3));
  EXPECT_EQ(bounds("*2.."), Bounds(2, std::nullopt));
  EXPECT_EQ(bounds("r:T*0..1"), Bounds(0, 1));
  EXPECT_EQ(pattern("(a)-[r:KNOWS*1..2 {x: 1}]-(b)"),
            "(part (node a) (rel -- r:KNOWS *1..2 (map (x 1))) (node b))");
}

TEST(Patterns, PathVariablesAndLongChains) {
  EXPECT_EQ(pattern("p = (a)-->(b)<--(c), q = (d)"),
            "(path p (node a) (rel ->) (node b) (rel <-) (node c)) (path q (node d))");
  EXPECT_EQ(pattern("(m:Module)<-[:BELONGS_TO]-(:Session)<-[:ATTENDED]-(st:Student)"),
            "(part (node m:Module) (rel <- :BELONGS_TO) (node :Session) (rel <- :ATTENDED) "
            "(node st:Student))");
}

}  // namespace
}  // namespace rollcall::testing
