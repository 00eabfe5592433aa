// The seed's three LOAD CSV scripts and questions Q1..Q5, verbatim, and the query pack.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/unit/parser/parser_test_util.h"

namespace rollcall::testing {
namespace {

TEST(SeedQueries, AttendedScript) {
  EXPECT_EQ(parsed(R"(LOAD CSV WITH HEADERS FROM 'file:///attendance.csv' AS row
WITH row
WHERE NOT toInteger(trim(row.student_id)) IS NULL AND NOT toInteger(trim(row.session_id)) IS NULL
MATCH (st:Student { student_id: toInteger(trim(row.student_id)) })
MATCH (se:Session { session_id: toInteger(trim(row.session_id)) })
MERGE (st)-[:ATTENDED]->(se);)"),
            "(single (load-csv headers 'file:///attendance.csv' row) (with row (where (and "
            "(not (is-null (call toInteger (call trim (. row student_id))))) (not (is-null "
            "(call toInteger (call trim (. row session_id)))))))) (match (part (node "
            "st:Student (map (student_id (call toInteger (call trim (. row student_id)))))))) "
            "(match (part (node se:Session (map (session_id (call toInteger (call trim (. row "
            "session_id)))))))) (merge (part (node st) (rel -> :ATTENDED) (node se))))");
}

TEST(SeedQueries, TaughtByScript) {
  EXPECT_EQ(parsed(R"(LOAD CSV WITH HEADERS FROM 'file:///sessions.csv' AS row
WITH row
WHERE NOT toInteger(trim(row.session_id)) IS NULL AND NOT row.instructor IS NULL
MATCH (s:Session { session_id: toInteger(trim(row.session_id)) })
MATCH (i:Instructor { instructor: row.instructor })
MERGE (s)-[:TAUGHT_BY]->(i);)"),
            "(single (load-csv headers 'file:///sessions.csv' row) (with row (where (and (not "
            "(is-null (call toInteger (call trim (. row session_id))))) (not (is-null (. row "
            "instructor)))))) (match (part (node s:Session (map (session_id (call toInteger "
            "(call trim (. row session_id)))))))) (match (part (node i:Instructor (map "
            "(instructor (. row instructor)))))) (merge (part (node s) (rel -> :TAUGHT_BY) "
            "(node i))))");
}

TEST(SeedQueries, BelongsToScript) {
  EXPECT_EQ(parsed(R"(LOAD CSV WITH HEADERS FROM 'file:///sessions.csv' AS row
WITH row
WHERE NOT toInteger(trim(row.session_id)) IS NULL AND NOT row.module IS NULL
MATCH (s:Session { session_id: toInteger(trim(row.session_id)) })
MATCH (m:Module { module: row.module })
MERGE (s)-[:BELONGS_TO]->(m);)"),
            "(single (load-csv headers 'file:///sessions.csv' row) (with row (where (and (not "
            "(is-null (call toInteger (call trim (. row session_id))))) (not (is-null (. row "
            "module)))))) (match (part (node s:Session (map (session_id (call toInteger (call "
            "trim (. row session_id)))))))) (match (part (node m:Module (map (module (. row "
            "module)))))) (merge (part (node s) (rel -> :BELONGS_TO) (node m))))");
}

TEST(SeedQueries, Q1SessionsOfAlice) {
  EXPECT_EQ(parsed(R"(MATCH (s:Student {name: 'Alice'})-[:ATTENDED]->(sess:Session)
RETURN sess.session_id, sess.date)"),
            "(single (match (part (node s:Student (map (name 'Alice'))) (rel -> :ATTENDED) "
            "(node sess:Session))) (return (. sess session_id) (. sess date)))");
}

TEST(SeedQueries, Q2TopStudents) {
  EXPECT_EQ(parsed(R"(MATCH (s:Student)-[:ATTENDED]->(sess:Session)
RETURN s.name, COUNT(sess) AS session_count
ORDER BY session_count DESC
LIMIT 3)"),
            "(single (match (part (node s:Student) (rel -> :ATTENDED) (node sess:Session))) "
            "(return (. s name) (as (call COUNT sess) session_count) (order-by (desc "
            "session_count)) (limit 3)))");
}

TEST(SeedQueries, Q3StudentsPerSession) {
  EXPECT_EQ(parsed(R"(MATCH (s:Session)<-[:ATTENDED]-(st:Student)
RETURN s.session_id, COUNT(st) AS student_count)"),
            "(single (match (part (node s:Session) (rel <- :ATTENDED) (node st:Student))) "
            "(return (. s session_id) (as (call COUNT st) student_count)))");
}

TEST(SeedQueries, Q4UniqueStudentsPerModule) {
  EXPECT_EQ(parsed(R"(MATCH (s:Session)-[:BELONGS_TO]->(m:Module)
MATCH (s)<-[:ATTENDED]-(st:Student)
RETURN m.module, COUNT(DISTINCT st) AS unique_students)"),
            "(single (match (part (node s:Session) (rel -> :BELONGS_TO) (node m:Module))) "
            "(match (part (node s) (rel <- :ATTENDED) (node st:Student))) (return (. m "
            "module) (as (call COUNT distinct st) unique_students)))");
}

TEST(SeedQueries, Q5NeverAttended) {
  EXPECT_EQ(parsed(R"(MATCH (s:Student)
WHERE NOT (s)-[:ATTENDED]->()
RETURN s.name, s.student_id
)"),
            "(single (match (part (node s:Student)) (where (not (pattern (part (node s) (rel "
            "-> :ATTENDED) (node)))))) (return (. s name) (. s student_id)))");
}

// Every question of the attendance pack parses (its expected results are checked elsewhere).
TEST(SeedQueries, QueryPackParses) {
  namespace fs = std::filesystem;
  int parsedFiles = 0;
  for (const auto& entry :
       fs::recursive_directory_iterator(ROLLCALL_SOURCE_DIR "/queries/attendance")) {
    if (entry.path().extension() != ".cypher") continue;
    std::ifstream file(entry.path());
    std::stringstream text;
    text << file.rdbuf();
    EXPECT_NO_THROW(parseStatement(text.str())) << entry.path();
    ++parsedFiles;
  }
  EXPECT_GE(parsedFiles, 5);
}

}  // namespace
}  // namespace rollcall::testing
