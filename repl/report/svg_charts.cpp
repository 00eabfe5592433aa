#include "repl/report/svg_charts.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "repl/report/svg_canvas.h"

namespace rollcall::repl {
namespace {

// Colour-blind-safe palette (Okabe and Ito) for line series.
constexpr const char* PALETTE[] = {"#0072B2", "#E69F00", "#009E73", "#CC79A7",
                                   "#56B4E9", "#D55E00", "#F0E442", "#000000"};

double largestValue(const std::vector<ChartSeries>& series) {
  double top = 0;
  for (const auto& s : series) {
    for (const auto& p : s.points) top = std::max(top, p.value);
  }
  return top;
}

void drawSeries(SvgCanvas& canvas, const PlotArea& plot, const ChartSeries& s,
                const std::map<std::string, size_t>& slot, const char* colour) {
  std::string points;
  for (const auto& p : s.points) {
    if (!slot.contains(p.label)) continue;
    double x = plot.slotCentre(slot.at(p.label)), y = plot.yOf(p.value);
    points += coordinate(x) + "," + coordinate(y) + " ";
  }
  canvas.polyline(points, colour);
  for (const auto& p : s.points) {
    if (!slot.contains(p.label)) continue;
    double x = plot.slotCentre(slot.at(p.label)), y = plot.yOf(p.value);
    canvas.dot(x, y, colour, s.name + (s.name.empty() ? "" : " ") + p.label, p.value);
  }
}

void drawLegend(SvgCanvas& canvas, const std::vector<ChartSeries>& series) {
  if (series.size() < 2) return;
  for (size_t i = 0; i < series.size(); ++i) {
    canvas.legendEntry(i, series[i].name, PALETTE[i % std::size(PALETTE)]);
  }
}

}  // namespace

std::string lineChart(const std::vector<std::string>& labels,
                      const std::vector<ChartSeries>& series) {
  if (labels.empty()) return emptyChart();
  std::map<std::string, size_t> slot;
  for (size_t i = 0; i < labels.size(); ++i) slot[labels[i]] = i;
  size_t legendRows = series.size() < 2 ? 0 : series.size();
  SvgCanvas canvas(CHART_WIDTH, CHART_HEIGHT + legendRows * LEGEND_ROW, "line chart");
  PlotArea plot(labels.size(), largestValue(series));
  canvas.axes(plot, labels);
  for (size_t i = 0; i < series.size(); ++i) {
    drawSeries(canvas, plot, series[i], slot, PALETTE[i % std::size(PALETTE)]);
  }
  drawLegend(canvas, series);
  return canvas.finish();
}

std::string barChart(const std::vector<ChartPoint>& bars) {
  if (bars.empty()) return emptyChart();
  double top = 0;
  std::vector<std::string> labels;
  for (const auto& b : bars) {
    top = std::max(top, b.value);
    labels.push_back(b.label);
  }
  SvgCanvas canvas(CHART_WIDTH, CHART_HEIGHT, "bar chart");
  PlotArea plot(bars.size(), top);
  canvas.axes(plot, labels);
  for (size_t i = 0; i < bars.size(); ++i) canvas.bar(plot, i, bars[i].label, bars[i].value);
  return canvas.finish();
}

std::string heatMap(const HeatMapGrid& grid) {
  if (grid.rows.empty() || grid.columns.empty()) return emptyChart();
  double top = 0;
  for (const auto& row : grid.cells) {
    for (const auto& cell : row) top = std::max(top, cell.value_or(0));
  }
  HeatLayout layout(grid.rows.size(), grid.columns.size());
  SvgCanvas canvas(layout.width(), layout.height(), "heat map");
  canvas.heatLabels(layout, grid.rows, grid.columns);
  for (size_t r = 0; r < grid.rows.size(); ++r) {
    for (size_t c = 0; c < grid.columns.size(); ++c) {
      std::optional<double> value =
          r < grid.cells.size() && c < grid.cells[r].size() ? grid.cells[r][c] : std::nullopt;
      if (value) canvas.heatCell(layout, r, c, *value, top, grid.rows[r] + " × " + grid.columns[c]);
    }
  }
  return canvas.finish();
}

}  // namespace rollcall::repl
