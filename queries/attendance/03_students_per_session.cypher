// Q3, written well: how many students attended each session, sessions nobody attended included
// (with 0), in session order.
// Parameters: none.
MATCH (sess:Session)
OPTIONAL MATCH (sess)<-[:ATTENDED]-(st:Student)
RETURN sess.session_id AS session_id, count(st) AS student_count
ORDER BY session_id;
