// Students at risk: in a module they attend, they attended under $threshold of its sessions.
// Parameters: $threshold (float between 0 and 1), e.g. 0.5.
MATCH (m:Module)<-[:BELONGS_TO]-(sess:Session)
WITH m, count(sess) AS module_sessions
MATCH (m)<-[:BELONGS_TO]-(:Session)<-[:ATTENDED]-(st:Student)
WITH m, module_sessions, st, count(*) AS attended
WHERE toFloat(attended) / module_sessions < $threshold
RETURN st.student_id AS student_id, st.name AS name, m.module AS module, attended,
       module_sessions
ORDER BY module, attended, student_id;
