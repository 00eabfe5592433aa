-- Seed Q3: how many students attended each session (queries/seed/q3_students_per_session).
-- Unlike 03_students_per_session, sessions nobody attended are left out. No ORDER BY.
-- Parameters: none.
SELECT sess.session_id AS "s.session_id", count(*) AS student_count
FROM sessions AS sess
JOIN attendance AS a ON a.session_id = sess.session_id
GROUP BY sess.session_id;
