#include "repl/report/svg_canvas.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "repl/report/html_text.h"

namespace rollcall::repl {
namespace {

constexpr size_t MAX_LABEL_CHARS = 20;
constexpr size_t MAX_AXIS_LABELS = 16;

// Long names would run into their neighbours; the element's <title> keeps the whole name.
std::string clipped(const std::string& label) {
  if (label.size() <= MAX_LABEL_CHARS) return label;
  size_t cut = MAX_LABEL_CHARS - 1;
  while (cut > 0 && (static_cast<unsigned char>(label[cut]) & 0xC0) == 0x80) --cut;
  return label.substr(0, cut) + "…";
}

std::string valueText(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

std::string tooltip(const std::string& label, double value) {
  return "<title>" + escapeHtml(label) + ": " + valueText(value) + "</title>";
}

std::string opacity(double v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

}  // namespace

std::string coordinate(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

std::string emptyChart() { return "<p class=\"empty\">No data in scope.</p>"; }

PlotArea::PlotArea(size_t slots, double largest)
    : slots_(std::max<size_t>(slots, 1)), top_(tickStep(largest) * VALUE_TICKS) {}

double tickStep(double largest) {
  if (largest <= 0) return 0;
  double rough = largest / VALUE_TICKS;
  double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
  for (double nice : {1.0, 2.0, 2.5, 5.0}) {
    if (nice * magnitude >= rough) return nice * magnitude;
  }
  return 10 * magnitude;
}

double PlotArea::yOf(double value) const {
  if (top_ <= 0) return bottomY();
  return bottomY() - (bottomY() - topY()) * (value / top_);
}

HeatLayout::HeatLayout(size_t rows, size_t columns)
    : rows_(rows),
      columns_(columns),
      cell_(std::clamp(560.0 / double(std::max(rows, columns)), 12.0, 48.0)) {}

SvgCanvas::SvgCanvas(double width, double height, std::string_view role) {
  svg_ = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" aria-label=\"" +
         std::string(role) + "\" viewBox=\"0 0 " + coordinate(width) + " " + coordinate(height) +
         "\" width=\"" + coordinate(width) + "\" height=\"" + coordinate(height) + "\">";
}

void SvgCanvas::text(double x, double y, std::string_view anchor, const std::string& content,
                     std::string_view extra) {
  svg_ += "<text x=\"" + coordinate(x) + "\" y=\"" + coordinate(y) + "\" text-anchor=\"" +
          std::string(anchor) + "\"" + std::string(extra) + ">" + escapeHtml(content) + "</text>";
}

void SvgCanvas::axes(const PlotArea& plot, const std::vector<std::string>& labels) {
  for (int t = 0; t <= VALUE_TICKS; ++t) {
    double value = plot.top() * t / VALUE_TICKS;
    std::string y = coordinate(plot.yOf(value));
    svg_ += "<line class=\"grid\" x1=\"" + coordinate(plot.left()) + "\" x2=\"" +
            coordinate(plot.right()) + "\" y1=\"" + y + "\" y2=\"" + y + "\"/>";
    text(plot.left() - 6, plot.yOf(value) + 4, "end", shortNumber(value));
    if (plot.top() <= 0) break;
  }
  size_t every = (labels.size() + MAX_AXIS_LABELS - 1) / MAX_AXIS_LABELS;
  for (size_t i = 0; i < labels.size(); i += std::max<size_t>(every, 1)) {
    std::string x = coordinate(plot.slotCentre(i)), y = coordinate(plot.bottomY() + 12);
    text(plot.slotCentre(i), plot.bottomY() + 12, "end", clipped(labels[i]),
         " transform=\"rotate(-35 " + x + " " + y + ")\"");
  }
}

void SvgCanvas::bar(const PlotArea& plot, size_t slot, const std::string& label, double value) {
  double width = plot.slotWidth() * 0.8, y = plot.yOf(value);
  svg_ += "<rect class=\"bar\" x=\"" + coordinate(plot.slotCentre(slot) - width / 2) + "\" y=\"" +
          coordinate(y) + "\" width=\"" + coordinate(width) + "\" height=\"" +
          coordinate(plot.bottomY() - y) + "\" data-value=\"" + valueText(value) + "\">" +
          tooltip(label, value) + "</rect>";
}

void SvgCanvas::polyline(const std::string& points, const char* colour) {
  svg_ += "<polyline class=\"line\" fill=\"none\" stroke=\"" + std::string(colour) +
          "\" points=\"" + points + "\"/>";
}

void SvgCanvas::dot(double x, double y, const char* colour, const std::string& label,
                    double value) {
  svg_ += "<circle class=\"dot\" cx=\"" + coordinate(x) + "\" cy=\"" + coordinate(y) +
          "\" r=\"3\" fill=\"" + colour + "\" data-value=\"" + valueText(value) + "\">" +
          tooltip(label, value) + "</circle>";
}

void SvgCanvas::legendEntry(size_t index, const std::string& name, const char* colour) {
  double y = CHART_HEIGHT + LEGEND_ROW * double(index) + 4;
  svg_ += "<rect x=\"60\" y=\"" + coordinate(y) + "\" width=\"12\" height=\"12\" fill=\"" + colour +
          "\"/>";
  text(78, y + 10, "start", name);
}

void SvgCanvas::heatLabels(const HeatLayout& layout, const std::vector<std::string>& rows,
                           const std::vector<std::string>& columns) {
  for (size_t r = 0; r < rows.size(); ++r) {
    text(layout.cellX(0) - 6, layout.cellY(r) + layout.cell() / 2 + 4, "end", clipped(rows[r]));
  }
  double y = layout.cellY(rows.size()) + 10;
  for (size_t c = 0; c < columns.size(); ++c) {
    double x = layout.cellX(c) + layout.cell() / 2;
    text(x, y, "end", clipped(columns[c]),
         " transform=\"rotate(-45 " + coordinate(x) + " " + coordinate(y) + ")\"");
  }
}

void SvgCanvas::heatCell(const HeatLayout& layout, size_t row, size_t column, double value,
                         double top, const std::string& label) {
  // Shade from pale to dark blue; opacity keeps it readable in print as well.
  double share = top > 0 ? value / top : 0;
  svg_ += "<rect class=\"cell\" x=\"" + coordinate(layout.cellX(column)) + "\" y=\"" +
          coordinate(layout.cellY(row)) + "\" width=\"" + coordinate(layout.cell() - 1) +
          "\" height=\"" + coordinate(layout.cell() - 1) + "\" fill=\"#0072B2\" fill-opacity=\"" +
          opacity(0.08 + 0.92 * share) + "\" data-value=\"" + valueText(value) + "\">" +
          tooltip(label, value) + "</rect>";
}

std::string SvgCanvas::finish() { return svg_ + "</svg>"; }

}  // namespace rollcall::repl
