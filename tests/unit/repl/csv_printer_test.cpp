#include "repl/printer/csv_printer.h"

#include <gtest/gtest.h>

#include <sstream>

#include "tests/unit/repl/sample_values.h"

namespace rollcall::repl {
namespace {

using namespace rollcall::repl::testing;

std::string csv(const QueryResult& r) {
  std::ostringstream out;
  printCsv(r, out);
  return out.str();
}

TEST(CsvPrinter, HeaderAndRows) {
  EXPECT_EQ(csv(result({"name", "age"}, {{Value("Ann"), Value(21)}, {Value("Bob"), Value(2.0)}})),
            "name,age\nAnn,21\nBob,2.0\n");
}

TEST(CsvPrinter, HeaderEvenWithoutRows) { EXPECT_EQ(csv(result({"a", "b"}, {})), "a,b\n"); }

TEST(CsvPrinter, NoColumnsPrintsNothing) {
  QueryResult r = result({}, {});
  r.stats.nodesCreated = 1;
  EXPECT_EQ(csv(r), "");
}

TEST(CsvPrinter, QuotesOnlyWhenNeeded) {
  EXPECT_EQ(csvField("plain text"), "plain text");
  EXPECT_EQ(csvField("a,b"), "\"a,b\"");
  EXPECT_EQ(csvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csvField("cr\r"), "\"cr\r\"");
  EXPECT_EQ(csv(result({"x,y"}, {})), "\"x,y\"\n");
}

TEST(CsvPrinter, NullIsEmptyAndEmptyStringIsQuoted) {
  EXPECT_EQ(csv(result({"a", "b", "c"}, {{Value(), Value(""), Value(false)}})),
            "a,b,c\n,\"\",false\n");
}

TEST(CsvPrinter, NestedValuesUseTheDisplayForm) {
  Value list(ValueList{Value(1), Value("x")});
  Value map(ValueMap{{"k", Value("v, w")}});
  EXPECT_EQ(csv(result({"l", "m", "d"}, {{list, map, date(2024, 5, 1)}})),
            "l,m,d\n\"[1, 'x']\",\"{k: 'v, w'}\",2024-05-01\n");
}

TEST(CsvPrinter, Entities) {
  Value n = node(1, {"Student"}, {{"name", Value("Ann")}});
  Value r = rel(2, "ATTENDED", 1, 3, {});
  EXPECT_EQ(csv(result({"n", "r", "p"}, {{n, r, samplePath()}})),
            "n,r,p\n(:Student {name: 'Ann'}),[:ATTENDED],<"
            "(:Student {name: 'Ann'})-[:ATTENDED]->(:Session)<-[:TAUGHT_BY {hours: 2}]-"
            "(:Instructor)>\n");
}

}  // namespace
}  // namespace rollcall::repl
