// The chart sections: attendance per week and per module, sessions per student, instructor x
// module, and each module's monthly attendance rate.
#include <algorithm>
#include <map>
#include <set>

#include "repl/report/report_sections.h"
#include "repl/report/svg_charts.h"

namespace rollcall::repl {
namespace {

// A heat map or a line chart stays readable with this many rows, columns or lines; the query
// keeps them all, and the note says what is left out.
constexpr size_t MAX_HEAT_ROWS = 20;
constexpr size_t MAX_LINES = 8;

std::vector<ChartPoint> points(const Answer& answer, std::string_view label,
                               std::string_view value) {
  std::vector<ChartPoint> out;
  for (size_t r = 0; r < answer.rows(); ++r) {
    out.push_back({answer.text(r, label), answer.number(r, value)});
  }
  return out;
}

// The `limit` values of `key` with the largest sums of `value`, largest first.
std::vector<std::string> topKeys(const Answer& answer, std::string_view key, std::string_view value,
                                 size_t limit) {
  std::map<std::string, double> sums;
  for (size_t r = 0; r < answer.rows(); ++r) sums[answer.text(r, key)] += answer.number(r, value);
  std::vector<std::pair<std::string, double>> ranked(sums.begin(), sums.end());
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<std::string> keys;
  for (size_t i = 0; i < ranked.size() && i < limit; ++i) keys.push_back(ranked[i].first);
  return keys;
}

size_t distinctCount(const Answer& answer, std::string_view key) {
  std::set<std::string> values;
  for (size_t r = 0; r < answer.rows(); ++r) values.insert(answer.text(r, key));
  return values.size();
}

std::string shownOf(size_t shown, size_t all, const std::string& what) {
  return shown == all ? ""
                      : " Showing the " + std::to_string(shown) + " " + what +
                            " with the most attendance of " + std::to_string(all) + ".";
}

ReportSection perWeek(Database& db, const Parameters& params) {
  Answer a(db, "03_attendance_per_week", params);
  std::vector<ChartPoint> weeks = points(a, "monday", "attendance");
  std::vector<std::string> mondays;
  for (const ChartPoint& week : weeks) mondays.push_back(week.label);
  return {"attendance-per-week",
          "Attendance per week",
          "Student-session pairs by the Monday of the session's week.",
          lineChart(mondays, {{"attendance", std::move(weeks)}}),
          {&a.query()}};
}

ReportSection perModule(Database& db, const Parameters& params) {
  Answer a(db, "04_attendance_per_module", params);
  return {"attendance-per-module",
          "Attendance per module",
          "Student-session pairs per module, the modules with the most first (at most 30).",
          barChart(points(a, "module", "attendance")),
          {&a.query()}};
}

// The query's row 40 stands for 40 or more sessions; nobody attended none in its answer, so the
// 0 bar is the headline's never_attended.
ReportSection sessionsPerStudent(Database& db, const Parameters& params, const Answer& headline) {
  Answer a(db, "05_sessions_per_student", params);
  std::vector<ChartPoint> bars{{"0", headline.number(0, "never_attended")}};
  for (ChartPoint& bar : points(a, "sessions_attended", "students")) {
    if (bar.label == "40") bar.label = "40+";
    bars.push_back(std::move(bar));
  }
  return {"sessions-per-student",
          "Sessions attended per student",
          "How many students (bar height) attended 0, 1, 2, … sessions in scope (40+: 40 or more).",
          barChart(bars),
          {&a.query(), &headline.query()}};
}

HeatMapGrid grid(const Answer& a, std::vector<std::string> rows, std::vector<std::string> cols) {
  HeatMapGrid grid{std::move(rows), std::move(cols), {}};
  grid.cells.assign(grid.rows.size(), std::vector<std::optional<double>>(grid.columns.size()));
  for (size_t r = 0; r < a.rows(); ++r) {
    auto row = std::find(grid.rows.begin(), grid.rows.end(), a.text(r, "instructor"));
    auto col = std::find(grid.columns.begin(), grid.columns.end(), a.text(r, "module"));
    if (row == grid.rows.end() || col == grid.columns.end()) continue;
    grid.cells[size_t(row - grid.rows.begin())][size_t(col - grid.columns.begin())] =
        a.number(r, "attendance");
  }
  return grid;
}

ReportSection instructorModule(Database& db, const Parameters& params) {
  Answer a(db, "06_instructor_module_matrix", params);
  auto rows = topKeys(a, "instructor", "attendance", MAX_HEAT_ROWS);
  auto cols = topKeys(a, "module", "attendance", MAX_HEAT_ROWS);
  std::string note =
      "Student-session pairs per instructor (rows) and module (columns); blank: "
      "the instructor taught no session of the module." +
      shownOf(rows.size(), distinctCount(a, "instructor"), "instructors") +
      shownOf(cols.size(), distinctCount(a, "module"), "modules");
  return {"instructor-module",
          "Instructor × module",
          note,
          heatMap(grid(a, std::move(rows), std::move(cols))),
          {&a.query()}};
}

ReportSection monthlyRate(Database& db, const Parameters& params) {
  Answer a(db, "07_module_month_rate", params);
  std::vector<std::string> modules = topKeys(a, "module", "attendance", MAX_LINES);
  std::vector<ChartSeries> series;
  for (const std::string& module : modules) series.push_back({module, {}});
  std::set<std::string> months;
  for (size_t r = 0; r < a.rows(); ++r) {
    std::string month = a.text(r, "month").substr(0, 7);  // 2024-01-01 -> 2024-01
    months.insert(month);
    auto found = std::find(modules.begin(), modules.end(), a.text(r, "module"));
    if (found == modules.end()) continue;
    series[size_t(found - modules.begin())].points.push_back({month, 100 * a.number(r, "rate")});
  }
  std::string note =
      "Percent: a month's attendance / (the module's students × its sessions "
      "that month)." +
      shownOf(modules.size(), distinctCount(a, "module"), "modules");
  return {"module-month-rate",
          "Attendance rate per module by month",
          note,
          lineChart({months.begin(), months.end()}, series),
          {&a.query()}};
}

}  // namespace

std::vector<ReportSection> chartSections(Database& db, const Parameters& params,
                                         const Answer& headlineStudents) {
  std::vector<ReportSection> sections;
  sections.push_back(perWeek(db, params));
  sections.push_back(perModule(db, params));
  sections.push_back(sessionsPerStudent(db, params, headlineStudents));
  sections.push_back(instructorModule(db, params));
  sections.push_back(monthlyRate(db, params));
  return sections;
}

}  // namespace rollcall::repl
