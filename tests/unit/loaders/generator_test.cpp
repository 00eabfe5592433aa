#include "loaders/generate/generator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "loaders/csv/csv_header.h"
#include "loaders/csv/csv_reader.h"

namespace rollcall::loaders {
namespace {

namespace fs = std::filesystem;

fs::path outDir(const std::string& name) {
  auto dir = fs::temp_directory_path() / ("rollcall_generator_" + name);
  fs::remove_all(dir);
  return dir;
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  return content.str();
}

// The seed scripts' toInteger(trim(x)): null unless the trimmed text is an integer.
std::optional<uint64_t> toInteger(std::optional<std::string_view> text) {
  if (!text) return std::nullopt;
  auto begin = text->find_first_not_of(' ');
  if (begin == std::string_view::npos) return std::nullopt;
  auto trimmed = text->substr(begin, text->find_last_not_of(' ') - begin + 1);
  uint64_t value = 0;
  auto [end, error] = std::from_chars(trimmed.data(), trimmed.data() + trimmed.size(), value);
  if (error != std::errc() || end != trimmed.data() + trimmed.size()) return std::nullopt;
  return value;
}

// Rows of one column pair, as (first, second) after toInteger(trim()); nullopt where null.
using IdPair = std::pair<std::optional<uint64_t>, std::optional<uint64_t>>;
std::vector<IdPair> readIds(const fs::path& file, const char* first, const char* second) {
  csv::CsvReader reader(file.string());
  auto header = csv::CsvHeader::read(reader);
  std::vector<IdPair> ids;
  csv::CsvRecord record;
  while (reader.next(record)) {
    ids.emplace_back(toInteger(header.value(record, first)),
                     toInteger(header.value(record, second)));
  }
  return ids;
}

// What the seed scripts build: ATTENDED pairs between existing students and sessions, merged.
std::set<std::pair<uint64_t, uint64_t>> attendedGraph(const fs::path& dir) {
  std::set<uint64_t> students, sessions;
  for (auto& [id, unused] : readIds(dir / "students.csv", "student_id", "student_id")) {
    if (id) students.insert(*id);
  }
  for (auto& [id, unused] : readIds(dir / "sessions.csv", "session_id", "session_id")) {
    if (id) sessions.insert(*id);
  }
  std::set<std::pair<uint64_t, uint64_t>> attended;
  for (auto& [student, session] : readIds(dir / "attendance.csv", "student_id", "session_id")) {
    if (student && session && students.count(*student) && sessions.count(*session)) {
      attended.emplace(*student, *session);
    }
  }
  return attended;
}

// Real sessions (integer id) with a null module, and with a null instructor.
std::pair<uint64_t, uint64_t> sessionsMissing(const fs::path& file) {
  csv::CsvReader reader(file.string());
  auto header = csv::CsvHeader::read(reader);
  std::pair<uint64_t, uint64_t> missing;
  csv::CsvRecord record;
  while (reader.next(record)) {
    if (!toInteger(header.value(record, "session_id"))) continue;
    missing.first += header.value(record, "module") ? 0 : 1;
    missing.second += header.value(record, "instructor") ? 0 : 1;
  }
  return missing;
}

const GeneratorOptions SMALL{.students = 300, .sessions = 40, .attendance = 3000, .seed = 7};

TEST(Generator, SameSeedGivesIdenticalFiles) {
  GeneratorOptions options = SMALL;
  options.dirty = true;
  auto a = outDir("same_a"), b = outDir("same_b"), c = outDir("same_c");
  generateAttendance(options, a);
  generateAttendance(options, b);
  options.seed = 8;
  generateAttendance(options, c);
  for (auto file : {"students.csv", "sessions.csv", "attendance.csv"}) {
    EXPECT_EQ(slurp(a / file), slurp(b / file)) << file;
  }
  EXPECT_NE(slurp(a / "attendance.csv"), slurp(c / "attendance.csv"));
  for (auto& dir : {a, b, c}) fs::remove_all(dir);
}

constexpr const char* GOLDEN_STUDENTS =
    "student_id,name,email,gender,country\n"
    "1,Alice,alice.1@example.org,F,Tunisia\n"
    "2,Bilel Ben Ali,bilel.benali.2@example.org,M,Portugal\n"
    "3,Chloe Ben Ali,chloe.benali.3@example.org,F,Egypt\n";
constexpr const char* GOLDEN_SESSIONS =
    "session_id,date,duration,module,instructor\n"
    "1,2024-01-08,60,Databases,Nour Ben Ali\n"
    "2,2024-07-08,90,Databases,Ines Ben Ali\n";
constexpr const char* GOLDEN_ATTENDANCE = "student_id,session_id\n1,2\n1,1\n2,2\n";

// Pins the exact output of a tiny run: draws are our own arithmetic on mt19937_64, so this must
// hold on every platform and standard library. Update it only for an intended format change.
TEST(Generator, TinyRunIsPortable) {
  auto dir = outDir("tiny");
  auto rows = generateAttendance({.students = 3, .sessions = 2, .attendance = 3, .seed = 1}, dir);
  EXPECT_EQ(rows.students, 3u);
  EXPECT_EQ(rows.sessions, 2u);
  EXPECT_EQ(rows.attendance, 3u);
  EXPECT_EQ(slurp(dir / "students.csv"), GOLDEN_STUDENTS);
  EXPECT_EQ(slurp(dir / "sessions.csv"), GOLDEN_SESSIONS);
  EXPECT_EQ(slurp(dir / "attendance.csv"), GOLDEN_ATTENDANCE);
  fs::remove_all(dir);
}

TEST(Generator, CleanAttendanceIsDistinctSkewedAndLeavesSomeOut) {
  auto dir = outDir("clean");
  auto rows = generateAttendance(SMALL, dir);
  EXPECT_EQ(rows.attendance, SMALL.attendance);
  auto pairs = readIds(dir / "attendance.csv", "student_id", "session_id");
  ASSERT_EQ(pairs.size(), SMALL.attendance);
  std::set<IdPair> distinct(pairs.begin(), pairs.end());
  EXPECT_EQ(distinct.size(), pairs.size());
  std::map<uint64_t, uint64_t> perStudent;
  for (auto& [student, session] : pairs) {
    ASSERT_TRUE(student && *student >= 1 && *student <= SMALL.students);
    ASSERT_TRUE(session && *session >= 1 && *session <= SMALL.sessions);
    ++perStudent[*student];
  }
  EXPECT_GE(perStudent[1], 3u);  // Alice
  EXPECT_LT(perStudent.size(), SMALL.students);
  uint64_t busiest = 0;
  for (auto& [student, count] : perStudent) busiest = std::max(busiest, count);
  EXPECT_EQ(busiest, SMALL.sessions);  // 10 a student on average; the top ones attend everything
  fs::remove_all(dir);
}

TEST(Generator, StudentsHaveOneAliceAndUniqueNames) {
  auto dir = outDir("students");
  generateAttendance({.students = 1000, .sessions = 5, .attendance = 10}, dir);
  csv::CsvReader reader((dir / "students.csv").string());
  auto header = csv::CsvHeader::read(reader);
  ASSERT_EQ(header.size(), 5u);
  EXPECT_EQ(header.name(4), "country");
  std::set<std::string> names;
  csv::CsvRecord record;
  uint64_t expectedId = 1;
  while (reader.next(record)) {
    reader.requireFieldCount(record, 5);
    EXPECT_EQ(header.value(record, "student_id"), std::to_string(expectedId++));
    EXPECT_TRUE(names.insert(std::string(*header.value(record, "name"))).second);
  }
  EXPECT_EQ(expectedId, 1001u);
  EXPECT_EQ(names.count("Alice"), 1u);
  fs::remove_all(dir);
}

TEST(Generator, DirtyFilesBuildTheSameGraphAsCleanOnes) {
  GeneratorOptions options{.students = 2000, .sessions = 3000, .attendance = 20000, .seed = 3};
  auto clean = outDir("graph_clean"), dirty = outDir("graph_dirty");
  generateAttendance(options, clean);
  options.dirty = true;
  auto rows = generateAttendance(options, dirty);
  EXPECT_GT(rows.attendance, options.attendance);
  EXPECT_EQ(attendedGraph(dirty), attendedGraph(clean));
  EXPECT_EQ(attendedGraph(clean).size(), options.attendance);

  auto [noModule, noInstructor] = sessionsMissing(dirty / "sessions.csv");
  EXPECT_GT(noModule, 0u);
  EXPECT_GT(noInstructor, 0u);
  std::string attendance = slurp(dirty / "attendance.csv");
  EXPECT_NE(attendance.find(" ,"), std::string::npos);      // spaces around an id
  EXPECT_NE(attendance.find("\nabc,"), std::string::npos);  // non-numeric id
  fs::remove_all(clean);
  fs::remove_all(dirty);
}

TEST(Generator, ImpossibleAttendanceIsRejected) {
  auto dir = outDir("impossible");
  EXPECT_THROW(generateAttendance({.students = 3, .sessions = 2, .attendance = 7}, dir),
               std::invalid_argument);
  EXPECT_THROW(generateAttendance({.students = 0, .sessions = 2, .attendance = 1}, dir),
               std::invalid_argument);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace rollcall::loaders
