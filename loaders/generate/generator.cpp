#include "loaders/generate/generator.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>

#include "loaders/csv/csv_writer.h"
#include "loaders/generate/attendance_plan.h"
#include "loaders/generate/mess.h"
#include "loaders/generate/names.h"
#include "loaders/generate/random.h"

namespace rollcall::loaders {
namespace {

using csv::CsvWriter;

constexpr uint64_t DURATIONS[] = {60, 90, 120};

// Sessions are spread evenly over 52 weeks from Monday 2024-01-08, in id order.
std::string sessionDate(uint64_t index, uint64_t sessions) {
  using namespace std::chrono;
  sys_days first = year{2024} / January / 8;
  year_month_day ymd{first + days{static_cast<int64_t>(index * 364 / sessions)}};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return text;
}

uint64_t writeStudents(const GeneratorOptions& options, const std::filesystem::path& dir) {
  CsvWriter out((dir / "students.csv").string());
  Mess mess(options.seed ^ 0x57d, options.dirty);
  for (auto header : {"student_id", "name", "email", "gender", "country"}) out.value(header);
  out.endRecord();
  for (uint64_t i = 0; i < options.students; ++i) {
    StudentProfile profile = studentProfile(i);
    MessKind kind = mess.pick({MessKind::SPACES, MessKind::NON_NUMERIC, MessKind::EMPTY_VALUE});
    mess.id(out, i + 1, kind);
    out.value(profile.name);
    out.value(profile.email);
    out.value(profile.gender);
    kind == MessKind::EMPTY_VALUE ? out.null() : out.value(profile.country);
    out.endRecord();
    if (kind == MessKind::NON_NUMERIC) mess.junkRow(out, 5);
  }
  out.close();
  return options.students + mess.extraRows();
}

// Modules and instructors are far fewer than sessions: each is shared by many sessions.
uint64_t writeSessions(const GeneratorOptions& options, const std::filesystem::path& dir) {
  CsvWriter out((dir / "sessions.csv").string());
  Random random(options.seed ^ 0x5e5);
  Mess mess(options.seed ^ 0x5e6, options.dirty);
  uint64_t modules = std::clamp<uint64_t>(options.sessions / 25, 3, 300);
  uint64_t instructors = std::clamp<uint64_t>(options.sessions / 40, 3, 500);
  for (auto header : {"session_id", "date", "duration", "module", "instructor"}) out.value(header);
  out.endRecord();
  for (uint64_t i = 0; i < options.sessions; ++i) {
    MessKind kind = mess.pick({MessKind::SPACES, MessKind::NON_NUMERIC, MessKind::EMPTY_MODULE,
                               MessKind::EMPTY_INSTRUCTOR});
    mess.id(out, i + 1, kind);
    out.value(sessionDate(i, options.sessions));
    out.value(static_cast<int64_t>(DURATIONS[random.below(3)]));
    std::string module = moduleName(random.below(modules));
    std::string instructor = instructorName(random.below(instructors));
    kind == MessKind::EMPTY_MODULE ? out.null() : out.value(module);
    kind == MessKind::EMPTY_INSTRUCTOR ? out.null() : out.value(instructor);
    out.endRecord();
    if (kind == MessKind::NON_NUMERIC) mess.junkRow(out, 5);
  }
  out.close();
  return options.sessions + mess.extraRows();
}

uint64_t writeAttendance(const GeneratorOptions& options, const std::filesystem::path& dir) {
  AttendancePlan plan(options.students, options.sessions, options.attendance, options.seed);
  CsvWriter out((dir / "attendance.csv").string());
  Mess mess(options.seed ^ 0xa77, options.dirty);
  out.value("student_id");
  out.value("session_id");
  out.endRecord();
  for (uint64_t i = 0; i < options.attendance; ++i) {
    AttendancePlan::Pair pair = plan.next();
    MessKind kind = mess.pick({MessKind::SPACES, MessKind::NON_NUMERIC, MessKind::DUPLICATE,
                               MessKind::UNKNOWN_STUDENT, MessKind::UNKNOWN_SESSION});
    mess.id(out, pair.student, kind);
    mess.id(out, pair.session, kind == MessKind::SPACES ? kind : MessKind::NONE);
    out.endRecord();
    mess.extraAttendance(out, kind, pair.student, pair.session,
                         {options.students, options.sessions});
  }
  out.close();
  return options.attendance + mess.extraRows();
}

}  // namespace

GeneratedRows generateAttendance(const GeneratorOptions& options,
                                 const std::filesystem::path& outDir) {
  std::filesystem::create_directories(outDir);
  GeneratedRows rows;
  rows.attendance = writeAttendance(options, outDir);  // first: it validates the options
  rows.students = writeStudents(options, outDir);
  rows.sessions = writeSessions(options, outDir);
  return rows;
}

}  // namespace rollcall::loaders
