// Attendance per module: sessions in scope and their student-session pairs, the 30 modules with
// the most attendance.
// Parameters: $from, $to (dates or 'YYYY-MM-DD', or null), $module (string or null); null
// does not filter.
MATCH (m:Module)<-[:BELONGS_TO]-(sess:Session)
WHERE ($from IS NULL OR sess.date >= date($from)) AND ($to IS NULL OR sess.date <= date($to))
  AND ($module IS NULL OR m.module = $module)
OPTIONAL MATCH (sess)<-[a:ATTENDED]-(:Student)
RETURN m.module AS module, count(DISTINCT sess) AS sessions, count(a) AS attendance
ORDER BY attendance DESC, module
LIMIT 30;
