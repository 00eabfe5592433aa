#include "repl/printer/table_printer.h"

#include <gtest/gtest.h>

#include <sstream>

#include "repl/printer/result_printer.h"
#include "tests/unit/repl/sample_values.h"

namespace rollcall::repl {
namespace {

using namespace rollcall::repl::testing;

std::string table(const QueryResult& r) {
  std::ostringstream out;
  printTable(r, out);
  return out.str();
}

TEST(TablePrinter, AlignsColumnsAndCountsRows) {
  EXPECT_EQ(table(result({"name", "age"}, {{Value("Ann"), Value(21)}, {Value("Bobby"), Value()}})),
            "+-------+------+\n"
            "| name  | age  |\n"
            "+-------+------+\n"
            "| Ann   |   21 |\n"
            "| Bobby | null |\n"
            "+-------+------+\n"
            "2 rows\n");
}

TEST(TablePrinter, OneRowAndZeroRows) {
  EXPECT_EQ(table(result({"x"}, {{Value(1.5)}})),
            "+-----+\n| x   |\n+-----+\n| 1.5 |\n+-----+\n1 row\n");
  EXPECT_EQ(table(result({"x"}, {})), "+---+\n| x |\n+---+\n0 rows\n");
}

TEST(TablePrinter, StringsBareAtTopLevelQuotedInside) {
  Value list(ValueList{Value("a"), Value(1)});
  EXPECT_EQ(table(result({"s", "l"}, {{Value("it's"), list}})),
            "+------+----------+\n"
            "| s    | l        |\n"
            "+------+----------+\n"
            "| it's | ['a', 1] |\n"
            "+------+----------+\n"
            "1 row\n");
}

TEST(TablePrinter, EveryValueKind) {
  QueryResult r = result({"v"}, {{Value()},
                                 {Value(true)},
                                 {Value(-3)},
                                 {Value(2.0)},
                                 {Value("text")},
                                 {date(2024, 5, 1)},
                                 {Value(ValueMap{{"a", Value(1)}})},
                                 {node(1, {"Student"}, {{"name", Value("Ann")}})},
                                 {rel(2, "ATTENDED", 1, 3, {})},
                                 {samplePath()}});
  std::string text = table(r);
  EXPECT_NE(text.find("| null "), std::string::npos);
  EXPECT_NE(text.find("| true "), std::string::npos);
  EXPECT_NE(text.find("| -3 "), std::string::npos);
  EXPECT_NE(text.find("| 2.0 "), std::string::npos);
  EXPECT_NE(text.find("| text "), std::string::npos);
  EXPECT_NE(text.find("| 2024-05-01 "), std::string::npos);
  EXPECT_NE(text.find("| {a: 1} "), std::string::npos);
  EXPECT_NE(text.find("| (:Student {name: 'Ann'}) "), std::string::npos);
  EXPECT_NE(text.find("| [:ATTENDED] "), std::string::npos);
  EXPECT_NE(text.find("| <(:Student {name: 'Ann'})-[:ATTENDED]->(:Session)<-[:TAUGHT_BY "
                      "{hours: 2}]-(:Instructor)> |"),
            std::string::npos);
  EXPECT_EQ(text.substr(text.size() - 8), "10 rows\n");
}

TEST(TablePrinter, LineBreaksInCellsAreEscaped) {
  EXPECT_EQ(table(result({"s"}, {{Value("a\nb")}})),
            "+------+\n| s    |\n+------+\n| a\\nb |\n+------+\n1 row\n");
}

TEST(TablePrinter, WidthCountsCodePoints) {
  EXPECT_EQ(displayWidth("Zoë"), 3u);
  EXPECT_EQ(table(result({"name"}, {{Value("Zoë")}})),
            "+------+\n| name |\n+------+\n| Zoë  |\n+------+\n1 row\n");
}

TEST(TablePrinter, WriteStatementShowsStats) {
  QueryResult r = result({}, {});
  r.stats.nodesCreated = 2;
  r.stats.propertiesSet = 4;
  EXPECT_EQ(table(r), "Created 2 nodes, set 4 properties\n");
  r.columns = {"n"};
  r.rows = {{Value(1)}};
  EXPECT_EQ(table(r),
            "+---+\n| n |\n+---+\n| 1 |\n+---+\n1 row\nCreated 2 nodes, set 4 properties\n");
}

TEST(TablePrinter, NothingToShow) {
  EXPECT_EQ(table(result({}, {})), "(no changes, no records)\n");
}

TEST(TablePrinter, StatsSummaryWording) {
  QueryStats s;
  EXPECT_EQ(statsSummary(s), "");
  s.nodesCreated = 1;
  s.nodesDeleted = 3;
  s.relationshipsCreated = 1;
  s.relationshipsDeleted = 2;
  s.propertiesSet = 1;
  s.labelsAdded = 1;
  s.labelsRemoved = 2;
  s.indexesAdded = 1;
  s.indexesRemoved = 2;
  s.constraintsAdded = 1;
  s.constraintsRemoved = 2;
  EXPECT_EQ(statsSummary(s),
            "Created 1 node, deleted 3 nodes, created 1 relationship, deleted 2 relationships, "
            "set 1 property, added 1 label, removed 2 labels, added 1 index, removed 2 indexes, "
            "added 1 constraint, removed 2 constraints");
}

TEST(TablePrinter, PlanIsPrintedFirst) {
  QueryResult r = result({}, {});
  r.plan = "Projection\n  Scan";
  EXPECT_EQ(table(r), "Projection\n  Scan\n");
}

// The shell's :max-rows and :timing: the rows past the cap are counted, not shown; the count is
// of all rows; the time follows it.
TEST(TablePrinter, MaxRowsAndTiming) {
  QueryResult r = result({"i"}, {{Value(1)}, {Value(2)}, {Value(3)}, {Value(4)}});
  std::ostringstream out;
  printTable(r, out, TableOptions{12.25, 2});
  EXPECT_EQ(out.str(),
            "+---+\n"
            "| i |\n"
            "+---+\n"
            "| 1 |\n"
            "| 2 |\n"
            "+---+\n"
            "... 2 more rows\n"
            "4 rows (12 ms)\n");
  std::ostringstream fast;
  printTable(result({"i"}, {{Value(1)}}), fast, TableOptions{0.42, 2});
  EXPECT_EQ(fast.str(), "+---+\n| i |\n+---+\n| 1 |\n+---+\n1 row (0.4 ms)\n");
  std::ostringstream thousands;
  std::vector<std::vector<Value>> many(9001, std::vector<Value>{Value(7)});
  printTable(result({"i"}, many), thousands, TableOptions{std::nullopt, 1});
  EXPECT_NE(thousands.str().find("... 9,000 more rows\n9001 rows\n"), std::string::npos);
}

// At a terminal of `maxWidth` columns the widest columns are narrowed until the table fits;
// narrow ones keep their width, cut cells end in "…", and code points count as one column.
TEST(TablePrinter, CellsAreCutToFitTheTerminal) {
  QueryResult r = result({"id", "name", "note"},
                         {{Value(1), Value("Ann"), Value("first of the long remarks here")},
                          {Value(2), Value("Bérénice Lévêque-Dupont"), Value("short")}});
  std::ostringstream out;
  printTable(r, out, TableOptions{std::nullopt, std::nullopt, 40});
  EXPECT_EQ(out.str(),
            "+----+----------------+----------------+\n"
            "| id | name           | note           |\n"
            "+----+----------------+----------------+\n"
            "|  1 | Ann            | first of the \u2026 |\n"
            "|  2 | Bérénice Lévê\u2026 | short          |\n"
            "+----+----------------+----------------+\n"
            "2 rows\n");
  std::ostringstream wide;  // a table that fits is printed as without a width
  printTable(r, wide, TableOptions{std::nullopt, std::nullopt, 200});
  EXPECT_EQ(wide.str(), table(r));
}

TEST(TablePrinter, ColumnsAreNeverCutBelowAMinimum) {
  std::vector<std::string> columns;
  std::vector<Value> row;
  for (int i = 0; i < 10; ++i) {
    columns.push_back("column_" + std::to_string(i));
    row.push_back(Value("a value of twenty chars"));
  }
  std::ostringstream out;
  printTable(result(columns, {row}), out, TableOptions{std::nullopt, std::nullopt, 40});
  EXPECT_NE(out.str().find("| column_9 |"), std::string::npos) << out.str();
  EXPECT_NE(out.str().find("| a value\u2026 |"), std::string::npos) << out.str();
  EXPECT_EQ(cutToWidth("abc", 3), "abc");
  EXPECT_EQ(cutToWidth("abcd", 3), "ab\u2026");
  EXPECT_EQ(cutToWidth("\u00e9\u00e9\u00e9\u00e9", 2), "\u00e9\u2026");
}

}  // namespace
}  // namespace rollcall::repl
