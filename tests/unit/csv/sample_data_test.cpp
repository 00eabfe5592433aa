#include <gtest/gtest.h>

#include "loaders/csv/csv_header.h"
#include "tests/unit/csv/csv_test_util.h"

namespace rollcall::csv::testing {
namespace {

// data/sample/README.md's expected answers rest on how these files parse: pin it.
Parsed readSample(const std::string& name) {
  CsvReader reader(std::string(ROLLCALL_SOURCE_DIR) + "/data/sample/" + name);
  return readAll(reader);
}

TEST(CsvSampleData, StudentsKeepSpacesAndOddIds) {
  auto parsed = readSample("students.csv");
  ASSERT_EQ(parsed.rows.size(), 14u);
  EXPECT_EQ(parsed.rows[0], (Row{"student_id", "name", "email", "gender", "country"}));
  EXPECT_EQ(parsed.rows[7][0], " 7 ");
  EXPECT_EQ(parsed.rows[13],
            (Row{"abc", "Ghost", "ghost@example.org", std::nullopt, std::nullopt}));
}

TEST(CsvSampleData, SessionsHaveNullInstructorAndModule) {
  auto parsed = readSample("sessions.csv");
  ASSERT_EQ(parsed.rows.size(), 10u);
  EXPECT_EQ(parsed.rows[6], (Row{"106", "2024-02-26", "90", "Python ETL", std::nullopt}));
  EXPECT_EQ(parsed.rows[7], (Row{"107", "2024-03-04", "60", std::nullopt, "Leila Mansour"}));
}

TEST(CsvSampleData, AttendanceRows) {
  auto parsed = readSample("attendance.csv");
  ASSERT_EQ(parsed.rows.size(), 39u);
  EXPECT_EQ(parsed.rows[31], (Row{"8", " 108 "}));
  EXPECT_EQ(parsed.rows[37], (Row{"12", std::nullopt}));
  EXPECT_EQ(parsed.lines.back(), 39u);
}

}  // namespace
}  // namespace rollcall::csv::testing
