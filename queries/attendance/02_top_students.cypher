// Q2, written well: the 3 students who attended the most sessions. Grouped by student (not by
// name, so two students who share a name stay apart); ties broken by name, then id.
// Parameters: none.
MATCH (s:Student)-[:ATTENDED]->(sess:Session)
WITH s, count(sess) AS sessions_attended
RETURN s.student_id AS student_id, s.name AS name, sessions_attended
ORDER BY sessions_attended DESC, name, student_id
LIMIT 3;
