// Top students: the 10 who attended the most sessions in scope; ties broken by name, then id.
// Sessions in scope first, then their students: the filter is tested once per session.
// Parameters: $from, $to (dates or 'YYYY-MM-DD', or null), $module (string or null); null
// does not filter.
MATCH (sess:Session)
WHERE ($from IS NULL OR sess.date >= date($from)) AND ($to IS NULL OR sess.date <= date($to))
  AND ($module IS NULL OR (sess)-[:BELONGS_TO]->(:Module {module: $module}))
MATCH (sess)<-[:ATTENDED]-(s:Student)
WITH s, count(sess) AS sessions_attended
RETURN s.student_id AS student_id, s.name AS name, sessions_attended
ORDER BY sessions_attended DESC, name, student_id
LIMIT 10;
