// Property conversion both ways, type names, display strings, and calendar dates.
#include <cmath>

#include "engine/common/date.h"
#include "tests/unit/values/fake_graph.h"
#include "tests/unit/values/value_test_util.h"

namespace rollcall::test {
namespace {

TEST(Property, RoundTripsStorableValues) {
  for (const Value& v : {Value(true), Value(42), Value(2.5), Value("x"), date(2024, 2, 29),
                         list({Value(1), Value(2)}), list({Value("a")}), list({})}) {
    EXPECT_VALUE(fromProperty(toProperty(v)), v);
  }
  EXPECT_TRUE(toProperty(Value()).isNull());
}

TEST(Property, RejectsWhatStorageCannotHold) {
  EXPECT_CYPHER_ERROR(toProperty(map({{"a", 1}})), TYPE_ERROR, "InvalidPropertyType");
  EXPECT_CYPHER_ERROR(toProperty(list({map({})})), TYPE_ERROR, "InvalidPropertyType");
  EXPECT_CYPHER_ERROR(toProperty(list({list({Value(1)})})), TYPE_ERROR, "InvalidPropertyType");
  EXPECT_CYPHER_ERROR(toProperty(list({Value(1), Value("a")})), TYPE_ERROR, "InvalidPropertyType");
  EXPECT_CYPHER_ERROR(toProperty(list({Value(1), Value(1.5)})), TYPE_ERROR, "InvalidPropertyType");
  EXPECT_CYPHER_ERROR(toProperty(list({Value(1), Value()})), TYPE_ERROR, "InvalidPropertyType");
  EXPECT_CYPHER_ERROR(toProperty(Value(NodeValue{})), TYPE_ERROR, "InvalidPropertyType");
}

TEST(TypeName, NamesEveryKind) {
  EXPECT_EQ(typeName(Value()), "Null");
  EXPECT_EQ(typeName(Value(true)), "Boolean");
  EXPECT_EQ(typeName(Value(1)), "Integer");
  EXPECT_EQ(typeName(Value(1.0)), "Float");
  EXPECT_EQ(typeName(Value("")), "String");
  EXPECT_EQ(typeName(date(2024, 1, 1)), "Date");
  EXPECT_EQ(typeName(list({})), "List");
  EXPECT_EQ(typeName(map({})), "Map");
  EXPECT_EQ(typeName(Value(NodeValue{})), "Node");
  EXPECT_EQ(typeName(Value(RelValue{})), "Relationship");
  EXPECT_EQ(typeName(Value(PathValue{})), "Path");
}

TEST(Display, FloatsAlwaysLookLikeFloats) {
  EXPECT_EQ(formatFloat(1.0), "1.0");
  EXPECT_EQ(formatFloat(0.1), "0.1");
  EXPECT_EQ(formatFloat(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(formatFloat(-2.5), "-2.5");
  EXPECT_EQ(formatFloat(1e20), "1e+20");
  EXPECT_EQ(formatFloat(std::nan("")), "NaN");
  EXPECT_EQ(formatFloat(INFINITY), "Infinity");
  EXPECT_EQ(formatFloat(-INFINITY), "-Infinity");
}

TEST(Display, ScalarsAndContainers) {
  EXPECT_EQ(toDisplayString(Value("it's")), "it's");
  EXPECT_EQ(toDisplayString(Value("it's"), false), "'it\\'s'");
  EXPECT_EQ(toDisplayString(Value()), "null");
  EXPECT_EQ(toDisplayString(date(2024, 5, 1)), "2024-05-01");
  EXPECT_EQ(toDisplayString(list({Value(1), Value("a\nb"), Value(), Value(2.0)})),
            "[1, 'a\\nb', null, 2.0]");
  EXPECT_EQ(toDisplayString(map({{"b", list({})}, {"a", Value(false)}})), "{a: false, b: []}");
}

TEST(Display, EntitiesFromSnapshots) {
  NodeValue ann;
  ann.id = 1;
  ann.snapshot =
      std::make_shared<NodeSnapshot>(NodeSnapshot{{"Person", "Student"}, {{"name", Value("Ann")}}});
  NodeValue bare;
  bare.id = 2;
  bare.snapshot = std::make_shared<NodeSnapshot>();
  RelValue knows;
  knows.id = 9;
  knows.start = 2;
  knows.end = 1;
  knows.snapshot = std::make_shared<RelSnapshot>(RelSnapshot{"KNOWS", {{"since", Value(2020)}}});
  EXPECT_EQ(toDisplayString(Value(ann)), "(:Person:Student {name: 'Ann'})");
  EXPECT_EQ(toDisplayString(Value(bare)), "()");
  EXPECT_EQ(toDisplayString(Value(knows)), "[:KNOWS {since: 2020}]");
  EXPECT_EQ(toDisplayString(Value(PathValue{{ann, bare}, {knows}})),
            "<(:Person:Student {name: 'Ann'})<-[:KNOWS {since: 2020}]-()>");
  EXPECT_EQ(toDisplayString(Value(PathValue{{bare, ann}, {knows}})),
            "<()-[:KNOWS {since: 2020}]->(:Person:Student {name: 'Ann'})>");
  NodeValue unsnapshotted;
  unsnapshotted.id = 7;
  EXPECT_EQ(toDisplayString(Value(unsnapshotted)), "(#7)");
}

TEST(Date, CivilConversionsRoundTrip) {
  EXPECT_EQ(dateFromYmd({1970, 1, 1})->days, 0);
  EXPECT_EQ(dateFromYmd({1969, 12, 31})->days, -1);
  EXPECT_EQ(dateFromYmd({2000, 3, 1})->days, 11017);
  EXPECT_EQ(dateFromYmd({2024, 5, 1})->days, 19844);
  for (int32_t days = -800000; days <= 800000; days += 997) {
    YearMonthDay ymd = ymdFromDate(storage::Date{days});
    ASSERT_EQ(dateFromYmd(ymd)->days, days) << ymd.year << "-" << ymd.month << "-" << ymd.day;
  }
}

TEST(Date, RejectsInvalidCalendarDates) {
  EXPECT_FALSE(dateFromYmd({2023, 2, 29}));
  EXPECT_TRUE(dateFromYmd({2024, 2, 29}));
  EXPECT_FALSE(dateFromYmd({1900, 2, 29}));
  EXPECT_TRUE(dateFromYmd({2000, 2, 29}));
  EXPECT_FALSE(dateFromYmd({2024, 13, 1}));
  EXPECT_FALSE(dateFromYmd({2024, 4, 31}));
  EXPECT_FALSE(dateFromYmd({2024, 0, 1}));
}

TEST(Date, ParsesAndFormatsIso) {
  EXPECT_EQ(parseIsoDate("2024-05-01")->days, 19844);
  EXPECT_EQ(parseIsoDate("20240501")->days, 19844);
  EXPECT_FALSE(parseIsoDate("2024-5-1"));
  EXPECT_FALSE(parseIsoDate("2023-02-29"));
  EXPECT_FALSE(parseIsoDate(" 2024-05-01"));
  EXPECT_FALSE(parseIsoDate("2024/05/01"));
  EXPECT_FALSE(parseIsoDate("May 1st"));
  EXPECT_EQ(formatIsoDate(storage::Date{19844}), "2024-05-01");
  EXPECT_EQ(formatIsoDate(*dateFromYmd({12, 3, 4})), "0012-03-04");
  EXPECT_EQ(formatIsoDate(*dateFromYmd({-1, 3, 4})), "-0001-03-04");
}

TEST(Date, Components) {
  Value d = date(2024, 5, 7);  // a Tuesday
  EXPECT_VALUE(temporalComponent(d, "year"), Value(2024));
  EXPECT_VALUE(temporalComponent(d, "month"), Value(5));
  EXPECT_VALUE(temporalComponent(d, "day"), Value(7));
  EXPECT_VALUE(temporalComponent(d, "quarter"), Value(2));
  EXPECT_VALUE(temporalComponent(d, "dayOfQuarter"), Value(37));
  EXPECT_VALUE(temporalComponent(d, "dayOfWeek"), Value(2));
  EXPECT_VALUE(temporalComponent(d, "weekDay"), Value(2));
  EXPECT_VALUE(temporalComponent(d, "ordinalDay"), Value(128));
  EXPECT_VALUE(temporalComponent(d, "week"), Value(19));
  EXPECT_VALUE(temporalComponent(date(2024, 5, 5), "dayOfWeek"), Value(7));  // Sunday
  EXPECT_VALUE(temporalComponent(Value(), "year"), Value());
  EXPECT_CYPHER_ERROR(temporalComponent(d, "hour"), ARGUMENT_ERROR, "InvalidArgumentValue");
}

TEST(Date, IsoWeeksAtYearBoundaries) {
  // 2021-01-03 is a Sunday in week 53 of 2020; 2024-12-30 is a Monday in week 1 of 2025.
  EXPECT_VALUE(temporalComponent(date(2021, 1, 3), "week"), Value(53));
  EXPECT_VALUE(temporalComponent(date(2021, 1, 3), "weekYear"), Value(2020));
  EXPECT_VALUE(temporalComponent(date(2021, 1, 4), "week"), Value(1));
  EXPECT_VALUE(temporalComponent(date(2024, 12, 30), "week"), Value(1));
  EXPECT_VALUE(temporalComponent(date(2024, 12, 30), "weekYear"), Value(2025));
  EXPECT_VALUE(temporalComponent(date(2024, 12, 28), "weekYear"), Value(2024));
}

}  // namespace
}  // namespace rollcall::test
