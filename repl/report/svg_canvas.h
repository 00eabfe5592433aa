#pragma once
// The drawing primitives under svg_charts: a canvas that appends SVG elements, and the geometry
// of a plot (value axis and label slots) and of a heat map's grid.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rollcall::repl {

inline constexpr double CHART_WIDTH = 720;
inline constexpr double CHART_HEIGHT = 300;
inline constexpr double LEGEND_ROW = 18;
inline constexpr int VALUE_TICKS = 4;

// The step between value ticks for values up to `largest`: 1, 2, 2.5 or 5 times a power of ten,
// the smallest for which VALUE_TICKS steps reach `largest` (0 when largest <= 0).
double tickStep(double largest);

// A coordinate with one decimal: enough on screen, and keeps big charts small.
std::string coordinate(double v);

// What a chart without data shows instead of empty axes.
std::string emptyChart();

// The plot inside the axes: `slots` label positions along x; along y, values from 0 to the
// VALUE_TICKS-th tick at or above `largest`.
class PlotArea {
 public:
  PlotArea(size_t slots, double largest);
  double left() const { return LEFT; }
  double right() const { return CHART_WIDTH - RIGHT; }
  double topY() const { return TOP; }
  double bottomY() const { return CHART_HEIGHT - BOTTOM; }
  double top() const { return top_; }
  size_t slots() const { return slots_; }
  double slotWidth() const { return (right() - left()) / double(slots_); }
  double slotCentre(size_t i) const { return left() + slotWidth() * (double(i) + 0.5); }
  double yOf(double value) const;

 private:
  static constexpr double LEFT = 90, RIGHT = 16, TOP = 14, BOTTOM = 84;
  size_t slots_;
  double top_;
};

// A heat map's grid: row labels on the left, column labels along the bottom.
class HeatLayout {
 public:
  HeatLayout(size_t rows, size_t columns);
  double cellX(size_t column) const { return LABELS + cell_ * double(column); }
  double cellY(size_t row) const { return 8 + cell_ * double(row); }
  double cell() const { return cell_; }
  double width() const { return LABELS + cell_ * double(columns_) + 16; }
  double height() const { return cellY(rows_) + LABELS * 0.75; }

 private:
  static constexpr double LABELS = 160;
  size_t rows_, columns_;
  double cell_;
};

class SvgCanvas {
 public:
  SvgCanvas(double width, double height, std::string_view role);
  // Value gridlines with ticks, and every label (thinned to fit) under its slot.
  void axes(const PlotArea& plot, const std::vector<std::string>& labels);
  void bar(const PlotArea& plot, size_t slot, const std::string& label, double value);
  void polyline(const std::string& points, const char* colour);
  void dot(double x, double y, const char* colour, const std::string& label, double value);
  void legendEntry(size_t index, const std::string& name, const char* colour);
  void heatLabels(const HeatLayout& layout, const std::vector<std::string>& rows,
                  const std::vector<std::string>& columns);
  void heatCell(const HeatLayout& layout, size_t row, size_t column, double value, double top,
                const std::string& label);
  std::string finish();

 private:
  void text(double x, double y, std::string_view anchor, const std::string& content,
            std::string_view extra = {});
  std::string svg_;
};

}  // namespace rollcall::repl
