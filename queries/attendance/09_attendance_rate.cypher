// Attendance rate per student per module: sessions of the module the student attended, divided
// by the module's number of sessions. Only modules the student attended at least once.
// Parameters: none.
MATCH (m:Module)<-[:BELONGS_TO]-(sess:Session)
WITH m, count(sess) AS module_sessions
MATCH (m)<-[:BELONGS_TO]-(:Session)<-[:ATTENDED]-(st:Student)
WITH m, module_sessions, st, count(*) AS attended
RETURN st.student_id AS student_id, st.name AS name, m.module AS module, attended,
       module_sessions, round(100.0 * attended / module_sessions) / 100.0 AS rate
ORDER BY module, rate DESC, student_id;
