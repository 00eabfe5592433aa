// Sessions with the lowest attendance: the 10 sessions in scope with the fewest students
// (nobody included), earliest first among equals.
// Parameters: $from, $to (dates or 'YYYY-MM-DD', or null), $module (string or null); null
// does not filter.
MATCH (sess:Session)
WHERE ($from IS NULL OR sess.date >= date($from)) AND ($to IS NULL OR sess.date <= date($to))
  AND ($module IS NULL OR (sess)-[:BELONGS_TO]->(:Module {module: $module}))
OPTIONAL MATCH (sess)<-[:ATTENDED]-(st:Student)
WITH sess, count(st) AS students
ORDER BY students, sess.date, sess.session_id
LIMIT 10
OPTIONAL MATCH (sess)-[:BELONGS_TO]->(m:Module)
OPTIONAL MATCH (sess)-[:TAUGHT_BY]->(i:Instructor)
RETURN sess.session_id AS session_id, sess.date AS date, m.module AS module,
       i.instructor AS instructor, students
ORDER BY students, date, session_id;
