// Distribution of sessions attended per student: how many students attended 1, 2, ... 39, and
// 40 or more (the row 40) sessions in scope; the students who attended none are the headline's
// never_attended (02_headline_students). Sessions in scope first, then their students.
// Parameters: $from, $to (dates or 'YYYY-MM-DD', or null), $module (string or null); null
// does not filter.
MATCH (sess:Session)
WHERE ($from IS NULL OR sess.date >= date($from)) AND ($to IS NULL OR sess.date <= date($to))
  AND ($module IS NULL OR (sess)-[:BELONGS_TO]->(:Module {module: $module}))
MATCH (sess)<-[:ATTENDED]-(st:Student)
WITH st, count(*) AS attended
RETURN CASE WHEN attended < 40 THEN attended ELSE 40 END AS sessions_attended,
       count(*) AS students
ORDER BY sessions_attended;
