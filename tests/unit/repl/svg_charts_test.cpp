// The report's SVG charts: what an empty or tiny input draws, bar scaling, label escaping.
#include "repl/report/svg_charts.h"

#include <gtest/gtest.h>

#include <regex>

#include "repl/report/html_text.h"
#include "repl/report/svg_canvas.h"

namespace rollcall::repl {
namespace {

size_t occurrences(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// The height attribute of each <rect class="bar">, in order.
std::vector<double> barHeights(const std::string& svg) {
  std::vector<double> heights;
  std::regex bar(R"re(<rect class="bar" [^>]*height="([0-9.]+)")re");
  for (std::sregex_iterator it(svg.begin(), svg.end(), bar), end; it != end; ++it) {
    heights.push_back(std::stod((*it)[1]));
  }
  return heights;
}

TEST(SvgCharts, EmptyInputsSayThereIsNoData) {
  EXPECT_EQ(barChart({}), emptyChart());
  EXPECT_EQ(lineChart({}, {{"attendance", {}}}), emptyChart());
  EXPECT_EQ(heatMap({}), emptyChart());
  EXPECT_NE(emptyChart().find("No data"), std::string::npos);
}

TEST(SvgCharts, OnePointIsOneDotWithItsValue) {
  std::string svg = lineChart({"2024-01-08"}, {{"attendance", {{"2024-01-08", 7}}}});
  EXPECT_EQ(svg.rfind("<svg ", 0), 0u);
  EXPECT_EQ(occurrences(svg, "<circle"), 1u);
  EXPECT_NE(svg.find("data-value=\"7\""), std::string::npos);
  EXPECT_NE(svg.find("2024-01-08"), std::string::npos);
  EXPECT_EQ(svg.find("nan"), std::string::npos);
}

TEST(SvgCharts, PointsOffTheAxisAreLeftOut) {
  std::string svg = lineChart({"a", "b"}, {{"s", {{"a", 1}, {"z", 5}, {"b", 2}}}});
  EXPECT_EQ(occurrences(svg, "<circle"), 2u);
  EXPECT_EQ(svg.find("data-value=\"5\""), std::string::npos);
}

TEST(SvgCharts, TwoSeriesGetALegend) {
  std::string one = lineChart({"a"}, {{"Databases", {{"a", 1}}}});
  std::string two = lineChart({"a"}, {{"Databases", {{"a", 1}}}, {"Python", {{"a", 2}}}});
  EXPECT_EQ(one.find(">Databases</text>"), std::string::npos);
  EXPECT_NE(two.find(">Databases</text>"), std::string::npos);
  EXPECT_NE(two.find(">Python</text>"), std::string::npos);
}

// 8 is the top tick for values up to 8 (steps of 2): that bar spans the plot.
TEST(SvgCharts, BarsScaleToTheTopTick) {
  std::vector<double> heights = barHeights(barChart({{"a", 8}, {"b", 4}, {"c", 0}}));
  ASSERT_EQ(heights.size(), 3u);
  PlotArea plot(3, 8);
  EXPECT_NEAR(heights[0], plot.bottomY() - plot.topY(), 0.1);
  EXPECT_NEAR(heights[1], heights[0] / 2, 0.1);
  EXPECT_EQ(heights[2], 0);
}

TEST(SvgCharts, TicksAreRoundNumbers) {
  EXPECT_EQ(tickStep(0), 0);
  EXPECT_EQ(tickStep(5), 2);
  EXPECT_EQ(tickStep(8), 2);
  EXPECT_EQ(tickStep(12), 5);
  EXPECT_EQ(tickStep(83.3), 25);
  EXPECT_EQ(tickStep(1'000'000), 250'000);
  std::string svg = barChart({{"a", 12}});
  EXPECT_NE(svg.find(">15</text>"), std::string::npos);
  EXPECT_EQ(svg.find(">12</text>"), std::string::npos);
}

TEST(SvgCharts, AllZeroBarsStayOnTheAxis) {
  std::vector<double> heights = barHeights(barChart({{"a", 0}, {"b", 0}}));
  EXPECT_EQ(heights, (std::vector<double>{0, 0}));
}

TEST(SvgCharts, LabelsAreEscaped) {
  std::string name = "<b>&\"x'";
  for (const std::string& svg :
       {barChart({{name, 1}}), lineChart({name}, {{name, {{name, 1}}}, {"other", {}}}),
        heatMap({{name}, {name}, {{1.0}}})}) {
    EXPECT_EQ(svg.find("<b>"), std::string::npos) << svg;
    EXPECT_NE(svg.find(escapeHtml(name)), std::string::npos) << svg;
  }
}

TEST(SvgCharts, HeatMapShadesByValueAndLeavesMissingCellsBlank) {
  std::string svg = heatMap({{"Omar", "Sana"}, {"Databases"}, {{4.0}, {std::nullopt}}});
  EXPECT_EQ(occurrences(svg, "<rect class=\"cell\""), 1u);
  EXPECT_NE(svg.find("fill-opacity=\"1.00\""), std::string::npos);
  EXPECT_NE(svg.find("Omar × Databases: 4"), std::string::npos);
}

TEST(HtmlText, EscapesEveryMarkupCharacter) {
  EXPECT_EQ(escapeHtml("<b>&\"x'"), "&lt;b&gt;&amp;&quot;x&#39;");
  EXPECT_EQ(escapeHtml("Chloé"), "Chloé");
}

TEST(HtmlText, Numbers) {
  EXPECT_EQ(groupedNumber(0), "0");
  EXPECT_EQ(groupedNumber(999), "999");
  EXPECT_EQ(groupedNumber(1234567), "1,234,567");
  EXPECT_EQ(percent(0.3333), "33.3%");
  EXPECT_EQ(percent(0.0001), "0.01%");
  EXPECT_EQ(percent(1), "100%");
  EXPECT_EQ(shortNumber(2500), "2.5k");
  EXPECT_EQ(shortNumber(12), "12");
}

}  // namespace
}  // namespace rollcall::repl
