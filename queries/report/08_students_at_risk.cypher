// Students at risk: in a module they attend, they attended under $threshold of its sessions in
// scope (the first 100, by module, then fewest sessions attended).
// Parameters: $threshold (float between 0 and 1); $from, $to (dates or null), $module (string
// or null); null does not filter.
MATCH (m:Module)<-[:BELONGS_TO]-(sess:Session)
WHERE ($from IS NULL OR sess.date >= $from) AND ($to IS NULL OR sess.date <= $to)
  AND ($module IS NULL OR m.module = $module)
WITH m, count(sess) AS module_sessions
MATCH (m)<-[:BELONGS_TO]-(sess:Session)<-[:ATTENDED]-(st:Student)
WHERE ($from IS NULL OR sess.date >= $from) AND ($to IS NULL OR sess.date <= $to)
WITH m, module_sessions, st, count(*) AS attended
WHERE toFloat(attended) / module_sessions < $threshold
RETURN st.student_id AS student_id, st.name AS name, m.module AS module, attended,
       module_sessions
ORDER BY module, attended, student_id
LIMIT 100;
