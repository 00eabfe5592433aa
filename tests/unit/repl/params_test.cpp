#include "repl/params.h"

#include <gtest/gtest.h>

#include <cmath>

#include "engine/common/date.h"
#include "engine/parser/parser.h"

namespace rollcall::repl {
namespace {

TEST(Params, Scalars) {
  EXPECT_TRUE(valueFromJson("null").isNull());
  EXPECT_EQ(valueFromJson("true").asBool(), true);
  Value i = valueFromJson("42");
  ASSERT_EQ(i.kind(), Value::Kind::INT);
  EXPECT_EQ(i.asInt(), 42);
  Value negative = valueFromJson("-9223372036854775808");
  ASSERT_EQ(negative.kind(), Value::Kind::INT);
  EXPECT_EQ(negative.asInt(), INT64_MIN);
  Value f = valueFromJson("2.0");
  ASSERT_EQ(f.kind(), Value::Kind::FLOAT);
  EXPECT_EQ(f.asFloat(), 2.0);
  EXPECT_EQ(valueFromJson("1e3").kind(), Value::Kind::FLOAT);
  EXPECT_EQ(valueFromJson("\"a\\\"b\"").asString(), "a\"b");
}

TEST(Params, IntegerBeyondInt64IsRejected) {
  EXPECT_THROW(valueFromJson("9223372036854775808"), ParamError);
}

TEST(Params, ListsAndMaps) {
  Value list = valueFromJson("[1, \"two\", [3.5]]");
  ASSERT_EQ(list.kind(), Value::Kind::LIST);
  ASSERT_EQ(list.asList().size(), 3u);
  EXPECT_EQ(list.asList()[1].asString(), "two");
  EXPECT_EQ(list.asList()[2].asList()[0].asFloat(), 3.5);
  Value map = valueFromJson(R"({"b": 1, "a": {"c": null}})");
  ASSERT_EQ(map.kind(), Value::Kind::MAP);
  ASSERT_EQ(map.asMap().size(), 2u);
  EXPECT_EQ(map.asMap()[0].first, "a");  // maps are sorted by key
  EXPECT_EQ(map.asMap()[1].second.asInt(), 1);
  EXPECT_TRUE(map.asMap()[0].second.asMap()[0].second.isNull());
}

TEST(Params, TaggedDate) {
  Value d = valueFromJson(R"({"~date":"2024-05-01"})");
  ASSERT_EQ(d.kind(), Value::Kind::DATE);
  EXPECT_EQ(formatIsoDate(d.asDate()), "2024-05-01");
  EXPECT_THROW(valueFromJson(R"({"~date":"2024-13-01"})"), ParamError);
  EXPECT_THROW(valueFromJson(R"({"~date":7})"), ParamError);
  // With another key it is an ordinary map.
  EXPECT_EQ(valueFromJson(R"({"~date":"x","y":1})").kind(), Value::Kind::MAP);
}

TEST(Params, SpecialFloats) {
  EXPECT_TRUE(std::isnan(valueFromJson("NaN").asFloat()));
  EXPECT_EQ(valueFromJson("Infinity").asFloat(), INFINITY);
  Value list = valueFromJson("[-Infinity, \"NaN\", {\"~float\": \"NaN\"}]");
  EXPECT_EQ(list.asList()[0].asFloat(), -INFINITY);
  EXPECT_EQ(list.asList()[1].asString(), "NaN");  // inside a string it stays text
  EXPECT_TRUE(std::isnan(list.asList()[2].asFloat()));
  EXPECT_THROW(valueFromJson(R"({"~float":"nan"})"), ParamError);
}

TEST(Params, InvalidJson) {
  EXPECT_THROW(valueFromJson("{a: 1}"), ParamError);
  EXPECT_THROW(valueFromJson(""), ParamError);
  EXPECT_THROW(valueFromJson("'single'"), ParamError);
  EXPECT_THROW(valueFromJson("1 2"), ParamError);
  // Found by fuzz_params: nlohmann reports a number too large for a double as out_of_range,
  // not parse_error, and it escaped as an InternalError.
  try {
    valueFromJson("1e999");
    ADD_FAILURE() << "1e999 was accepted";
  } catch (const ParamError& e) {
    EXPECT_STREQ(e.what(), "invalid JSON: number overflow parsing '1e999'");
  }
}

TEST(Params, NestingIsLimitedLikeQueries) {
  // Shown with fuzz_params on a crafted input (tests/fuzz/regressions/params; the fuzzer's inputs
  // are too short to nest this deep): 100,000 nested lists overflowed the stack converting the
  // JSON to a Value.
  auto nested = [](size_t levels) { return std::string(levels, '[') + std::string(levels, ']'); };
  EXPECT_EQ(valueFromJson(nested(MAX_NESTING_DEPTH)).kind(), Value::Kind::LIST);
  EXPECT_THROW(valueFromJson(nested(MAX_NESTING_DEPTH + 1)), ParamError);
  EXPECT_THROW(valueFromJson(nested(100000)), ParamError);
  EXPECT_THROW(valueFromJson(std::string(100000, '[') + "{\"a\": 1}" + std::string(100000, ']')),
               ParamError);
}

TEST(Params, Assignment) {
  auto [name, value] = parseParamAssignment("limit=10");
  EXPECT_EQ(name, "limit");
  EXPECT_EQ(value.asInt(), 10);
  auto [eqName, eqValue] = parseParamAssignment("s=\"a=b\"");
  EXPECT_EQ(eqName, "s");
  EXPECT_EQ(eqValue.asString(), "a=b");
}

TEST(Params, AssignmentErrorsNameTheParameter) {
  EXPECT_THROW(parseParamAssignment("novalue"), ParamError);
  EXPECT_THROW(parseParamAssignment("=1"), ParamError);
  try {
    parseParamAssignment("x={");
    FAIL() << "expected ParamError";
  } catch (const ParamError& e) {
    EXPECT_EQ(std::string(e.what()).rfind("parameter 'x': invalid JSON: ", 0), 0u) << e.what();
  }
}

TEST(Params, LaterAssignmentWins) {
  Parameters params = parseParamAssignments({"a=1", "b=[]", "a=2"});
  ASSERT_EQ(params.size(), 2u);
  EXPECT_EQ(params.at("a").asInt(), 2);
  EXPECT_TRUE(params.at("b").asList().empty());
}

}  // namespace
}  // namespace rollcall::repl
