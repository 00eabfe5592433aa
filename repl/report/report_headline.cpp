// The headline figures: counts of the graph in scope and the overall attendance rate.
#include <cstdio>

#include "repl/report/html_text.h"
#include "repl/report/report_sections.h"

namespace rollcall::repl {
namespace {

// data-value holds the query's answer as the engine gave it, for tests and scripts to read;
// the text is for people.
std::string figure(std::string_view key, const std::string& label, const std::string& raw,
                   const std::string& shown) {
  return "<div class=\"figure\"><span class=\"value\" data-figure=\"" + std::string(key) +
         "\" data-value=\"" + escapeHtml(raw) + "\">" + escapeHtml(shown) +
         "</span><span class=\"label\">" + escapeHtml(label) + "</span></div>";
}

std::string countFigure(const Answer& answer, std::string_view column, const std::string& label) {
  const Value& value = answer.at(0, column);
  long long n = value.isNumber() ? static_cast<long long>(value.asNumber()) : 0;
  return figure(column, label, answer.text(0, column), groupedNumber(n));
}

std::string rateFigure(const Answer& answer) {
  const Value& rate = answer.at(0, "attendance_rate");
  std::string shown = rate.isNumber() ? percent(rate.asNumber()) : "–";
  return figure("attendance_rate", "attendance rate", answer.text(0, "attendance_rate"), shown);
}

}  // namespace

ReportSection headlineSection(const Answer& sessions, const Answer& students) {
  std::string body =
      "<div class=\"figures\">" + countFigure(students, "students", "students") +
      countFigure(sessions, "sessions", "sessions") + countFigure(sessions, "modules", "modules") +
      countFigure(sessions, "instructors", "instructors") +
      countFigure(students, "attendance", "attendance rows") + rateFigure(students) +
      countFigure(students, "never_attended", "students who never attended") + "</div>";
  return {"headline",
          "Headline figures",
          "Students: every student; the other figures count the sessions in scope and their "
          "attendance. The attendance rate is attendance rows / (students × sessions).",
          std::move(body),
          {&sessions.query(), &students.query()}};
}

}  // namespace rollcall::repl
