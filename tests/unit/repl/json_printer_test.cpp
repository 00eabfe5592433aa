#include "repl/printer/json_printer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

#include "tests/unit/repl/sample_values.h"

namespace rollcall::repl {
namespace {

using namespace rollcall::repl::testing;

const std::string ZERO_STATS =
    R"("stats":{"nodes_created":0,"nodes_deleted":0,"relationships_created":0,)"
    R"("relationships_deleted":0,"properties_set":0,"labels_added":0,"labels_removed":0})";

std::string json(const Value& v) {
  std::string out;
  appendJsonValue(v, out);
  return out;
}

TEST(JsonPrinter, EmptyResultKeepsColumns) {
  EXPECT_EQ(jsonResultLine(result({}, {})), R"({"columns":[],"rows":[],)" + ZERO_STATS + "}");
  EXPECT_EQ(jsonResultLine(result({"n"}, {})), R"({"columns":["n"],"rows":[],)" + ZERO_STATS + "}");
}

TEST(JsonPrinter, OneLinePerStatementWithStats) {
  QueryResult r = result({"a", "b"}, {{Value(1), Value("x")}, {Value(2), Value()}});
  r.stats.nodesCreated = 2;
  r.stats.propertiesSet = 4;
  r.stats.labelsRemoved = 1;
  std::ostringstream out;
  printJson(r, out);
  EXPECT_EQ(out.str(),
            R"({"columns":["a","b"],"rows":[[1,"x"],[2,null]],"stats":{"nodes_created":2,)"
            R"("nodes_deleted":0,"relationships_created":0,"relationships_deleted":0,)"
            R"("properties_set":4,"labels_added":0,"labels_removed":1}})"
            "\n");
}

TEST(JsonPrinter, Scalars) {
  EXPECT_EQ(json(Value()), "null");
  EXPECT_EQ(json(Value(true)), "true");
  EXPECT_EQ(json(Value(false)), "false");
  EXPECT_EQ(json(Value(int64_t{-9223372036854775807LL - 1})), "-9223372036854775808");
  EXPECT_EQ(json(Value(7)), "7");
}

TEST(JsonPrinter, FloatsAlwaysLookLikeFloats) {
  EXPECT_EQ(json(Value(1.0)), "1.0");
  EXPECT_EQ(json(Value(-0.5)), "-0.5");
  EXPECT_EQ(json(Value(0.1)), "0.1");
  EXPECT_EQ(json(Value(1e20)), "1e+20");
  EXPECT_EQ(json(Value(std::nan(""))), "NaN");
  EXPECT_EQ(json(Value(INFINITY)), "Infinity");
  EXPECT_EQ(json(Value(-INFINITY)), "-Infinity");
}

TEST(JsonPrinter, StringsAreEscaped) {
  EXPECT_EQ(json(Value("plain")), R"("plain")");
  EXPECT_EQ(json(Value("q\"b\\n\nt\tc\x01")), R"("q\"b\\n\nt\tc\u0001")");
  EXPECT_EQ(json(Value("Zoë 😀")), "\"Zoë 😀\"");
}

TEST(JsonPrinter, ListsMapsAndDates) {
  EXPECT_EQ(json(Value(ValueList{Value(1), Value(2.5), Value(ValueList{})})), "[1,2.5,[]]");
  EXPECT_EQ(json(Value(ValueMap{{"b", Value("x")}, {"a", Value()}})), R"({"a":null,"b":"x"})");
  EXPECT_EQ(json(Value(ValueMap{})), "{}");
  EXPECT_EQ(json(date(2024, 5, 1)), R"({"~date":"2024-05-01"})");
}

TEST(JsonPrinter, Node) {
  Value n = node(5, {"Person", "Student"}, {{"age", Value(21)}, {"name", Value("Ann")}});
  EXPECT_EQ(
      json(n),
      R"({"~node":{"id":5,"labels":["Person","Student"],"properties":{"age":21,"name":"Ann"}}})");
  EXPECT_EQ(json(node(0, {}, {})), R"({"~node":{"id":0,"labels":[],"properties":{}}})");
}

TEST(JsonPrinter, Relationship) {
  Value r = rel(9, "ATTENDED", 1, 2, {{"on", date(2024, 1, 2)}});
  EXPECT_EQ(json(r), R"({"~rel":{"id":9,"type":"ATTENDED","start":1,"end":2,)"
                     R"("properties":{"on":{"~date":"2024-01-02"}}}})");
}

TEST(JsonPrinter, PathRelationshipsCarryDirection) {
  EXPECT_EQ(json(samplePath()),
            R"({"~path":[{"~node":{"id":1,"labels":["Student"],"properties":{"name":"Ann"}}},)"
            R"({"~rel":{"id":10,"type":"ATTENDED","start":1,"end":2,"direction":"->",)"
            R"("properties":{}}},{"~node":{"id":2,"labels":["Session"],"properties":{}}},)"
            R"({"~rel":{"id":11,"type":"TAUGHT_BY","start":3,"end":2,"direction":"<-",)"
            R"("properties":{"hours":2}}},)"
            R"({"~node":{"id":3,"labels":["Instructor"],"properties":{}}}]})");
}

TEST(JsonPrinter, SingleNodePath) {
  PathValue p;
  p.nodes = {node(4, {}, {}).asNode()};
  EXPECT_EQ(json(Value(std::move(p))),
            R"({"~path":[{"~node":{"id":4,"labels":[],"properties":{}}}]})");
}

TEST(JsonPrinter, PlanOnlyWhenPresent) {
  QueryResult r = result({}, {});
  r.plan = "Scan\n";
  EXPECT_EQ(jsonResultLine(r), R"({"columns":[],"rows":[],)" + ZERO_STATS + R"(,"plan":"Scan\n"})");
}

}  // namespace
}  // namespace rollcall::repl
