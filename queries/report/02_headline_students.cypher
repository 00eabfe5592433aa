// Report headline: all students; attendance rows (student-session pairs) in scope; the students
// with none in scope; the attendance rate: attendance rows / (students x sessions in scope).
// Parameters: $from, $to (dates or null), $module (string or null); null does not filter.
MATCH (sess:Session)
WHERE ($from IS NULL OR sess.date >= $from) AND ($to IS NULL OR sess.date <= $to)
  AND ($module IS NULL OR (sess)-[:BELONGS_TO]->(:Module {module: $module}))
WITH count(sess) AS sessions
MATCH (s:Student)
OPTIONAL MATCH (s)-[:ATTENDED]->(sess:Session)
WHERE ($from IS NULL OR sess.date >= $from) AND ($to IS NULL OR sess.date <= $to)
  AND ($module IS NULL OR (sess)-[:BELONGS_TO]->(:Module {module: $module}))
WITH sessions, s, count(sess) AS attended
WITH sessions, count(s) AS students, sum(attended) AS attendance,
     sum(CASE WHEN attended = 0 THEN 1 ELSE 0 END) AS never_attended
RETURN students, attendance, never_attended,
       CASE WHEN students * sessions = 0 THEN null
            ELSE toFloat(attendance) / (students * sessions) END AS attendance_rate;
