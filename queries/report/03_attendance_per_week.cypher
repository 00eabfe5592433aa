// Attendance per week: student-session pairs in scope by the Monday of the session's week.
// Parameters: $from, $to (dates or 'YYYY-MM-DD', or null), $module (string or null); null
// does not filter.
MATCH (sess:Session)<-[:ATTENDED]-(:Student)
WHERE ($from IS NULL OR sess.date >= date($from)) AND ($to IS NULL OR sess.date <= date($to))
  AND ($module IS NULL OR (sess)-[:BELONGS_TO]->(:Module {module: $module}))
WITH date.truncate('week', sess.date) AS monday, count(*) AS attendance
RETURN monday, attendance
ORDER BY monday;
