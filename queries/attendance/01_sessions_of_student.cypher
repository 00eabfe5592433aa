// Q1, written well: the sessions a student attended, in date order.
// Parameters: $name (string) - the student's name, e.g. 'Alice'.
MATCH (s:Student {name: $name})-[:ATTENDED]->(sess:Session)
RETURN sess.session_id AS session_id, sess.date AS date
ORDER BY date, session_id;
