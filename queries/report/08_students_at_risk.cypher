// Students at risk: in a module they attend, they attended under $threshold of its sessions in
// scope (the first 100, by module, then fewest sessions attended, then student id). One module
// at a time in module order, so the first 100 rows need only the first modules.
// Parameters: $threshold (float between 0 and 1); $from, $to (dates or 'YYYY-MM-DD', or
// null), $module (string or null); null does not filter.
MATCH (m:Module)<-[:BELONGS_TO]-(sess:Session)
WHERE ($from IS NULL OR sess.date >= date($from)) AND ($to IS NULL OR sess.date <= date($to))
  AND ($module IS NULL OR m.module = $module)
WITH m, count(sess) AS module_sessions
ORDER BY m.module
CALL {
  WITH m, module_sessions
  MATCH (m)<-[:BELONGS_TO]-(sess:Session)<-[:ATTENDED]-(st:Student)
  WHERE ($from IS NULL OR sess.date >= date($from)) AND ($to IS NULL OR sess.date <= date($to))
  // m and module_sessions stay in the grouping keys: the engine drops the outer row's columns
  // that a subquery's aggregation does not keep.
  WITH m, module_sessions, st, count(*) AS attended
  WHERE toFloat(attended) / module_sessions < $threshold
  RETURN st, attended
  ORDER BY attended, st.student_id
  LIMIT 100
}
RETURN st.student_id AS student_id, st.name AS name, m.module AS module, attended,
       module_sessions
LIMIT 100;
