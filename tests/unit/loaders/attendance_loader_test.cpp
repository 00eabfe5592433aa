// The bulk attendance loader on small hand-written files: the graph, the rejects, idempotence.
#include <gtest/gtest.h>

#include "loaders/csv/csv_error.h"
#include "tests/unit/loaders/attendance_loader_test_util.h"

namespace rollcall::loaders::testing {
namespace {

using storage::PropertyValue;

const char* STUDENTS =
    "student_id,name,email,gender,country\n"
    "1,Alice,alice@x.org,F,Tunisia\n"
    " 2 ,Bilel,,M,Tunisia\n"
    "abc,Ghost,ghost@x.org,,\n"
    "3,Chloe,chloe@x.org,F,France\n"
    ",Nobody,n@x.org,,\n"
    "4,Dmitri,d@x.org,M\n"
    "3,Chloe B,\"chloe, b@y.org\",F,\n"
    "5.7,Five,five@x.org,,Kenya\n";

const char* SESSIONS =
    "session_id,date,duration,module,instructor\n"
    "101,2024-01-08,90,Databases,Sana\n"
    "102,2024-01-15, 60 ,Databases,\n"
    "103,2024-13-01,60,Graphs,Omar\n"
    "xyz,2024-01-22,60,Python,Leila\n"
    " 104 ,,abc,,Omar\n"
    "101,2024-01-09,120,Databases,Omar\n";

const char* ATTENDANCE =
    "student_id,session_id\n"
    "1,101\n"
    "1,101\n"
    " 2 , 102\n"
    "3,103\n"
    "99,101\n"
    "x,101\n"
    "1,\n"
    "5,104\n"
    "2,102,extra\n"
    "1,abc\n"
    "99,abc\n";

class MessyFilesTest : public AttendanceLoaderTest {
 protected:
  void SetUp() override {
    AttendanceLoaderTest::SetUp();
    write("students.csv", STUDENTS);
    write("sessions.csv", SESSIONS);
    write("attendance.csv", ATTENDANCE);
  }

