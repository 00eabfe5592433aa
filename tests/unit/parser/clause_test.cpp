// Clauses and statements: one representative statement per construct, compared as s-expressions.
#include "tests/unit/parser/parser_test_util.h"

namespace rollcall::testing {
namespace {

TEST(Clauses, MatchOptionalMatchWhere) {
  EXPECT_EQ(parsed("MATCH (n:Student) WHERE n.age > 20 OPTIONAL MATCH (n)-->(m) RETURN n, m"),
            "(single (match (part (node n:Student)) (where (> (. n age) 20))) "
            "(optional-match (part (node n) (rel ->) (node m))) (return n m))");
  EXPECT_EQ(parsed("match (a), (b) return a"),
            "(single (match (part (node a)) (part (node b))) (return a))");
}

TEST(Clauses, Unwind) {
  EXPECT_EQ(parsed("UNWIND [1, 2] AS x RETURN x"), "(single (unwind (list 1 2) x) (return x))");
}

TEST(Clauses, WithProjection) {
  EXPECT_EQ(parsed("MATCH (n) WITH DISTINCT n.a AS a, n ORDER BY a DESC, n.b SKIP 1 LIMIT 2 "
                   "WHERE a > 0 RETURN a"),
            "(single (match (part (node n))) (with distinct (as (. n a) a) n "
            "(order-by (desc a) (. n b)) (skip 1) (limit 2) (where (> a 0))) (return a))");
  EXPECT_EQ(parsed("MATCH (n) WITH *, 1 AS one RETURN *"),
            "(single (match (part (node n))) (with * (as 1 one)) (return *))");
}

TEST(Clauses, ReturnProjection) {
  EXPECT_EQ(parsed("MATCH (n) RETURN DISTINCT n.name AS name ORDER BY name ASCENDING, n.x ASC, "
                   "n.y DESCENDING SKIP $s LIMIT 10"),
            "(single (match (part (node n))) (return distinct (as (. n name) name) "
            "(order-by name (. n x) (desc (. n y))) (skip $s) (limit 10)))");
}

TEST(Clauses, StarProjectionHasNoItems) {
  auto statement = parseStatement("MATCH (n) RETURN *");
  const auto& body = statement->query->parts[0].clauses[1]->cast<ast::ReturnClause>().body;
  EXPECT_TRUE(body.star);
  EXPECT_TRUE(body.items.empty());
}

TEST(Clauses, Create) {
  EXPECT_EQ(parsed("CREATE (a:Student {name: 'Ann', id: 1})-[:ATTENDED {at: 2}]->(s:Session), (b)"),
            "(single (create (part (node a:Student (map (name 'Ann') (id 1))) "
            "(rel -> :ATTENDED (map (at 2))) (node s:Session)) (part (node b))))");
}

TEST(Clauses, MergeWithActionsInAnyOrder) {
  EXPECT_EQ(parsed("MERGE (n:X {id: 1}) ON MATCH SET n.m = 1 ON CREATE SET n.c = 1, n:New "
                   "ON MATCH SET n.k = 2"),
            "(single (merge (part (node n:X (map (id 1)))) (on-create (set-prop (. n c) 1) "
            "(set-labels n New)) (on-match (set-prop (. n m) 1) (set-prop (. n k) 2))))");
  EXPECT_EQ(parsed("MATCH (a), (b) MERGE (a)-[r:KNOWS]-(b)"),
            "(single (match (part (node a)) (part (node b))) "
            "(merge (part (node a) (rel -- r:KNOWS) (node b))))");
}

TEST(Clauses, SetItems) {
  EXPECT_EQ(parsed("MATCH (n) SET n.a = 1, n = {b: 2}, n += $props, n:A:B, (n).c = n.a + 1"),
            "(single (match (part (node n))) (set (set-prop (. n a) 1) (set-map n (map (b 2))) "
            "(set-merge n $props) (set-labels n A B) (set-prop (. n c) (+ (. n a) 1))))");
}

TEST(Clauses, SetItemKindsAndTargets) {
  auto statement = parseStatement("MATCH (n) SET n.a = 1, n += {}");
  const auto& set = statement->query->parts[0].clauses[1]->cast<ast::SetClause>();
  ASSERT_EQ(set.items.size(), 2u);
  EXPECT_EQ(set.items[0].kind, ast::SetItemKind::PROPERTY);
  EXPECT_EQ(set.items[0].target->kind, ast::ExprKind::PROPERTY);
  EXPECT_EQ(set.items[1].kind, ast::SetItemKind::MERGE_MAP);
  EXPECT_EQ(set.items[1].target->kind, ast::ExprKind::VARIABLE);
}

TEST(Clauses, RemoveAndDelete) {
  EXPECT_EQ(parsed("MATCH (n)-[r]->(m) REMOVE n.a, n:A:B DELETE r DETACH DELETE n, m"),
            "(single (match (part (node n) (rel -> r) (node m))) (remove (. n a) (labels n A B)) "
            "(delete r) (detach-delete n m))");
}

TEST(Clauses, LoadCsv) {
  EXPECT_EQ(parsed("LOAD CSV FROM 'file:///x.csv' AS line RETURN line[0]"),
            "(single (load-csv 'file:///x.csv' line) (return (index line 0)))");
  EXPECT_EQ(parsed("load csv with headers from $url as row fieldterminator ';' return row"),
            "(single (load-csv headers $url row (fieldterminator ';')) (return row))");
  auto statement = parseStatement(R"(LOAD CSV FROM 'f' AS row FIELDTERMINATOR '\t' RETURN row)");
  const auto& load = onlyClause(*statement).cast<ast::LoadCsvClause>();
  EXPECT_EQ(load.fieldTerminator, std::optional<std::string>("\t"));
}

TEST(Clauses, CallSubquery) {
  EXPECT_EQ(parsed("CALL { MATCH (n) RETURN n } RETURN n"),
            "(single (call-subquery (single (match (part (node n))) (return n))) (return n))");
  EXPECT_EQ(parsed("LOAD CSV FROM 'f' AS row CALL { WITH row CREATE (:X) } IN TRANSACTIONS"),
            "(single (load-csv 'f' row) (call-subquery (single (with row) "
            "(create (part (node :X)))) (in-transactions)))");
  EXPECT_EQ(parsed("CALL { CREATE (:X) } IN TRANSACTIONS OF 500 ROWS"),
            "(single (call-subquery (single (create (part (node :X)))) (in-transactions 500)))");
  EXPECT_EQ(parsed("CALL { CREATE (:X) } IN TRANSACTIONS OF 1 ROW"),
            "(single (call-subquery (single (create (part (node :X)))) (in-transactions 1)))");
}

TEST(Statements, Union) {
  EXPECT_EQ(parsed("RETURN 1 AS x UNION RETURN 2 AS x UNION ALL RETURN 3 AS x"),
            "(union-all (union (single (return (as 1 x))) (single (return (as 2 x)))) "
            "(single (return (as 3 x))))");
  auto statement = parseStatement("RETURN 1 AS x UNION ALL RETURN 2 AS x");
  EXPECT_EQ(statement->query->parts.size(), 2u);
  EXPECT_EQ(statement->query->unionAll, std::vector<bool>{true});
}

TEST(Statements, ExplainProfileAndPeriodicCommit) {
  EXPECT_EQ(parsed("EXPLAIN MATCH (n) RETURN n"),
            "(explain (single (match (part (node n))) (return n)))");
  EXPECT_EQ(parsed("profile RETURN 1"), "(profile (single (return 1)))");
  EXPECT_EQ(parsed("USING PERIODIC COMMIT 500 LOAD CSV FROM 'f' AS r CREATE (:X)"),
            "(periodic-commit 500 (single (load-csv 'f' r) (create (part (node :X)))))");
  auto statement = parseStatement("USING PERIODIC COMMIT LOAD CSV FROM 'f' AS r CREATE (:X)");
  EXPECT_TRUE(statement->periodicCommit);
  EXPECT_EQ(statement->periodicCommitSize, std::nullopt);
  EXPECT_EQ(parsed("EXPLAIN USING PERIODIC COMMIT 10 LOAD CSV FROM 'f' AS r CREATE (:X)"),
            "(explain (periodic-commit 10 (single (load-csv 'f' r) (create (part (node :X))))))");
}

TEST(Statements, TrailingSemicolon) {
  EXPECT_EQ(parsed("RETURN 1;"), "(single (return 1))");
  EXPECT_EQ(parsed("RETURN 1 ;  // done\n"), "(single (return 1))");
}

TEST(Statements, SchemaCommands) {
  EXPECT_EQ(parsed("CREATE INDEX FOR (n:Student) ON (n.student_id)"),
            "(create-index n:Student.student_id)");
  EXPECT_EQ(parsed("create index student_id if not exists for (s:Student) on (s.student_id);"),
            "(create-index student_id if-not-exists s:Student.student_id)");
  EXPECT_EQ(parsed("CREATE CONSTRAINT FOR (s:Student) REQUIRE s.student_id IS UNIQUE"),
            "(create-constraint s:Student.student_id)");
  EXPECT_EQ(parsed("CREATE CONSTRAINT uniq IF NOT EXISTS FOR (s:Student) REQUIRE s.id IS UNIQUE"),
            "(create-constraint uniq if-not-exists s:Student.id)");
  EXPECT_EQ(parsed("DROP INDEX student_id"), "(drop-index student_id)");
  EXPECT_EQ(parsed("DROP INDEX student_id IF EXISTS"), "(drop-index student_id if-exists)");
  EXPECT_EQ(parsed("DROP CONSTRAINT `my uniq` IF EXISTS"), "(drop-constraint my uniq if-exists)");
  EXPECT_EQ(parsed("SHOW INDEXES"), "(show-indexes)");
  EXPECT_EQ(parsed("SHOW INDEX"), "(show-indexes)");
  EXPECT_EQ(parsed("SHOW CONSTRAINTS;"), "(show-constraints)");
  EXPECT_EQ(parsed("show constraint"), "(show-constraints)");
}

TEST(Statements, SchemaCommandFields) {
  auto statement = parseStatement("CREATE INDEX idx FOR (n:Student) ON (n.student_id)");
  EXPECT_EQ(statement->kind, ast::StatementKind::CREATE_INDEX);
  EXPECT_EQ(statement->schema.name, "idx");
  EXPECT_EQ(statement->schema.variable, "n");
  EXPECT_EQ(statement->schema.label, "Student");
  EXPECT_EQ(statement->schema.property, "student_id");
  EXPECT_FALSE(statement->schema.ifNotExists);
  EXPECT_EQ(statement->query, nullptr);
}

TEST(Statements, SchemaCommandMustUseItsVariable) {
  try {
    parseStatement("CREATE CONSTRAINT FOR (s:Student) REQUIRE x.id IS UNIQUE");
    FAIL() << "no error";
  } catch (const CypherError& e) {
    EXPECT_EQ(e.errorClass(), ErrorClass::SEMANTIC_ERROR);
    EXPECT_EQ(e.detail(), "UndefinedVariable");
    EXPECT_EQ(e.offset(), 42u);
  }
}

}  // namespace
}  // namespace rollcall::testing
