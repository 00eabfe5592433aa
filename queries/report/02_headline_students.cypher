// Report headline: all students; attendance rows (student-session pairs) in scope; the students
// with none in scope; the attendance rate: attendance rows / (students x sessions in scope).
// Sessions in scope first, then their students: the filter is tested once per session, not once
// per attendance row.
// Parameters: $from, $to (dates or 'YYYY-MM-DD', or null), $module (string or null); null
// does not filter.
MATCH (s:Student)
WITH count(s) AS students
MATCH (sess:Session)
WHERE ($from IS NULL OR sess.date >= date($from)) AND ($to IS NULL OR sess.date <= date($to))
  AND ($module IS NULL OR (sess)-[:BELONGS_TO]->(:Module {module: $module}))
OPTIONAL MATCH (sess)<-[:ATTENDED]-(st:Student)
WITH students, count(DISTINCT sess) AS sessions, count(st) AS attendance,
     count(DISTINCT st) AS attending
RETURN students, attendance, students - attending AS never_attended,
       CASE WHEN students * sessions = 0 THEN null
            ELSE toFloat(attendance) / (students * sessions) END AS attendance_rate;
