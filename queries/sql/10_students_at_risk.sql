-- Students at risk: in a module they attend, they attended under :threshold of its sessions
-- (queries/attendance/10_students_at_risk).
-- The share is a DOUBLE PRECISION division like Cypher's toFloat(attended) / module_sessions
-- (SQLite reads the type name as REAL; PostgreSQL's REAL would be single precision).
-- Parameters: :threshold (number between 0 and 1), e.g. 0.5.
WITH module_sizes AS (
  SELECT module, count(*) AS module_sessions
  FROM sessions
  WHERE module IS NOT NULL
  GROUP BY module
), attended AS (
  SELECT sess.module AS module, a.student_id AS student_id, count(*) AS attended
  FROM sessions AS sess
  JOIN attendance AS a ON a.session_id = sess.session_id
  WHERE sess.module IS NOT NULL
  GROUP BY sess.module, a.student_id
)
SELECT st.student_id AS student_id, st.name AS name, m.module AS module, t.attended AS attended,
       m.module_sessions AS module_sessions
FROM attended AS t
JOIN module_sizes AS m ON m.module = t.module
JOIN students AS st ON st.student_id = t.student_id
WHERE CAST(t.attended AS DOUBLE PRECISION) / m.module_sessions < :threshold
ORDER BY m.module, t.attended, st.student_id;
