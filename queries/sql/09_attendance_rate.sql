-- Attendance rate per student per module: sessions of the module the student attended divided
-- by the module's number of sessions, only for modules the student attended at least once
-- (queries/attendance/09_attendance_rate).
-- The rate is rounded to 2 decimals with halves rounded up, as Cypher's round() does: in
-- PostgreSQL 100.0 * attended is NUMERIC, whose round() breaks ties away from zero (the
-- float8 round() breaks them to even); SQLite's round() breaks them away from zero too.
-- Parameters: none.
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
       m.module_sessions AS module_sessions,
       CAST(round(100.0 * t.attended / m.module_sessions) / 100.0 AS DOUBLE PRECISION) AS rate
FROM attended AS t
JOIN module_sizes AS m ON m.module = t.module
JOIN students AS st ON st.student_id = t.student_id
ORDER BY m.module, rate DESC, st.student_id;
