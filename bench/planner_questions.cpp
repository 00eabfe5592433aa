#include "bench/planner_questions.h"

#include "bench/query_pack.h"

namespace rollcall::bench {
namespace {

std::string seedQuery(const std::string& dir, const std::string& prefix) {
  return packQuery(dir, prefix).text;
}

const char* A_RETURN = " RETURN se.session_id, se.date";

Question sessionsOfAlice() {
  auto f = [](const char* label, const std::string& match) {
    return Formulation{label, match + A_RETURN};
  };
  return {"A",
          "sessions of Alice",
          {f("inline map", "MATCH (a:Student {name: 'Alice'})-[:ATTENDED]->(se:Session)"),
           f("WHERE", "MATCH (a:Student)-[:ATTENDED]->(se:Session) WHERE a.name = 'Alice'"),
           f("reversed", "MATCH (se:Session)<-[:ATTENDED]-(a:Student {name: 'Alice'})"),
           f("comma-separated",
             "MATCH (a:Student), (a)-[:ATTENDED]->(se:Session) WHERE a.name = 'Alice'"),
           f("WITH split",
             "MATCH (a:Student) WHERE a.name = 'Alice' WITH a "
             "MATCH (a)-[:ATTENDED]->(se:Session)"),
           f("no label on se", "MATCH (a:Student {name: 'Alice'})-[:ATTENDED]->(se)"),
           f("parameter $name", "MATCH (a:Student {name: $name})-[:ATTENDED]->(se:Session)")}};
}

const char* B_TAIL =
    " WITH o, count(*) AS shared RETURN o.student_id, o.name, shared "
    "ORDER BY shared DESC, o.student_id LIMIT 10";
const char* B_NOT_ALICE = " o.student_id <> a.student_id";

Question sessionPartners() {
  auto f = [](const char* label, const std::string& match, const char* where) {
    return Formulation{label, match + where + B_NOT_ALICE + B_TAIL};
  };
  return {"B",
          "students sharing the most sessions with Alice",
          {f("inline map",
             "MATCH (a:Student {name: 'Alice'})-[:ATTENDED]->(:Session)<-[:ATTENDED]-(o:Student)",
             " WHERE"),
           f("reversed",
             "MATCH (o:Student)-[:ATTENDED]->(:Session)<-[:ATTENDED]-(a:Student {name: 'Alice'})",
             " WHERE"),
           f("start moved (session first)",
             "MATCH (se:Session)<-[:ATTENDED]-(a:Student {name: 'Alice'}), "
             "(se)<-[:ATTENDED]-(o:Student)",
             " WHERE"),
           f("WHERE", "MATCH (a:Student)-[:ATTENDED]->(:Session)<-[:ATTENDED]-(o:Student)",
             " WHERE a.name = 'Alice' AND"),
           f("comma-separated",
             "MATCH (a:Student), (a)-[:ATTENDED]->(:Session)<-[:ATTENDED]-(o:Student)",
             " WHERE a.name = 'Alice' AND"),
           f("WITH split",
             "MATCH (a:Student) WHERE a.name = 'Alice' WITH a "
             "MATCH (a)-[:ATTENDED]->(:Session)<-[:ATTENDED]-(o:Student)",
             " WHERE")}};
}

Question seedQ1(const std::string& dir) {
  const char* ret =
      " RETURN sess.session_id AS session_id, sess.date AS date "
      "ORDER BY date, session_id";
  return {"C1",
          "seed Q1: sessions of a student ($name = 'Alice')",
          {{"01_sessions_of_student.cypher", seedQuery(dir, "01_")},
           {"reversed",
            std::string("MATCH (sess:Session)<-[:ATTENDED]-(s:Student {name: $name})") + ret},
           {"WITH split", std::string("MATCH (s:Student) WHERE s.name = $name WITH s "
                                      "MATCH (s)-[:ATTENDED]->(sess:Session)") +
                              ret}}};
}

Question seedQ2(const std::string& dir) {
  const char* tail =
      " RETURN s.student_id AS student_id, s.name AS name, sessions_attended "
      "ORDER BY sessions_attended DESC, name, student_id LIMIT 3";
  return {"C2",
          "seed Q2: top 3 students by sessions",
          {{"02_top_students.cypher", seedQuery(dir, "02_")},
           {"count(*)", std::string("MATCH (s:Student)-[:ATTENDED]->(sess:Session) "
                                    "WITH s, count(*) AS sessions_attended") +
                            tail},
           {"reversed", std::string("MATCH (sess:Session)<-[:ATTENDED]-(s:Student) "
                                    "WITH s, count(sess) AS sessions_attended") +
                            tail}}};
}

Question seedQ3(const std::string& dir) {
  const char* ret =
      " RETURN sess.session_id AS session_id, count(st) AS student_count "
      "ORDER BY session_id";
  return {
      "C3",
      "seed Q3: students per session",
      {{"03_students_per_session.cypher", seedQuery(dir, "03_")},
       {"reversed",
        std::string("MATCH (sess:Session) OPTIONAL MATCH (st:Student)-[:ATTENDED]->(sess)") + ret},
       {"WITH split, count(a)",
        "MATCH (sess:Session) WITH sess OPTIONAL MATCH (sess)<-[a:ATTENDED]-(st:Student) "
        "RETURN sess.session_id AS session_id, count(a) AS student_count ORDER BY session_id"}}};
}

Question seedQ4(const std::string& dir) {
  const char* ret =
      " RETURN m.module AS module, count(DISTINCT st) AS unique_students "
      "ORDER BY unique_students DESC, module";
  return {"C4",
          "seed Q4: unique students per module",
          {{"04_unique_students_per_module.cypher", seedQuery(dir, "04_")},
           {"reversed", std::string("MATCH (st:Student)-[:ATTENDED]->(:Session)-[:BELONGS_TO]->"
                                    "(m:Module)") +
                            ret},
           {"two MATCH clauses", std::string("MATCH (s:Session)-[:BELONGS_TO]->(m:Module) "
                                             "MATCH (s)<-[:ATTENDED]-(st:Student)") +
                                     ret}}};
}

Question seedQ5(const std::string& dir) {
  const char* ret = " RETURN s.student_id AS student_id, s.name AS name ORDER BY student_id";
  auto f = [ret](const char* label, const char* body) {
    return Formulation{label, std::string("MATCH (s:Student) ") + body + ret};
  };
  return {"C5",
          "seed Q5: students who never attended",
          {{"05_never_attended.cypher", seedQuery(dir, "05_")},
           f("NOT (s)-[:ATTENDED]->()", "WHERE NOT (s)-[:ATTENDED]->()"),
           f("NOT EXISTS { }", "WHERE NOT EXISTS { (s)-[:ATTENDED]->() }"),
           f("OPTIONAL MATCH + count = 0",
             "OPTIONAL MATCH (s)-[:ATTENDED]->(x:Session) "
             "WITH s, count(x) AS n WHERE n = 0")}};
}

Question lonelyScan() {
  return {"D",
          "baseline: one filtered scan of Student",
          {{"WHERE", "MATCH (s:Student) WHERE s.name = 'Alice' RETURN count(*)"},
           {"inline map", "MATCH (s:Student {name: 'Alice'}) RETURN count(*)"}}};
}

// Eight nodes: two students, three sessions, a module, two instructors.
Question planningTime() {
  const char* chain =
      "(s1:Student)-[:ATTENDED]->(se1:Session)-[:BELONGS_TO]->(m:Module)"
      "<-[:BELONGS_TO]-(se2:Session)<-[:ATTENDED]-(s2:Student)"
      "-[:ATTENDED]->(se3:Session)-[:TAUGHT_BY]->(i1:Instructor)";
  const char* backwards =
      "(i1:Instructor)<-[:TAUGHT_BY]-(se3:Session)<-[:ATTENDED]-(s2:Student)"
      "-[:ATTENDED]->(se2:Session)-[:BELONGS_TO]->(m:Module)"
      "<-[:BELONGS_TO]-(se1:Session)<-[:ATTENDED]-(s1:Student)";
  std::string ret = " RETURN s1.name, s2.name, m.module, i1.instructor, i2.instructor";
  return {"E",
          "planning time: EXPLAIN of an 8-node pattern",
          {{"one chain + branch",
            std::string("EXPLAIN MATCH ") + chain + ", (se1)-[:TAUGHT_BY]->(i2:Instructor)" + ret},
           {"chain written backwards", std::string("EXPLAIN MATCH ") + backwards +
                                           ", (se1)-[:TAUGHT_BY]->(i2:Instructor)" + ret}},
          /*runs=*/20};
}

}  // namespace

std::vector<Question> plannerQuestions(const std::string& queriesDir) {
  return {sessionsOfAlice(),  sessionPartners(),  seedQ1(queriesDir),
          seedQ2(queriesDir), seedQ3(queriesDir), seedQ4(queriesDir),
          seedQ5(queriesDir), lonelyScan(),       planningTime()};
}

std::vector<Question> aliceQuestions(const std::vector<Question>& all) {
  std::vector<Question> alice;
  for (const auto& q : all) {
    if (q.key == "A" || q.key == "B") alice.push_back(q);
  }
  return alice;
}

}  // namespace rollcall::bench
