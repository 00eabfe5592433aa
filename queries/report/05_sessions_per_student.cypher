// Distribution of sessions attended per student: how many students attended 0, 1, 2, ...
// sessions in scope.
// Parameters: $from, $to (dates or null), $module (string or null); null does not filter.
MATCH (s:Student)
OPTIONAL MATCH (s)-[:ATTENDED]->(sess:Session)
WHERE ($from IS NULL OR sess.date >= $from) AND ($to IS NULL OR sess.date <= $to)
  AND ($module IS NULL OR (sess)-[:BELONGS_TO]->(:Module {module: $module}))
WITH s, count(sess) AS attended
RETURN attended AS sessions_attended, count(*) AS students
ORDER BY sessions_attended;