  // The node of `label` whose `keyName` is `value`.
  storage::NodeId find(const char* labelName, const char* keyName, const PropertyValue& value) {
    auto txn = store_->begin();
    auto nodes = txn->indexSeek(label(labelName), key(keyName), value);
    EXPECT_EQ(nodes.size(), 1u) << labelName << " " << keyName;
    return nodes.empty() ? storage::NodeId{0} : nodes[0];
  }
  PropertyValue property(storage::NodeId node, const char* keyName) {
    return store_->begin()->nodeProperty(node, key(keyName));
  }
};

TEST_F(MessyFilesTest, BuildsTheSeedGraph) {
  load();
  EXPECT_EQ(labelCount("Student"), 4u);
  EXPECT_EQ(labelCount("Session"), 3u);
  EXPECT_EQ(labelCount("Instructor"), 3u);  // Sana, Omar, and Leila from a rejected row
  EXPECT_EQ(labelCount("Module"), 3u);      // Databases, Python, and Graphs from rejected rows
  EXPECT_EQ(typeCount("ATTENDED"), 3u);
  EXPECT_EQ(typeCount("TAUGHT_BY"), 3u);  // 101-Sana, 104-Omar, 101-Omar
  EXPECT_EQ(typeCount("BELONGS_TO"), 2u);
  EXPECT_EQ(store_->nodeCount(), 13u);
  EXPECT_EQ(store_->relCount(), 8u);
}

TEST_F(MessyFilesTest, LastRowOfARepeatedIdGivesTheValues) {
  load();
  storage::NodeId chloe = find("Student", "student_id", PropertyValue(int64_t{3}));
  EXPECT_EQ(property(chloe, "name"), PropertyValue("Chloe B"));
  EXPECT_EQ(property(chloe, "email"), PropertyValue("chloe, b@y.org"));
  EXPECT_TRUE(property(chloe, "country").isNull());
  storage::NodeId bilel = find("Student", "student_id", PropertyValue(int64_t{2}));
  EXPECT_TRUE(property(bilel, "email").isNull());
  EXPECT_EQ(property(bilel, "name"), PropertyValue("Bilel"));
  storage::NodeId five = find("Student", "student_id", PropertyValue(int64_t{5}));
  EXPECT_EQ(property(five, "country"), PropertyValue("Kenya"));

  storage::NodeId s101 = find("Session", "session_id", PropertyValue(int64_t{101}));
  EXPECT_EQ(property(s101, "date"), PropertyValue(storage::Date{19731}));  // 2024-01-09
  EXPECT_EQ(property(s101, "duration"), PropertyValue(int64_t{120}));
  storage::NodeId s102 = find("Session", "session_id", PropertyValue(int64_t{102}));
  EXPECT_EQ(property(s102, "duration"), PropertyValue(int64_t{60}));
  storage::NodeId s104 = find("Session", "session_id", PropertyValue(int64_t{104}));
  EXPECT_TRUE(property(s104, "date").isNull());
  EXPECT_TRUE(property(s104, "duration").isNull());
  EXPECT_EQ(store_->begin()->nodeProperties(s104).size(), 1u);
}

TEST_F(MessyFilesTest, RelationshipsJoinTheRightNodes) {
  load();
  auto txn = store_->begin();
  storage::NodeId s101 = find("Session", "session_id", PropertyValue(int64_t{101}));
  std::vector<storage::Edge> edges;
  txn->neighbours(s101, *store_->catalog().findRelType("TAUGHT_BY"), storage::Direction::OUT,
                  edges);
  std::set<std::string> names;
  for (const auto& e : edges) names.insert(property(e.other, "instructor").asString());
  EXPECT_EQ(names, (std::set<std::string>{"Omar", "Sana"}));
  txn->neighbours(s101, *store_->catalog().findRelType("ATTENDED"), storage::Direction::IN, edges);
  ASSERT_EQ(edges.size(), 1u);
  EXPECT_EQ(property(edges[0].other, "name"), PropertyValue("Alice"));
}

TEST_F(MessyFilesTest, SummaryCountsRowsPerFile) {
  LoadSummary s = load();
  EXPECT_EQ(s.students.file, "students.csv");
  EXPECT_EQ(s.students.rows, 8u);
  EXPECT_EQ(s.students.loaded, 4u);
  EXPECT_EQ(s.students.rejected, 4u);
  EXPECT_EQ(s.sessions.rows, 6u);
  EXPECT_EQ(s.sessions.loaded, 3u);
  EXPECT_EQ(s.sessions.rejected, 3u);
  EXPECT_EQ(s.attendance.rows, 11u);
  EXPECT_EQ(s.attendance.loaded, 4u);  // 1-101 twice, 2-102, 5-104
  EXPECT_EQ(s.attendance.rejected, 7u);
  EXPECT_EQ(s.nodesCreated, 13u);
  EXPECT_EQ(s.relationshipsCreated, 8u);
  EXPECT_EQ(s.propertiesSet, 0u);
}

TEST_F(MessyFilesTest, RejectsFileNamesFileLineReasonAndRecord) {
  load();
  EXPECT_EQ(read(rejectsPath()),
            "file,line,reason,record\n"
            "students.csv,4,non-integer student_id 'abc',\"abc,Ghost,ghost@x.org,,\"\n"
            "students.csv,6,missing student_id,\",Nobody,n@x.org,,\"\n"
            "students.csv,7,\"wrong field count: 4 fields, the header has 5\","
            "\"4,Dmitri,d@x.org,M\"\n"
            "students.csv,5,duplicate student_id 3: replaced by line 8,"
            "\"3,Chloe,chloe@x.org,F,France\"\n"
            "sessions.csv,4,invalid date '2024-13-01',\"103,2024-13-01,60,Graphs,Omar\"\n"
            "sessions.csv,5,non-integer session_id 'xyz',\"xyz,2024-01-22,60,Python,Leila\"\n"
            "sessions.csv,2,duplicate session_id 101: replaced by line 7,"
            "\"101,2024-01-08,90,Databases,Sana\"\n"
            "attendance.csv,5,unknown session_id 103,\"3,103\"\n"
            "attendance.csv,6,unknown student_id 99,\"99,101\"\n"
            "attendance.csv,7,non-integer student_id 'x',\"x,101\"\n"
            "attendance.csv,8,missing session_id,\"1,\"\n"
            "attendance.csv,10,\"wrong field count: 3 fields, the header has 2\","
            "\"2,102,extra\"\n"
            "attendance.csv,11,non-integer session_id 'abc',\"1,abc\"\n"
            "attendance.csv,12,non-integer session_id 'abc',\"99,abc\"\n");
}

TEST_F(MessyFilesTest, LoadingTwiceCreatesNothingTwice) {
  load();
  LoadSummary again = load();
  EXPECT_EQ(store_->nodeCount(), 13u);
  EXPECT_EQ(store_->relCount(), 8u);
  EXPECT_EQ(again.nodesCreated, 0u);
  EXPECT_EQ(again.relationshipsCreated, 0u);
  EXPECT_EQ(again.propertiesSet, 0u);
  EXPECT_EQ(again.attendance.loaded, 4u);
}

TEST_F(MessyFilesTest, ReloadAddsOnlyWhatIsNewAndSetsChangedValues) {
  load();
  write("students.csv",
        "student_id,name,email,gender,country\n1,Alice,new@x.org,F,Tunisia\n"
        "6,Farid,f@x.org,M,\n");
  write("attendance.csv", "student_id,session_id\n1,101\n6,101\n2,104\n");
  LoadSummary s = load();
  EXPECT_EQ(s.nodesCreated, 1u);          // Farid
  EXPECT_EQ(s.relationshipsCreated, 2u);  // 6-101 and 2-104 (student 2 is in the store only)
  EXPECT_EQ(s.propertiesSet, 1u);         // Alice's email
  EXPECT_EQ(labelCount("Student"), 5u);
  EXPECT_EQ(typeCount("ATTENDED"), 5u);
  storage::NodeId alice = find("Student", "student_id", PropertyValue(int64_t{1}));
  EXPECT_EQ(property(alice, "email"), PropertyValue("new@x.org"));
}

TEST_F(MessyFilesTest, CreatesTheSeedConstraints) {
  load();
  const std::pair<const char*, const char*> wanted[] = {{"Student", "student_id"},
                                                        {"Session", "session_id"},
                                                        {"Instructor", "instructor"},
                                                        {"Module", "module"}};
  for (const auto& [labelName, keyName] : wanted) {
    auto index = store_->catalog().findIndex(label(labelName), key(keyName));
    ASSERT_TRUE(index) << labelName;
    EXPECT_TRUE(index->unique) << labelName;
  }
  EXPECT_TRUE(store_->catalog().findIndexByName("student_id_unique"));
}

TEST_F(AttendanceLoaderTest, MalformedFileWritesNothing) {
  write("students.csv", "student_id,name,email,gender,country\n1,Alice,a,F,T\n");
  write("sessions.csv", "session_id,date,duration,module,instructor\n101,2024-01-08,90,D,S\n");
  write("attendance.csv", "student_id,session_id\n1,101\n\"1,101\n");
  EXPECT_THROW(load(), csv::CsvError);
  EXPECT_EQ(store_->nodeCount(), 0u);
  EXPECT_EQ(store_->relCount(), 0u);
}

// The attendance file is read a few rows ahead of the row being loaded; a malformed row still
// fails at its own line, after the rows before it were rejected, and before any row after it.
TEST_F(AttendanceLoaderTest, MalformedRowFailsAtItsLineAfterEarlierRejects) {
  write("students.csv", "student_id,name,email,gender,country\n1,Alice,a,F,T\n");
  write("sessions.csv", "session_id,date,duration,module,instructor\n101,2024-01-08,90,D,S\n");
  std::string rows = "student_id,session_id\n";
  for (int i = 0; i < 40; ++i) rows += i == 30 ? "7,101\n" : "1,101\n";
  rows += "1,101\n1,\"101\" x\n8,101\n";
  write("attendance.csv", rows);
  try {
    load();
    FAIL() << "expected CsvError";
  } catch (const csv::CsvError& e) {
    EXPECT_EQ(e.line(), 43u);
  }
  EXPECT_EQ(read(rejectsPath()),
            "file,line,reason,record\n"
            "attendance.csv,32,unknown student_id 7,\"7,101\"\n");
  EXPECT_EQ(store_->nodeCount(), 0u);
  EXPECT_EQ(store_->relCount(), 0u);
}

TEST_F(AttendanceLoaderTest, MissingKeyColumnIsAnErrorAtTheHeader) {
  write("students.csv", "id,name\n1,Alice\n");
  write("sessions.csv", "session_id\n101\n");
  write("attendance.csv", "student_id,session_id\n1,101\n");
  try {
    load();
    FAIL() << "expected CsvError";
  } catch (const csv::CsvError& e) {
    EXPECT_EQ(e.line(), 1u);
    EXPECT_EQ(e.message(), "the header has no column 'student_id'");
  }
  EXPECT_EQ(store_->nodeCount(), 0u);
}

TEST_F(AttendanceLoaderTest, SampleDataGivesTheDocumentedGraph) {
  std::string sample = std::string(ROLLCALL_SOURCE_DIR) + "/data/sample/";
  LoadSummary s = loadAttendance(
      *store_, {sample + "students.csv", sample + "sessions.csv", sample + "attendance.csv"});
  EXPECT_EQ(labelCount("Student"), 12u);
  EXPECT_EQ(labelCount("Session"), 8u);
  EXPECT_EQ(labelCount("Instructor"), 3u);
  EXPECT_EQ(labelCount("Module"), 3u);
  EXPECT_EQ(typeCount("ATTENDED"), 32u);
  EXPECT_EQ(typeCount("TAUGHT_BY"), 7u);
  EXPECT_EQ(typeCount("BELONGS_TO"), 7u);
  EXPECT_EQ(s.attendance.rows, 38u);
  EXPECT_EQ(s.attendance.rejected, 4u);  // abc, 99, 999, and the empty session id
}

TEST_F(AttendanceLoaderTest, ProgressEndsEachFile) {
  write("students.csv", "student_id,name,email,gender,country\n1,A,a,F,T\n");
  write("sessions.csv", "session_id,date,duration,module,instructor\n101,2024-01-08,90,D,S\n");
  write("attendance.csv", "student_id,session_id\n1,101\n1,101\n");
  std::vector<std::string> seen;
  LoadOptions options;
  options.progress = [&](const LoadProgress& p) {
    if (p.fileDone) seen.push_back(std::string(p.file) + ":" + std::to_string(p.rows));
  };
  loadAttendance(*store_, files(), options);
  EXPECT_EQ(seen,
            (std::vector<std::string>{"students.csv:1", "sessions.csv:1", "attendance.csv:2"}));
}

}  // namespace
}  // namespace rollcall::loaders::testing
