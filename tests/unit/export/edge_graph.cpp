#include "tests/unit/export/edge_graph.h"

namespace rollcall::sqltest {

namespace {

// Ids above the sample's (students 1.., sessions 101..).
const char* EDGE_STATEMENTS[] = {
    "CREATE (:Module {module: 'Unused Module'}), (:Instructor {instructor: 'Nobody Teaches'})",
    "MATCH (m:Module {module: 'Databases'}), (i:Instructor {instructor: 'Sana Ben Ali'}) "
    "CREATE (m)<-[:BELONGS_TO]-(:Session {session_id: 900, duration: 30})-[:TAUGHT_BY]->(i)",
    "CREATE (:Session {session_id: 901, date: date('2024-05-02'), duration: 45})",
    "MATCH (m:Module {module: 'Graph Analytics'}), (i:Instructor {instructor: 'Omar Haddad'}) "
    "CREATE (m)<-[:BELONGS_TO]-(:Session {session_id: 902, date: date('2024-06-03'), "
    "duration: 60})-[:TAUGHT_BY]->(i)",
    "CREATE (:Student {student_id: 50, email: 'no.name@example.org'}), "
    "(:Student {student_id: 51, name: 'Zed', email: 'zed@example.org'}), "
    "(:Student {student_id: 52, name: 'Alice', email: 'alice2@example.org'}), "
    "(:Student {student_id: 53, name: \"O'Brien\"}), "
    "(:Student {student_id: 54, name: 'Zoë Ünal', country: 'Türkiye'})",
    "MATCH (s:Student), (sess:Session) "
    "WHERE [s.student_id, sess.session_id] IN [[1, 900], [50, 900], [52, 900], [53, 900], "
    "[1, 901], [50, 901], [54, 901], [50, 103], [52, 101], [52, 102], [52, 104], [52, 106], "
    "[52, 108]] "
    "CREATE (s)-[:ATTENDED]->(sess)",
};

}  // namespace

void addEdgeCases(Database& db) {
  for (const char* statement : EDGE_STATEMENTS) db.execute(statement);
}

}  // namespace rollcall::sqltest
