// Attendance rate per module per month: the month's student-session pairs / (the module's
// students x the module's sessions that month). A module's students: those who attended at least
// one of its sessions in scope.
// Parameters: $from, $to (dates or 'YYYY-MM-DD', or null), $module (string or null); null
// does not filter.
MATCH (m:Module)<-[:BELONGS_TO]-(sess:Session)<-[:ATTENDED]-(st:Student)
WHERE ($from IS NULL OR sess.date >= date($from)) AND ($to IS NULL OR sess.date <= date($to))
  AND ($module IS NULL OR m.module = $module)
WITH m, count(DISTINCT st) AS module_students
MATCH (m)<-[:BELONGS_TO]-(sess:Session)
WHERE ($from IS NULL OR sess.date >= date($from)) AND ($to IS NULL OR sess.date <= date($to))
OPTIONAL MATCH (sess)<-[a:ATTENDED]-(:Student)
WITH m, module_students, date.truncate('month', sess.date) AS month,
     count(DISTINCT sess) AS sessions, count(a) AS attendance
RETURN m.module AS module, month, sessions, attendance,
       toFloat(attendance) / (module_students * sessions) AS rate
ORDER BY module, month;
