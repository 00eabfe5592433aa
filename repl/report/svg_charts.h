#pragma once
// The report's charts as inline SVG, drawn here so the page needs no script or library to show
// them (and prints as it shows). Every label is HTML-escaped; each mark carries a <title> with its
// exact value, which browsers show as a tooltip.
#include <optional>
#include <string>
#include <vector>

namespace rollcall::repl {

struct ChartPoint {
  std::string label;
  double value = 0;
};

struct ChartSeries {
  std::string name;
  std::vector<ChartPoint> points;
};

// Lines over the x axis `labels`, in that order; a point whose label is not among them is left
// out, and a series without a point at some label skips it. A legend names the series when there
// are two or more.
std::string lineChart(const std::vector<std::string>& labels,
                      const std::vector<ChartSeries>& series);

// One bar per point, in order, heights proportional to the values from a baseline at 0.
std::string barChart(const std::vector<ChartPoint>& bars);

struct HeatMapGrid {
  std::vector<std::string> rows;
  std::vector<std::string> columns;
  // cells[row][column]; empty: no value (drawn blank, unlike 0).
  std::vector<std::vector<std::optional<double>>> cells;
};

// A cell per row and column, its shade proportional to its value over the grid's largest.
std::string heatMap(const HeatMapGrid& grid);

}  // namespace rollcall::repl
