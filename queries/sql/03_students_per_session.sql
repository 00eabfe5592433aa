-- Q3: how many students attended each session, sessions nobody attended included with 0, in
-- session order (queries/attendance/03_students_per_session).
-- Parameters: none.
SELECT sess.session_id AS session_id, count(a.student_id) AS student_count
FROM sessions AS sess
LEFT JOIN attendance AS a ON a.session_id = sess.session_id
GROUP BY sess.session_id
ORDER BY sess.session_id;
