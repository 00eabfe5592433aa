// Entity functions read labels, types and properties through the transaction and catalog.
#include "tests/unit/values/fake_graph.h"
#include "tests/unit/values/value_test_util.h"

namespace rollcall::test {
namespace {

class EntityFunctions : public testing::Test {
 protected:
  void SetUp() override {
    ann = graph.txn.addNode({"Student", "Person"}, {{"name", Value("Ann")}, {"year", Value(1)}});
    session = graph.txn.addNode({}, {});
    attended = graph.txn.addRel("ATTENDED", ann, session, {{"minutes", Value(30)}});
  }
  Value fn(std::string_view name, Value arg) { return call(graph.ctx, name, {std::move(arg)}); }

  FakeGraph graph;
  NodeValue ann, session;
  RelValue attended;
};

TEST_F(EntityFunctions, Ids) {
  EXPECT_VALUE(fn("id", Value(ann)), Value(static_cast<int64_t>(ann.id)));
  EXPECT_VALUE(fn("id", Value(attended)), Value(static_cast<int64_t>(attended.id)));
  EXPECT_VALUE(fn("elementId", Value(ann)), Value("4:rollcall:" + std::to_string(ann.id)));
  EXPECT_VALUE(fn("elementId", Value(attended)),
               Value("5:rollcall:" + std::to_string(attended.id)));
  EXPECT_VALUE(fn("id", Value()), Value());
  EXPECT_CYPHER_ERROR(fn("id", Value(1)), TYPE_ERROR, "InvalidArgumentValue");
}

TEST_F(EntityFunctions, LabelsAndType) {
  EXPECT_VALUE(fn("labels", Value(ann)), list({Value("Student"), Value("Person")}));
  EXPECT_VALUE(fn("labels", Value(session)), list({}));
  EXPECT_VALUE(fn("labels", Value()), Value());
  EXPECT_CYPHER_ERROR(fn("labels", Value(1)), TYPE_ERROR, "InvalidArgumentValue");
  EXPECT_CYPHER_ERROR(fn("labels", Value(attended)), TYPE_ERROR, "InvalidArgumentValue");
  EXPECT_VALUE(fn("type", Value(attended)), Value("ATTENDED"));
  EXPECT_VALUE(fn("type", Value()), Value());
  EXPECT_CYPHER_ERROR(fn("type", Value(ann)), TYPE_ERROR, "InvalidArgumentValue");
}

TEST_F(EntityFunctions, KeysAndProperties) {
  EXPECT_VALUE(fn("keys", Value(ann)), list({Value("name"), Value("year")}));
  EXPECT_VALUE(fn("keys", Value(attended)), list({Value("minutes")}));
  EXPECT_VALUE(fn("keys", Value(session)), list({}));
  EXPECT_VALUE(fn("keys", map({{"b", 1}, {"a", Value()}})), list({Value("a"), Value("b")}));
  EXPECT_VALUE(fn("properties", Value(ann)), map({{"name", Value("Ann")}, {"year", Value(1)}}));
  EXPECT_VALUE(fn("properties", Value(attended)), map({{"minutes", Value(30)}}));
  EXPECT_VALUE(fn("properties", map({{"a", 1}})), map({{"a", 1}}));
  EXPECT_VALUE(fn("properties", Value()), Value());
  EXPECT_CYPHER_ERROR(fn("keys", Value("x")), TYPE_ERROR, "InvalidArgumentValue");
  EXPECT_CYPHER_ERROR(fn("properties", list({})), TYPE_ERROR, "InvalidArgumentValue");
}

TEST_F(EntityFunctions, EndpointsAndPaths) {
  EXPECT_VALUE(fn("startNode", Value(attended)), Value(ann));
  EXPECT_VALUE(fn("endNode", Value(attended)), Value(session));
  EXPECT_VALUE(fn("startNode", Value()), Value());
  EXPECT_CYPHER_ERROR(fn("endNode", Value(ann)), TYPE_ERROR, "InvalidArgumentValue");
  Value path(PathValue{{ann, session}, {attended}});
  EXPECT_VALUE(fn("nodes", path), list({Value(ann), Value(session)}));
  EXPECT_VALUE(fn("relationships", path), list({Value(attended)}));
  EXPECT_VALUE(fn("length", path), Value(1));
  Value single(PathValue{{session}, {}});
  EXPECT_VALUE(fn("length", single), Value(0));
  EXPECT_VALUE(fn("relationships", single), list({}));
  EXPECT_VALUE(fn("nodes", Value()), Value());
  EXPECT_CYPHER_ERROR(fn("nodes", list({})), TYPE_ERROR, "InvalidArgumentValue");
}

TEST(TemporalFunctions, DateConstruction) {
  EXPECT_VALUE(call("date", {Value("2024-05-01")}), date(2024, 5, 1));
  EXPECT_VALUE(call("date", {Value("20240507")}), date(2024, 5, 7));
  EXPECT_VALUE(call("date", {map({{"year", 2024}, {"month", 2}, {"day", 29}})}), date(2024, 2, 29));
  EXPECT_VALUE(call("date", {map({{"year", 1984}})}), date(1984, 1, 1));
  EXPECT_VALUE(call("date", {date(2020, 1, 1)}), date(2020, 1, 1));
  EXPECT_VALUE(call("date", {Value()}), Value());
}

TEST(TemporalFunctions, DateErrors) {
  EXPECT_CYPHER_ERROR(call("date", {Value("2023-02-29")}), ARGUMENT_ERROR, "InvalidArgumentValue");
  EXPECT_CYPHER_ERROR(call("date", {Value("May 1st")}), ARGUMENT_ERROR, "InvalidArgumentValue");
  EXPECT_CYPHER_ERROR(call("date", {map({{"month", 5}, {"day", 1}})}), ARGUMENT_ERROR,
                      "InvalidArgumentValue");
  EXPECT_CYPHER_ERROR(call("date", {map({{"year", 2024}, {"hour", 1}})}), ARGUMENT_ERROR,
                      "InvalidArgumentValue");
  EXPECT_CYPHER_ERROR(call("date", {map({{"year", 2024}, {"month", 13}})}), ARGUMENT_ERROR,
                      "InvalidArgumentValue");
  EXPECT_CYPHER_ERROR(call("date", {Value(20240501)}), TYPE_ERROR, "InvalidArgumentValue");
}

TEST(TemporalFunctions, ClockFromTheStatement) {
  FakeGraph graph;  // 1714564800123 ms = 2024-05-01T12:00:00.123Z
  EXPECT_VALUE(call(graph.ctx, "date", {}), date(2024, 5, 1));
  EXPECT_VALUE(call(graph.ctx, "timestamp", {}), Value(int64_t{1714564800123}));
  graph.ctx.statementTimeMillis = -1;  // one millisecond before the epoch
  EXPECT_VALUE(call(graph.ctx, "date", {}), date(1969, 12, 31));
}

}  // namespace
}  // namespace rollcall::test
