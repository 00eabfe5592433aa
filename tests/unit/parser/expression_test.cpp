// Expressions: precedence, literals, escapes, and every kind of atom.
#include "tests/unit/parser/parser_test_util.h"

namespace rollcall::testing {
namespace {

// The expression of `RETURN <text>`, printed.
std::string expr(const std::string& text) {
  std::string statement = parsed("RETURN " + text);
  // "(single (return X))" -> "X"
  const std::string prefix = "(single (return ";
  EXPECT_EQ(statement.rfind(prefix, 0), 0u) << statement;
  return statement.substr(prefix.size(), statement.size() - prefix.size() - 2);
}

TEST(ExpressionPrecedence, ArithmeticBindsTighterLeftToRight) {
  EXPECT_EQ(expr("1 + 2 * 3"), "(+ 1 (* 2 3))");
  EXPECT_EQ(expr("1 - 2 - 3"), "(- (- 1 2) 3)");
  EXPECT_EQ(expr("8 / 4 % 3 * 2"), "(* (% (/ 8 4) 3) 2)");
  EXPECT_EQ(expr("(1 + 2) * 3"), "(* (+ 1 2) 3)");
}

TEST(ExpressionPrecedence, PowerIsLeftAssociativeAndBelowUnaryMinus) {
  EXPECT_EQ(expr("2 ^ 3 ^ 2"), "(^ (^ 2 3) 2)");
  EXPECT_EQ(expr("2 * 3 ^ 2"), "(* 2 (^ 3 2))");
  EXPECT_EQ(expr("-x ^ 2"), "(^ (- x) 2)");
  EXPECT_EQ(expr("-2 ^ 2"), "(^ -2 2)");
}

TEST(ExpressionPrecedence, BooleanOperators) {
  EXPECT_EQ(expr("a OR b XOR c AND d"), "(or a (xor b (and c d)))");
  EXPECT_EQ(expr("NOT a = b"), "(not (= a b))");
  EXPECT_EQ(expr("NOT NOT a AND b"), "(and (not (not a)) b)");
  EXPECT_EQ(expr("a AND b AND c"), "(and (and a b) c)");
}

TEST(ExpressionPrecedence, PredicatesBindTighterThanComparison) {
  EXPECT_EQ(expr("a + b IN [1, 2]"), "(in (+ a b) (list 1 2))");
  EXPECT_EQ(expr("x IN l = true"), "(= (in x l) true)");
  EXPECT_EQ(expr("NOT x IS NULL"), "(not (is-null x))");
  EXPECT_EQ(expr("a.b IS NOT NULL OR c"), "(or (is-not-null (. a b)) c)");
  EXPECT_EQ(expr("s STARTS WITH 'a'"), "(starts-with s 'a')");
  EXPECT_EQ(expr("s ENDS WITH 'a' CONTAINS 'b'"), "(contains (ends-with s 'a') 'b')");
  EXPECT_EQ(expr("s =~ 'a.*'"), "(=~ s 'a.*')");
}

TEST(ExpressionPrecedence, ChainedComparisonsBecomeConjunctions) {
  EXPECT_EQ(expr("a < b"), "(< a b)");
  EXPECT_EQ(expr("a < b <= c"), "(and (< a b) (<= b c))");
  EXPECT_EQ(expr("1 < x.y > 2 = z"), "(and (and (< 1 (. x y)) (> (. x y) 2)) (= 2 z))");
  EXPECT_EQ(expr("a <> b >= c"), "(and (<> a b) (>= b c))");
}

TEST(ExpressionLiterals, Integers) {
  EXPECT_EQ(expr("42"), "42");
  EXPECT_EQ(expr("0x2A"), "42");
  EXPECT_EQ(expr("0X2a"), "42");
  EXPECT_EQ(expr("0o52"), "42");
  EXPECT_EQ(expr("-42"), "-42");
  EXPECT_EQ(expr("9223372036854775807"), "9223372036854775807");
  EXPECT_EQ(expr("-9223372036854775808"), "-9223372036854775808");
  EXPECT_EQ(expr("-0x8000000000000000"), "-9223372036854775808");
  EXPECT_EQ(expr("- 5"), "-5");
  EXPECT_EQ(expr("--5"), "(- -5)");
  EXPECT_EQ(expr("+5"), "(+ 5)");
}

TEST(ExpressionLiterals, NegativeLiteralIsOneIntegerValue) {
  auto statement = parseStatement("RETURN -9223372036854775808");
  const auto& item = onlyClause(*statement).cast<ast::ReturnClause>().body.items.at(0);
  const auto& literal = item.expr->cast<ast::LiteralExpr>();
  ASSERT_EQ(literal.value.kind(), Value::Kind::INT);
  EXPECT_EQ(literal.value.asInt(), INT64_MIN);
}

TEST(ExpressionLiterals, Floats) {
  EXPECT_EQ(expr("1.5"), "1.5");
  EXPECT_EQ(expr(".5"), "0.5");
  EXPECT_EQ(expr("1e3"), "1000.0");
  EXPECT_EQ(expr("1.5e-3"), "0.0015");
  EXPECT_EQ(expr("2E2"), "200.0");
  EXPECT_EQ(expr("-1.5"), "-1.5");
}

TEST(ExpressionLiterals, BooleansAndNullAreCaseInsensitive) {
  EXPECT_EQ(expr("[true, FALSE, True, null, NULL, NuLl]"), "(list true false true null null null)");
}

TEST(ExpressionLiterals, StringEscapes) {
  auto value = [](const std::string& text) {
    auto statement = parseStatement("RETURN " + text);
    const auto& item = onlyClause(*statement).cast<ast::ReturnClause>().body.items.at(0);
    return item.expr->cast<ast::LiteralExpr>().value.asString();
  };
  EXPECT_EQ(value(R"('a\'b')"), "a'b");
  EXPECT_EQ(value(R"("a\"b'c")"), "a\"b'c");
  EXPECT_EQ(value(R"('\\ \n \t \r \b \f')"), "\\ \n \t \r \b \f");
  EXPECT_EQ(value(R"('\u00e9')"), "\xC3\xA9");
  EXPECT_EQ(value(R"('\U0001F600')"), "\xF0\x9F\x98\x80");
  EXPECT_EQ(value(R"('\u0041BC')"), "ABC");
  EXPECT_EQ(value("'line\nbreak'"), "line\nbreak");
  EXPECT_EQ(value("''"), "");
  EXPECT_EQ(value("'caf\xC3\xA9'"), "caf\xC3\xA9");
}

TEST(ExpressionLiterals, ListsAndMaps) {
  EXPECT_EQ(expr("[]"), "(list)");
  EXPECT_EQ(expr("[1, 'a', [2]]"), "(list 1 'a' (list 2))");
  EXPECT_EQ(expr("{}"), "(map)");
  EXPECT_EQ(expr("{a: 1, `b c`: 2, match: 3, b: {c: null}}"),
            "(map (a 1) (b c 2) (match 3) (b (map (c null))))");
}

TEST(ExpressionAtoms, ParametersAndVariables) {
  EXPECT_EQ(expr("$name"), "$name");
  EXPECT_EQ(expr("$0"), "$0");
  EXPECT_EQ(expr("$`odd name`"), "$odd name");
  EXPECT_EQ(expr("`weird name`"), "weird name");
  EXPECT_EQ(expr("`a``b`"), "a`b");
  EXPECT_EQ(expr("_x1"), "_x1");
}

TEST(ExpressionAtoms, FunctionCalls) {
  EXPECT_EQ(expr("count(*)"), "(call count *)");
  EXPECT_EQ(expr("COUNT(DISTINCT x)"), "(call COUNT distinct x)");
  EXPECT_EQ(expr("toInteger(trim(s))"), "(call toInteger (call trim s))");
  EXPECT_EQ(expr("coalesce(a, b, 1)"), "(call coalesce a b 1)");
  EXPECT_EQ(expr("rand()"), "(call rand)");
  EXPECT_EQ(expr("db.labels()"), "(call db.labels)");
  EXPECT_EQ(expr("apoc.text.join(l, ',')"), "(call apoc.text.join l ',')");
  EXPECT_EQ(expr("exists(n.p)"), "(call exists (. n p))");
  EXPECT_EQ(expr("date('2024-01-31')"), "(call date '2024-01-31')");
}

TEST(ExpressionAtoms, KeywordsAsNames) {
  EXPECT_EQ(parsed("WITH 1 AS count, 2 AS exists, 3 AS index, 4 AS rows RETURN count + exists"),
            "(single (with (as 1 count) (as 2 exists) (as 3 index) (as 4 rows)) "
            "(return (+ count exists)))");
  EXPECT_EQ(expr("n.count + n.end + n.match + n.null + n.date"),
            "(+ (+ (+ (+ (. n count) (. n end)) (. n match)) (. n null)) (. n date))");
}

TEST(ExpressionAtoms, Case) {
  EXPECT_EQ(expr("CASE x WHEN 1 THEN 'a' WHEN 2 THEN 'b' ELSE 'c' END"),
            "(case x (when 1 'a') (when 2 'b') (else 'c'))");
  EXPECT_EQ(expr("case when a > 1 then true end"), "(case (when (> a 1) true))");
}

TEST(ExpressionAtoms, ListComprehensions) {
  EXPECT_EQ(expr("[x IN l WHERE x > 1 | x * 2]"), "(list-comp x l (where (> x 1)) (proj (* x 2)))");
  EXPECT_EQ(expr("[x IN l]"), "(list-comp x l)");
  EXPECT_EQ(expr("[x IN l | x.a]"), "(list-comp x l (proj (. x a)))");
  EXPECT_EQ(expr("[x IN l, 2]"), "(list (in x l) 2)");
}

TEST(ExpressionAtoms, Quantifiers) {
  EXPECT_EQ(expr("all(x IN l WHERE x > 1)"), "(all x l (where (> x 1)))");
  EXPECT_EQ(expr("ANY(x IN l WHERE x)"), "(any x l (where x))");
  EXPECT_EQ(expr("none(x IN [1] WHERE x = 2)"), "(none x (list 1) (where (= x 2)))");
  EXPECT_EQ(expr("single(x IN l WHERE x)"), "(single x l (where x))");
}

TEST(ExpressionAtoms, PostfixOperators) {
  EXPECT_EQ(expr("a.b.c"), "(. (. a b) c)");
  EXPECT_EQ(expr("l[0]"), "(index l 0)");
  EXPECT_EQ(expr("m['k']"), "(index m 'k')");
  EXPECT_EQ(expr("l[1..2]"), "(slice l 1 2)");
  EXPECT_EQ(expr("l[..2]"), "(slice l _ 2)");
  EXPECT_EQ(expr("l[1..]"), "(slice l 1 _)");
  EXPECT_EQ(expr("l[-2..]"), "(slice l -2 _)");
  EXPECT_EQ(expr("n.names[0].x"), "(. (index (. n names) 0) x)");
  EXPECT_EQ(expr("n:Person:Admin"), "(labels n Person Admin)");
  EXPECT_EQ(expr("(n).name"), "(. n name)");
  EXPECT_EQ(expr("sess.date.year"), "(. (. sess date) year)");
}

TEST(ExpressionAtoms, PatternPredicates) {
  EXPECT_EQ(expr("(a)-[:T]->()"), "(pattern (part (node a) (rel -> :T) (node)))");
  EXPECT_EQ(expr("NOT (s)-[:ATTENDED]->(:Session)"),
            "(not (pattern (part (node s) (rel -> :ATTENDED) (node :Session))))");
  EXPECT_EQ(expr("(a)<--(b)"), "(pattern (part (node a) (rel <-) (node b)))");
  EXPECT_EQ(expr("(a) - (b)"), "(- a b)");
  EXPECT_EQ(expr("(a) < -(b)"), "(< a (- b))");
}

TEST(ExpressionAtoms, ExistsSubqueries) {
  EXPECT_EQ(expr("EXISTS { MATCH (a)-[:T]->(b) WHERE b.x = 1 }"),
            "(exists (match (part (node a) (rel -> :T) (node b)) (where (= (. b x) 1))))");
  EXPECT_EQ(expr("exists { (a)--() }"), "(exists (match (part (node a) (rel --) (node))))");
  EXPECT_EQ(expr("EXISTS { (a)-->(), (b) WHERE a.x }"),
            "(exists (match (part (node a) (rel ->) (node)) (part (node b)) (where (. a x))))");
}

TEST(ExpressionAtoms, CountSubqueries) {
  EXPECT_EQ(expr("COUNT { MATCH (a)-[:T]->(b) WHERE b.x = 1 }"),
            "(count (match (part (node a) (rel -> :T) (node b)) (where (= (. b x) 1))))");
  EXPECT_EQ(expr("count { (a)--() } > 3"), "(> (count (match (part (node a) (rel --) (node)))) 3)");
  // The aggregate and a variable keep their meaning.
  EXPECT_EQ(expr("count(*) + Count(DISTINCT x) + count"),
            "(+ (+ (call count *) (call Count distinct x)) count)");
}

TEST(ExpressionAtoms, Reduce) {
  EXPECT_EQ(expr("reduce(s = 0, x IN l | s + x)"), "(reduce s 0 x l (+ s x))");
  EXPECT_EQ(expr("REDUCE(acc = [], x IN [1] | reduce(t = acc, y IN [x] | t + y))"),
            "(reduce acc (list) x (list 1) (reduce t acc y (list x) (+ t y)))");
  // Not a function call otherwise, and still a name.
  EXPECT_EQ(expr("reduce(l) + reduce + n.reduce"), "(+ (+ (call reduce l) reduce) (. n reduce))");
}

TEST(ExpressionComments, LineAndBlockCommentsAreSkipped) {
  EXPECT_EQ(parsed("/* head */ RETURN 1 // tail"), "(single (return 1))");
  EXPECT_EQ(parsed("RETURN /* multi\nline */ 1 +\n// whole line\n2"), "(single (return (+ 1 2)))");
  EXPECT_EQ(parsed("RETURN 'not // a comment', '/* nor this */'"),
            "(single (return 'not // a comment' '/* nor this */'))");
}

}  // namespace
}  // namespace rollcall::testing
