// Days since each student's last session, as of $today; students who never attended are not
// listed (05_never_attended has them). Longest absence first.
// Parameters: $today (a date, e.g. '2024-04-01').
MATCH (s:Student)-[:ATTENDED]->(sess:Session)
WITH s, max(sess.date) AS last_session
RETURN s.student_id AS student_id, s.name AS name, last_session,
       duration.inDays(last_session, date($today)).days AS days_since
ORDER BY days_since DESC, student_id;
